from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DisableAgentsRequest")


@_attrs_define
class DisableAgentsRequest:
    only_idle: bool | Unset = True
    """ Disable only agents that are not running a job (default), or all of them. The strings `"true"` and `"false"`
    are accepted too; anything else is rejected with 400. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        only_idle = self.only_idle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if only_idle is not UNSET:
            field_dict["only_idle"] = only_idle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        only_idle = d.pop("only_idle", UNSET)

        disable_agents_request = cls(
            only_idle=only_idle,
        )

        disable_agents_request.additional_properties = d
        return disable_agents_request

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
