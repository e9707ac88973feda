from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="ConfigFile")


@_attrs_define
class ConfigFile:
    """A configuration file that a secret writes into the jobs of the projects it is attached to."""

    id: str
    """ A UUID (8-4-4-4-12 hexadecimal digits). """
    path: str
    """ Where the file is written in the job's environment. """
    url: str
    """ An absolute URL in this API; follow it as given. """
    content: None | str
    """ The file's content as plain text (not Base64); `null` when the file is encrypted, whose content the API
    never reveals. """
    shared: bool
    """ True when the file belongs to a secret. """
    encrypted: bool
    """ True when the file is stored encrypted (its `content` is then `null`). """
    created_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    updated_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        path = self.path

        url = self.url

        content: None | str
        content = self.content

        shared = self.shared

        encrypted = self.encrypted

        created_at = self.created_at.to_dict()

        updated_at = self.updated_at.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "path": path,
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
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        path = d.pop("path")

        url = d.pop("url")

        def _parse_content(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content = _parse_content(d.pop("content"))

        shared = d.pop("shared")

        encrypted = d.pop("encrypted")

        created_at = Timestamp.from_dict(d.pop("created_at"))

        updated_at = Timestamp.from_dict(d.pop("updated_at"))

        config_file = cls(
            id=id,
            path=path,
            url=url,
            content=content,
            shared=shared,
            encrypted=encrypted,
            created_at=created_at,
            updated_at=updated_at,
        )

        config_file.additional_properties = d
        return config_file

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
