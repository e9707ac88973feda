from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stage_event_source_type import StageEventSourceType
from ..models.stage_event_state import StageEventState
from ..models.stage_event_state_reason_type_1 import StageEventStateReasonType1
from ..models.stage_event_state_reason_type_2_type_1 import StageEventStateReasonType2Type1
from ..models.stage_event_state_reason_type_3_type_1 import StageEventStateReasonType3Type1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stage_event_approvals_item import StageEventApprovalsItem
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="StageEvent")


@_attrs_define
class StageEvent:
    id: UUID
    source_id: UUID
    source_type: StageEventSourceType
    state: StageEventState
    created_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    state_reason: (
        None
        | StageEventStateReasonType1
        | StageEventStateReasonType2Type1
        | StageEventStateReasonType3Type1
        | Unset
    ) = UNSET
    approvals: list[StageEventApprovalsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        source_id = str(self.source_id)

        source_type = self.source_type.value

        state = self.state.value

        created_at = self.created_at.to_dict()

        state_reason: None | str | Unset
        if isinstance(self.state_reason, Unset):
            state_reason = UNSET
        elif isinstance(self.state_reason, StageEventStateReasonType1):
            state_reason = self.state_reason.value
        elif isinstance(self.state_reason, StageEventStateReasonType2Type1):
            state_reason = self.state_reason.value
        elif isinstance(self.state_reason, StageEventStateReasonType3Type1):
            state_reason = self.state_reason.value
        else:
            state_reason = self.state_reason

        approvals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.approvals, Unset):
            approvals = []
            for approvals_item_data in self.approvals:
                approvals_item = approvals_item_data.to_dict()

                approvals.append(approvals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_id": source_id,
                "source_type": source_type,
                "state": state,
                "created_at": created_at,
            }
        )
        if state_reason is not UNSET:
            field_dict["state_reason"] = state_reason
        if approvals is not UNSET:
            field_dict["approvals"] = approvals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stage_event_approvals_item import StageEventApprovalsItem  # noqa: PLC0415
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        source_id = UUID(d.pop("source_id"))

        source_type = StageEventSourceType(d.pop("source_type"))

        state = StageEventState(d.pop("state"))

        created_at = Timestamp.from_dict(d.pop("created_at"))

        def _parse_state_reason(
            data: object,
        ) -> (
            None
            | StageEventStateReasonType1
            | StageEventStateReasonType2Type1
            | StageEventStateReasonType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_reason_type_1 = StageEventStateReasonType1(data)

                return state_reason_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_reason_type_2_type_1 = StageEventStateReasonType2Type1(data)

                return state_reason_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_reason_type_3_type_1 = StageEventStateReasonType3Type1(data)

                return state_reason_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | StageEventStateReasonType1
                | StageEventStateReasonType2Type1
                | StageEventStateReasonType3Type1
                | Unset,
                data,
            )

        state_reason = _parse_state_reason(d.pop("state_reason", UNSET))

        _approvals = d.pop("approvals", UNSET)
        approvals: list[StageEventApprovalsItem] | Unset = UNSET
        if _approvals is not UNSET:
            approvals = []
            for approvals_item_data in _approvals:
                approvals_item = StageEventApprovalsItem.from_dict(approvals_item_data)

                approvals.append(approvals_item)

        stage_event = cls(
            id=id,
            source_id=source_id,
            source_type=source_type,
            state=state,
            created_at=created_at,
            state_reason=state_reason,
            approvals=approvals,
        )

        stage_event.additional_properties = d
        return stage_event

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
