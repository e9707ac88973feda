from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list
from ..models.history_item_type_0_state import HistoryItemType0State
from ..models.timestamp import Timestamp
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.env_var import EnvVar
    from ..models.user import User


T = TypeVar("T", bound="HistoryItemType0")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset({})
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "target_id",
        "target_name",
        "state",
        "state_message",
        "triggered_by",
        "triggered_at",
        "origin_pipeline_id",
        "pipeline_id",
        "env_vars",
    }
)


@lazy_fields(
    ("target_name", "target_name"),
    ("state_message", "state_message"),
    converted=(
        ("state", "state", HistoryItemType0State.from_value),
        ("triggered_by", "triggered_by", "user:User"),
        ("triggered_at", "triggered_at", Timestamp.from_dict),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class HistoryItemType0:
    """One deployment to a target."""

    id: UUID | Unset = UNSET
    target_id: UUID | Unset = UNSET
    target_name: str | Unset = UNSET
    state: HistoryItemType0State | Unset = UNSET
    state_message: str | Unset = UNSET
    triggered_by: User | Unset = UNSET
    """ A user, by id. """
    triggered_at: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    origin_pipeline_id: None | Unset | UUID = UNSET
    pipeline_id: None | Unset | UUID = UNSET
    env_vars: list[EnvVar] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        target_id: str | Unset = UNSET
        if not isinstance(self.target_id, Unset):
            target_id = str(self.target_id)

        target_name = self.target_name

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        state_message = self.state_message

        triggered_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.triggered_by, Unset):
            triggered_by = self.triggered_by.to_dict()

        triggered_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.triggered_at, Unset):
            triggered_at = self.triggered_at.to_dict()

        origin_pipeline_id: None | str | Unset
        if isinstance(self.origin_pipeline_id, Unset):
            origin_pipeline_id = UNSET
        elif isinstance(self.origin_pipeline_id, UUID):
            origin_pipeline_id = str(self.origin_pipeline_id)
        else:
            origin_pipeline_id = self.origin_pipeline_id

        pipeline_id: None | str | Unset
        if isinstance(self.pipeline_id, Unset):
            pipeline_id = UNSET
        elif isinstance(self.pipeline_id, UUID):
            pipeline_id = str(self.pipeline_id)
        else:
            pipeline_id = self.pipeline_id

        env_vars: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.env_vars, Unset):
            env_vars = []
            for env_vars_item_data in self.env_vars:
                env_vars_item = env_vars_item_data.to_dict()

                env_vars.append(env_vars_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if target_id is not UNSET:
            field_dict["target_id"] = target_id
        if target_name is not UNSET:
            field_dict["target_name"] = target_name
        if state is not UNSET:
            field_dict["state"] = state
        if state_message is not UNSET:
            field_dict["state_message"] = state_message
        if triggered_by is not UNSET:
            field_dict["triggered_by"] = triggered_by
        if triggered_at is not UNSET:
            field_dict["triggered_at"] = triggered_at
        if origin_pipeline_id is not UNSET:
            field_dict["origin_pipeline_id"] = origin_pipeline_id
        if pipeline_id is not UNSET:
            field_dict["pipeline_id"] = pipeline_id
        if env_vars is not UNSET:
            field_dict["env_vars"] = env_vars

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
    def _decode_id(d: Mapping[str, Any]) -> UUID | Unset:
        _id = d.get("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        return id

    @staticmethod
    def _decode_target_id(d: Mapping[str, Any]) -> UUID | Unset:
        _target_id = d.get("target_id", UNSET)
        target_id: UUID | Unset
        if isinstance(_target_id, Unset):
            target_id = UNSET
        else:
            target_id = UUID(_target_id)

        return target_id

    @staticmethod
    def _decode_origin_pipeline_id(d: Mapping[str, Any]) -> None | Unset | UUID:
        def _parse_origin_pipeline_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                origin_pipeline_id_type_0 = UUID(data)

                return origin_pipeline_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        origin_pipeline_id = _parse_origin_pipeline_id(d.get("origin_pipeline_id", UNSET))

        return origin_pipeline_id

    @staticmethod
    def _decode_pipeline_id(d: Mapping[str, Any]) -> None | Unset | UUID:
        def _parse_pipeline_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pipeline_id_type_0 = UUID(data)

                return pipeline_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        pipeline_id = _parse_pipeline_id(d.get("pipeline_id", UNSET))

        return pipeline_id

    @staticmethod
    def _decode_env_vars(d: Mapping[str, Any]) -> list[EnvVar] | Unset:
        from ..models.env_var import EnvVar  # noqa: PLC0415

        _env_vars = d.get("env_vars", UNSET)
        env_vars: list[EnvVar] | Unset = UNSET
        if _env_vars is not UNSET:
            env_vars = model_list(EnvVar, _env_vars)

        return env_vars

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
