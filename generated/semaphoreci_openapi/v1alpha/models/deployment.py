from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_state import DeploymentState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.name_value import NameValue
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="Deployment")


@_attrs_define
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
        from ..models.name_value import NameValue  # noqa: PLC0415
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        target_id = d.pop("target_id")

        prev_pipeline_id = d.pop("prev_pipeline_id")

        pipeline_id = d.pop("pipeline_id")

        triggered_by = d.pop("triggered_by")

        triggered_at = Timestamp.from_dict(d.pop("triggered_at"))

        state = DeploymentState(d.pop("state"))

        state_message = d.pop("state_message")

        switch_id = d.pop("switch_id")

        target_name = d.pop("target_name")

        env_vars = []
        _env_vars = d.pop("env_vars")
        for env_vars_item_data in _env_vars:
            env_vars_item = NameValue.from_dict(env_vars_item_data)

            env_vars.append(env_vars_item)

        can_requester_rerun = d.pop("can_requester_rerun", UNSET)

        deployment = cls(
            id=id,
            target_id=target_id,
            prev_pipeline_id=prev_pipeline_id,
            pipeline_id=pipeline_id,
            triggered_by=triggered_by,
            triggered_at=triggered_at,
            state=state,
            state_message=state_message,
            switch_id=switch_id,
            target_name=target_name,
            env_vars=env_vars,
            can_requester_rerun=can_requester_rerun,
        )

        deployment.additional_properties = d
        return deployment

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
