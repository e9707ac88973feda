from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EnvVarCreate")


@_attrs_define
class EnvVarCreate:
    """A new environment variable. Fields the server does not know are refused with 422 `unpermitted_parameter`."""

    name: str
    """ The variable's name. """
    content: str
    """ The variable's value. """
    encrypted: bool
    """ Whether to store the value encrypted. An encrypted variable's value is never shown again (`content` is
    `null`) and the variable cannot be edited. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        content = self.content

        encrypted = self.encrypted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "content": content,
                "encrypted": encrypted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        content = d.pop("content")

        encrypted = d.pop("encrypted")

        env_var_create = cls(
            name=name,
            content=content,
            encrypted=encrypted,
        )

        env_var_create.additional_properties = d
        return env_var_create

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
