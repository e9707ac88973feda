from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list
from ..models.deployment_state import DeploymentState
from ..models.timestamp import Timestamp
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.name_value import NameValue


T = TypeVar("T", bound="Deployment")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "id",
        "target_id",
        "prev_pipeline_id",
        "pipeline_id",
        "triggered_by",
        "triggered_at",
        "state",
        "state_message",
        "switch_id",
        "target_name",
        "env_vars",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "target_id",
        "prev_pipeline_id",
        "pipeline_id",
        "triggered_by",
        "triggered_at",
        "state",
        "state_message",
        "switch_id",
        "target_name",
        "env_vars",
        "can_requester_rerun",
    }
)


@lazy_fields(
    ("id", "id"),
    ("target_id", "target_id"),
    ("prev_pipeline_id", "prev_pipeline_id"),
    ("pipeline_id", "pipeline_id"),
    ("triggered_by", "triggered_by"),
    ("state_message", "state_message"),
    ("switch_id", "switch_id"),
    ("target_name", "target_name"),
    ("can_requester_rerun", "can_requester_rerun"),
    converted=(
        ("triggered_at", "triggered_at", Timestamp.from_dict),
        ("state", "state", DeploymentState.from_value),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class Deployment:
    """One promotion to the target."""

    id: str
    target_id: str
    prev_pipeline_id: str
    """ The pipeline that was promoted. """
    pipeline_id: str
    """ The deployment (promoted) pipeline; `""` until it is scheduled. """
    triggered_by: str
    """ ID of the user, or `Pipeline Done request` for an auto-promotion. """
    triggered_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    state: DeploymentState
    state_message: str
    switch_id: str
    target_name: str
    env_vars: list[NameValue]
    """ The promotion parameters. """
    can_requester_rerun: bool | Unset = UNSET
    """ Undocumented; false on this API, which passes no requester. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        target_id = self.target_id

        prev_pipeline_id = self.prev_pipeline_id

        pipeline_id = self.pipeline_id

        triggered_by = self.triggered_by

        triggered_at = self.triggered_at.to_dict()

        state = self.state.value

        state_message = self.state_message

        switch_id = self.switch_id

        target_name = self.target_name

        env_vars = []
        for env_vars_item_data in self.env_vars:
            env_vars_item = env_vars_item_data.to_dict()

            env_vars.append(env_vars_item)

        can_requester_rerun = self.can_requester_rerun

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "target_id": target_id,
                "prev_pipeline_id": prev_pipeline_id,
                "pipeline_id": pipeline_id,
                "triggered_by": triggered_by,
                "triggered_at": triggered_at,
                "state": state,
                "state_message": state_message,
                "switch_id": switch_id,
                "target_name": target_name,
                "env_vars": env_vars,
            }
        )
        if can_requester_rerun is not UNSET:
            field_dict["can_requester_rerun"] = can_requester_rerun

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
    def _decode_env_vars(d: Mapping[str, Any]) -> list[NameValue]:
        from ..models.name_value import NameValue  # noqa: PLC0415

        env_vars = model_list(NameValue, d["env_vars"])

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
