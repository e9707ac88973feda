from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timestamp import Timestamp
    from ..models.user import User


T = TypeVar("T", bound="TriggerMetadata")


@_attrs_define
class TriggerMetadata:
    workflow_id: UUID | Unset = UNSET
    status: str | Unset = UNSET
    """ Outcome of starting the run, e.g. `passed`. """
    triggered_by: User | Unset = UNSET
    """ A user, by id. """
    triggered_at: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    scheduled_at: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id: str | Unset = UNSET
        if not isinstance(self.workflow_id, Unset):
            workflow_id = str(self.workflow_id)

        status = self.status

        triggered_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.triggered_by, Unset):
            triggered_by = self.triggered_by.to_dict()

        triggered_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.triggered_at, Unset):
            triggered_at = self.triggered_at.to_dict()

        scheduled_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled_at, Unset):
            scheduled_at = self.scheduled_at.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if status is not UNSET:
            field_dict["status"] = status
        if triggered_by is not UNSET:
            field_dict["triggered_by"] = triggered_by
        if triggered_at is not UNSET:
            field_dict["triggered_at"] = triggered_at
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timestamp import Timestamp  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        _workflow_id = d.pop("workflow_id", UNSET)
        workflow_id: UUID | Unset
        if isinstance(_workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = UUID(_workflow_id)

        status = d.pop("status", UNSET)

        _triggered_by = d.pop("triggered_by", UNSET)
        triggered_by: User | Unset
        if isinstance(_triggered_by, Unset):
            triggered_by = UNSET
        else:
            triggered_by = User.from_dict(_triggered_by)

        _triggered_at = d.pop("triggered_at", UNSET)
        triggered_at: Timestamp | Unset
        if isinstance(_triggered_at, Unset):
            triggered_at = UNSET
        else:
            triggered_at = Timestamp.from_dict(_triggered_at)

        _scheduled_at = d.pop("scheduled_at", UNSET)
        scheduled_at: Timestamp | Unset
        if isinstance(_scheduled_at, Unset):
            scheduled_at = UNSET
        else:
            scheduled_at = Timestamp.from_dict(_scheduled_at)

        trigger_metadata = cls(
            workflow_id=workflow_id,
            status=status,
            triggered_by=triggered_by,
            triggered_at=triggered_at,
            scheduled_at=scheduled_at,
        )

        trigger_metadata.additional_properties = d
        return trigger_metadata

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
