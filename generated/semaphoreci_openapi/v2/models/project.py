from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.timestamp import Timestamp


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
    created_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    updated_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        html_url = self.html_url

        users_url = self.users_url

        secrets_url = self.secrets_url

        created_at = self.created_at.to_dict()

        updated_at = self.updated_at.to_dict()

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
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        html_url = d.pop("html_url")

        users_url = d.pop("users_url")

        secrets_url = d.pop("secrets_url")

        created_at = Timestamp.from_dict(d.pop("created_at"))

        updated_at = Timestamp.from_dict(d.pop("updated_at"))

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
