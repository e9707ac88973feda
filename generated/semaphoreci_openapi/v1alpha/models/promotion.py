from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.promotion_status import PromotionStatus
from ..models.timestamp import Timestamp

T = TypeVar("T", bound="Promotion")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "name",
        "status",
        "triggered_by",
        "triggered_at",
        "override",
        "scheduled_at",
        "scheduled_pipeline_id",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "name",
        "status",
        "triggered_by",
        "triggered_at",
        "override",
        "scheduled_at",
        "scheduled_pipeline_id",
    }
)


@lazy_fields(
    ("name", "name"),
    ("triggered_by", "triggered_by"),
    ("override", "override"),
    ("scheduled_pipeline_id", "scheduled_pipeline_id"),
    converted=(
        ("status", "status", PromotionStatus.from_value),
        ("triggered_at", "triggered_at", Timestamp.from_dict),
        ("scheduled_at", "scheduled_at", Timestamp.from_dict),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
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
        """A model of the received JSON object `src_dict`: a `KeyError` now if a required
        key is missing; each field is decoded from `src_dict` when first read
        (`ModelDecodeError` if it does not fit the spec). `src_dict` is kept, not copied:
        do not change it afterwards (pass a `copy.deepcopy` if you must)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(cls, src_dict)
        if not src_dict.keys() >= _REQUIRED:
            raise missing_keys(cls, src_dict, _REQUIRED)
        model = cls.__new__(cls)
        _setattr(model, RAW, src_dict)  # past the models' __setattr__ (decoding.py)
        return model

    @staticmethod
    def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in d.items() if key not in _KNOWN}

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
