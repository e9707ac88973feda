from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list
from ..models.stage_event_source_type import StageEventSourceType
from ..models.stage_event_state import StageEventState
from ..models.stage_event_state_reason_type_1 import StageEventStateReasonType1
from ..models.stage_event_state_reason_type_2_type_1 import StageEventStateReasonType2Type1
from ..models.stage_event_state_reason_type_3_type_1 import StageEventStateReasonType3Type1
from ..models.timestamp import Timestamp
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stage_event_approvals_item import StageEventApprovalsItem


T = TypeVar("T", bound="StageEvent")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "id",
        "source_id",
        "source_type",
        "state",
        "created_at",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "source_id",
        "source_type",
        "state",
        "created_at",
        "state_reason",
        "approvals",
    }
)


@lazy_fields(
    converted=(
        ("source_type", "source_type", StageEventSourceType.from_value),
        ("state", "state", StageEventState.from_value),
        ("created_at", "created_at", Timestamp.from_dict),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
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
    def _decode_id(d: Mapping[str, Any]) -> UUID:
        id = UUID(d["id"])

        return id

    @staticmethod
    def _decode_source_id(d: Mapping[str, Any]) -> UUID:
        source_id = UUID(d["source_id"])

        return source_id

    @staticmethod
    def _decode_state_reason(
        d: Mapping[str, Any],
    ) -> (
        None
        | StageEventStateReasonType1
        | StageEventStateReasonType2Type1
        | StageEventStateReasonType3Type1
        | Unset
    ):
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
                state_reason_type_1 = StageEventStateReasonType1.from_value(data)

                return state_reason_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_reason_type_2_type_1 = StageEventStateReasonType2Type1.from_value(data)

                return state_reason_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_reason_type_3_type_1 = StageEventStateReasonType3Type1.from_value(data)

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

        state_reason = _parse_state_reason(d.get("state_reason", UNSET))

        return state_reason

    @staticmethod
    def _decode_approvals(d: Mapping[str, Any]) -> list[StageEventApprovalsItem] | Unset:
        from ..models.stage_event_approvals_item import StageEventApprovalsItem  # noqa: PLC0415

        _approvals = d.get("approvals", UNSET)
        approvals: list[StageEventApprovalsItem] | Unset = UNSET
        if _approvals is not UNSET:
            approvals = model_list(StageEventApprovalsItem, _approvals)

        return approvals

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
