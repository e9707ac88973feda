from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="Commit")


@_attrs_define
class Commit:
    """A commit of the project's repository, as Semaphore recorded it."""

    id: str
    """ The commit SHA. Treat it as an opaque string: some documented examples carry values that are not 40 hex
    digits. """
    url: str
    """ The commit's page on the repository host (GitHub or Bitbucket). """
    author_name: str
    """ Name of the commit's author. """
    author_email: str
    """ E-mail address of the commit's author. """
    message: str
    """ The full commit message; may span several lines. """
    timestamp: Timestamp
    """ A point in time in any of the encodings the servers use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        author_name = self.author_name

        author_email = self.author_email

        message = self.message

        timestamp = self.timestamp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "author_name": author_name,
                "author_email": author_email,
                "message": message,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        author_name = d.pop("author_name")

        author_email = d.pop("author_email")

        message = d.pop("message")

        timestamp = Timestamp.from_dict(d.pop("timestamp"))

        commit = cls(
            id=id,
            url=url,
            author_name=author_name,
            author_email=author_email,
            message=message,
            timestamp=timestamp,
        )

        commit.additional_properties = d
        return commit

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
