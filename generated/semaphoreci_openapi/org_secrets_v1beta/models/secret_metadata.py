from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="SecretMetadata")


@_attrs_define
class SecretMetadata:
    name: str
    id: str
    """ The secret's ID (a UUID). """
    create_time: Timestamp
    """ A point in time in any of the encodings the servers use. """
    update_time: Timestamp
    """ A point in time in any of the encodings the servers use. """
    checkout_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    content_included: bool
    """ Whether the values of the environment variables and the contents of the files are in `data`. When false (the
    organization does not expose secret contents through the API) every value and content is `""`, and the secret
    cannot be updated through the API. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        create_time = self.create_time.to_dict()

        update_time = self.update_time.to_dict()

        checkout_at = self.checkout_at.to_dict()

        content_included = self.content_included

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
                "create_time": create_time,
                "update_time": update_time,
                "checkout_at": checkout_at,
                "content_included": content_included,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id")

        create_time = Timestamp.from_dict(d.pop("create_time"))

        update_time = Timestamp.from_dict(d.pop("update_time"))

        checkout_at = Timestamp.from_dict(d.pop("checkout_at"))

        content_included = d.pop("content_included")

        secret_metadata = cls(
            name=name,
            id=id,
            create_time=create_time,
            update_time=update_time,
            checkout_at=checkout_at,
            content_included=content_included,
        )

        secret_metadata.additional_properties = d
        return secret_metadata

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
