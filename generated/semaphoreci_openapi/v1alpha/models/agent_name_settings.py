from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_name_settings_assignment_origin import AgentNameSettingsAssignmentOrigin
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_name_settings_aws import AgentNameSettingsAws


T = TypeVar("T", bound="AgentNameSettings")


@_attrs_define
class AgentNameSettings:
    assignment_origin: AgentNameSettingsAssignmentOrigin
    """ Where an agent's name comes from when it registers: chosen by the agent, or taken from its AWS STS identity.
    """
    release_after: int
    """ Seconds a disconnected agent's name stays reserved. """
    aws: AgentNameSettingsAws | None | Unset = UNSET
    """ AWS settings of `assignment_origin_aws_sts` types. The real server sends `null` for other types (the docs
    omit the key). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_name_settings_aws import AgentNameSettingsAws  # noqa: PLC0415

        assignment_origin = self.assignment_origin.value

        release_after = self.release_after

        aws: dict[str, Any] | None | Unset
        if isinstance(self.aws, Unset):
            aws = UNSET
        elif isinstance(self.aws, AgentNameSettingsAws):
            aws = self.aws.to_dict()

        else:
            aws = self.aws

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignment_origin": assignment_origin,
                "release_after": release_after,
            }
        )
        if aws is not UNSET:
            field_dict["aws"] = aws

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_name_settings_aws import AgentNameSettingsAws  # noqa: PLC0415

        d = dict(src_dict)
        assignment_origin = AgentNameSettingsAssignmentOrigin(d.pop("assignment_origin"))

        release_after = d.pop("release_after")

        def _parse_aws(data: object) -> AgentNameSettingsAws | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                aws_type_0 = AgentNameSettingsAws.from_dict(data)

                return aws_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentNameSettingsAws | None | Unset, data)

        aws = _parse_aws(d.pop("aws", UNSET))

        agent_name_settings = cls(
            assignment_origin=assignment_origin,
            release_after=release_after,
            aws=aws,
        )

        agent_name_settings.additional_properties = d
        return agent_name_settings

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
