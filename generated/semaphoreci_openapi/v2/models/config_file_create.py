from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConfigFileCreate")


@_attrs_define
class ConfigFileCreate:
    """A new configuration file. Fields the server does not know are refused with 422 `unpermitted_parameter`."""

    path: str
    """ Where to write the file in the job's environment. """
    content: str
    """ The file's content as plain text (not Base64). """
    encrypted: bool
    """ Whether to store the file encrypted. An encrypted file's content is never shown again (`content` is `null`)
    and the file cannot be edited. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        content = self.content

        encrypted = self.encrypted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "content": content,
                "encrypted": encrypted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        content = d.pop("content")

        encrypted = d.pop("encrypted")

        config_file_create = cls(
            path=path,
            content=content,
            encrypted=encrypted,
        )

        config_file_create.additional_properties = d
        return config_file_create

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
