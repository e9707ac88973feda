from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.history_item_type_0_state import HistoryItemType0State
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.env_var import EnvVar
    from ..models.timestamp import Timestamp
    from ..models.user import User


T = TypeVar("T", bound="HistoryItemType0")


@_attrs_define
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
        from ..models.env_var import EnvVar  # noqa: PLC0415
        from ..models.timestamp import Timestamp  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _target_id = d.pop("target_id", UNSET)
        target_id: UUID | Unset
        if isinstance(_target_id, Unset):
            target_id = UNSET
        else:
            target_id = UUID(_target_id)

        target_name = d.pop("target_name", UNSET)

        _state = d.pop("state", UNSET)
        state: HistoryItemType0State | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = HistoryItemType0State(_state)

        state_message = d.pop("state_message", UNSET)

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

        origin_pipeline_id = _parse_origin_pipeline_id(d.pop("origin_pipeline_id", UNSET))

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

        pipeline_id = _parse_pipeline_id(d.pop("pipeline_id", UNSET))

        _env_vars = d.pop("env_vars", UNSET)
        env_vars: list[EnvVar] | Unset = UNSET
        if _env_vars is not UNSET:
            env_vars = []
            for env_vars_item_data in _env_vars:
                env_vars_item = EnvVar.from_dict(env_vars_item_data)

                env_vars.append(env_vars_item)

        history_item_type_0 = cls(
            id=id,
            target_id=target_id,
            target_name=target_name,
            state=state,
            state_message=state_message,
            triggered_by=triggered_by,
            triggered_at=triggered_at,
            origin_pipeline_id=origin_pipeline_id,
            pipeline_id=pipeline_id,
            env_vars=env_vars,
        )

        history_item_type_0.additional_properties = d
        return history_item_type_0

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
