from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.agent_name_settings_assignment_origin import AgentNameSettingsAssignmentOrigin
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_name_settings_aws import AgentNameSettingsAws


T = TypeVar("T", bound="AgentNameSettings")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "assignment_origin",
        "release_after",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "assignment_origin",
        "release_after",
        "aws",
    }
)


@lazy_fields(
    ("release_after", "release_after"),
    converted=(
        ("assignment_origin", "assignment_origin", AgentNameSettingsAssignmentOrigin.from_value),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
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
    def _decode_aws(d: Mapping[str, Any]) -> AgentNameSettingsAws | None | Unset:
        from ..models.agent_name_settings_aws import AgentNameSettingsAws  # noqa: PLC0415

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

        aws = _parse_aws(d.get("aws", UNSET))

        return aws

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
