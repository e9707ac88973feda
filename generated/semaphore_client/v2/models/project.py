from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project on Semaphore, built from one Git repository on GitHub or Bitbucket."""

    id: str
    """ A UUID (8-4-4-4-12 hexadecimal digits). """
    name: str
    """ The project's name on Semaphore, unique within its organization. """
    html_url: str
    """ The project's page in the Semaphore web interface. """
    users_url: str
    """ An absolute URL in this API; follow it as given. """
    secrets_url: str
    """ An absolute URL in this API; follow it as given. """
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

        html_url = self.html_url

        users_url = self.users_url

        secrets_url = self.secrets_url

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "html_url": html_url,
                "users_url": users_url,
                "secrets_url": secrets_url,
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

        html_url = d.pop("html_url")

        users_url = d.pop("users_url")

        secrets_url = d.pop("secrets_url")

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        project = cls(
            id=id,
            name=name,
            html_url=html_url,
            users_url=users_url,
            secrets_url=secrets_url,
            created_at=created_at,
            updated_at=updated_at,
        )

        project.additional_properties = d
        return project

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
