from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.promotion_status import PromotionStatus

if TYPE_CHECKING:
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="Promotion")


@_attrs_define
class Promotion:
    """One trigger of a promotion target of the pipeline (newest first)."""

    name: str
    """ Name of the promotion target. """
    status: PromotionStatus
    """ `processing` until the trigger is handled, then whether scheduling the promoted pipeline succeeded. """
    triggered_by: str
    """ ID of the user who triggered the promotion, or `Pipeline Done request` for an auto-promotion. """
    triggered_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    override: bool
    """ Whether the trigger overrode a failed or unfinished pipeline. """
    scheduled_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    scheduled_pipeline_id: str
    """ ID of the promoted pipeline; `""` until it is scheduled. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status = self.status.value

        triggered_by = self.triggered_by

        triggered_at = self.triggered_at.to_dict()

        override = self.override

        scheduled_at = self.scheduled_at.to_dict()

        scheduled_pipeline_id = self.scheduled_pipeline_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "status": status,
                "triggered_by": triggered_by,
                "triggered_at": triggered_at,
                "override": override,
                "scheduled_at": scheduled_at,
                "scheduled_pipeline_id": scheduled_pipeline_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        status = PromotionStatus(d.pop("status"))

        triggered_by = d.pop("triggered_by")

        triggered_at = Timestamp.from_dict(d.pop("triggered_at"))

        override = d.pop("override")

        scheduled_at = Timestamp.from_dict(d.pop("scheduled_at"))

        scheduled_pipeline_id = d.pop("scheduled_pipeline_id")

        promotion = cls(
            name=name,
            status=status,
            triggered_by=triggered_by,
            triggered_at=triggered_at,
            override=override,
            scheduled_at=scheduled_at,
            scheduled_pipeline_id=scheduled_pipeline_id,
        )

        promotion.additional_properties = d
        return promotion

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
