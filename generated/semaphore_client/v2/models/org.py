from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Org")


@_attrs_define
class Org:
    """An organization on Semaphore. Organizations own projects, teams and secrets; users belong to them through teams."""

    id: str
    """ A UUID (8-4-4-4-12 hexadecimal digits). """
    name: str
    """ The organization's display name. """
    url: str
    """ An absolute URL in this API; follow it as given. """
    projects_url: str
    """ An absolute URL in this API; follow it as given. """
    secrets_url: str
    """ An absolute URL in this API; follow it as given. """
    users_url: str
    """ An absolute URL in this API; follow it as given. """
    teams_url: str
    """ An absolute URL in this API; follow it as given. """
    username: str
    """ The organization's unique username, as in its URLs; the `{username}` and `{org_username}` path parameters
    take this value. """
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

        projects_url = self.projects_url

        secrets_url = self.secrets_url

        users_url = self.users_url

        teams_url = self.teams_url

        username = self.username

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "url": url,
                "projects_url": projects_url,
                "secrets_url": secrets_url,
                "users_url": users_url,
                "teams_url": teams_url,
                "username": username,
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

        projects_url = d.pop("projects_url")

        secrets_url = d.pop("secrets_url")

        users_url = d.pop("users_url")

        teams_url = d.pop("teams_url")

        username = d.pop("username")

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        org = cls(
            id=id,
            name=name,
            url=url,
            projects_url=projects_url,
            secrets_url=secrets_url,
            users_url=users_url,
            teams_url=teams_url,
            username=username,
            created_at=created_at,
            updated_at=updated_at,
        )

        org.additional_properties = d
        return org

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
