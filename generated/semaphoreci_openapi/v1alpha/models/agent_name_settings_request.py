from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_name_settings_request_assignment_origin import (
    AgentNameSettingsRequestAssignmentOrigin,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_name_settings_aws import AgentNameSettingsAws


T = TypeVar("T", bound="AgentNameSettingsRequest")


@_attrs_define
class AgentNameSettingsRequest:
    assignment_origin: AgentNameSettingsRequestAssignmentOrigin | Unset = (
        AgentNameSettingsRequestAssignmentOrigin.ASSIGNMENT_ORIGIN_AGENT
    )
    release_after: int | Unset = 0
    """ 0, or at least the server's minimum (in seconds). """
    aws: AgentNameSettingsAws | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignment_origin: str | Unset = UNSET
        if not isinstance(self.assignment_origin, Unset):
            assignment_origin = self.assignment_origin.value

        release_after = self.release_after

        aws: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aws, Unset):
            aws = self.aws.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assignment_origin is not UNSET:
            field_dict["assignment_origin"] = assignment_origin
        if release_after is not UNSET:
            field_dict["release_after"] = release_after
        if aws is not UNSET:
            field_dict["aws"] = aws

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_name_settings_aws import AgentNameSettingsAws  # noqa: PLC0415

        d = dict(src_dict)
        _assignment_origin = d.pop("assignment_origin", UNSET)
        assignment_origin: AgentNameSettingsRequestAssignmentOrigin | Unset
        if isinstance(_assignment_origin, Unset):
            assignment_origin = UNSET
        else:
            assignment_origin = AgentNameSettingsRequestAssignmentOrigin(_assignment_origin)

        release_after = d.pop("release_after", UNSET)

        _aws = d.pop("aws", UNSET)
        aws: AgentNameSettingsAws | Unset
        if isinstance(_aws, Unset):
            aws = UNSET
        else:
            aws = AgentNameSettingsAws.from_dict(_aws)

        agent_name_settings_request = cls(
            assignment_origin=assignment_origin,
            release_after=release_after,
            aws=aws,
        )

        agent_name_settings_request.additional_properties = d
        return agent_name_settings_request

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
