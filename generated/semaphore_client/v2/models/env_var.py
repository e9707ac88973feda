from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EnvVar")


@_attrs_define
class EnvVar:
    """An environment variable that a secret exports into the jobs of the projects it is attached to."""

    id: str
    """ A UUID (8-4-4-4-12 hexadecimal digits). """
    name: str
    """ The variable's name. """
    url: str
    """ An absolute URL in this API; follow it as given. """
    content: None | str
    """ The variable's value; `null` when the variable is encrypted, whose value the API never reveals. """
    shared: bool
    """ True when the variable belongs to a secret. """
    encrypted: bool
    """ True when the variable is stored encrypted (its `content` is then `null`). """
    created_at: str
    """ A timestamp, either RFC 3339 (`2017-06-10T16:59:51+02:00`) or the form every vendor example uses,
    `2017-06-10 16:59:51 +0200` (Ruby's default, which writes `UTC` for UTC times). The vendor specification says
    RFC 3339 but its examples disagree, so both are accepted and the value is kept as a string. """
    updated_at: str
    """ A timestamp, either RFC 3339 (`2017-06-10T16:59:51+02:00`) or the form every vendor example uses,
    `2017-06-10 16:59:51 +0200` (Ruby's default, which writes `UTC` for UTC times). The vendor specification says
    RFC 3339 but its examples disagree, so both are accepted and the value is kept as a string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        url = self.url

        content: None | str
        content = self.content

        shared = self.shared

        encrypted = self.encrypted

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "url": url,
                "content": content,
                "shared": shared,
                "encrypted": encrypted,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        url = d.pop("url")

        def _parse_content(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content = _parse_content(d.pop("content"))

        shared = d.pop("shared")

        encrypted = d.pop("encrypted")

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        env_var = cls(
            id=id,
            name=name,
            url=url,
            content=content,
            shared=shared,
            encrypted=encrypted,
            created_at=created_at,
            updated_at=updated_at,
        )

        env_var.additional_properties = d
        return env_var

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
