from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="Secret")


@_attrs_define
class Secret:
    """A secret of an organization (called a "shared configuration" before November 2017): a named set of environment
    variables and configuration files that can be attached to projects and made available to teams.

    """

    name: str
    """ The secret's name. """
    id: str
    """ A UUID (8-4-4-4-12 hexadecimal digits). """
    url: str
    """ An absolute URL in this API; follow it as given. """
    projects_url: str
    """ An absolute URL in this API; follow it as given. """
    teams_url: str
    """ An absolute URL in this API; follow it as given. """
    env_vars_url: str
    """ An absolute URL in this API; follow it as given. """
    config_files_url: str
    """ An absolute URL in this API; follow it as given. """
    created_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    updated_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    description: None | str | Unset = UNSET
    """ A free-text description of the secret; `null` when none was given. The vendor specification marks this field
    optional, so it may also be absent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        url = self.url

        projects_url = self.projects_url

        teams_url = self.teams_url

        env_vars_url = self.env_vars_url

        config_files_url = self.config_files_url

        created_at = self.created_at.to_dict()

        updated_at = self.updated_at.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
                "url": url,
                "projects_url": projects_url,
                "teams_url": teams_url,
                "env_vars_url": env_vars_url,
                "config_files_url": config_files_url,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id")

        url = d.pop("url")

        projects_url = d.pop("projects_url")

        teams_url = d.pop("teams_url")

        env_vars_url = d.pop("env_vars_url")

        config_files_url = d.pop("config_files_url")

        created_at = Timestamp.from_dict(d.pop("created_at"))

        updated_at = Timestamp.from_dict(d.pop("updated_at"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        secret = cls(
            name=name,
            id=id,
            url=url,
            projects_url=projects_url,
            teams_url=teams_url,
            env_vars_url=env_vars_url,
            config_files_url=config_files_url,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
        )

        secret.additional_properties = d
        return secret

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
