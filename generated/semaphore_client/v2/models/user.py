from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A Semaphore user. Unlike every other v2 resource, a user's ID is in `uid`, and API paths address users by
    `username`.

    """

    uid: str
    """ A UUID (8-4-4-4-12 hexadecimal digits). """
    username: str
    """ The user's unique username (login name). """
    name: None | str
    """ The user's full name; `null` when the user has not set one (the API sends blank fields as `null`). """
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
        uid = self.uid

        username = self.username

        name: None | str
        name = self.name

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uid": uid,
                "username": username,
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uid = d.pop("uid")

        username = d.pop("username")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        user = cls(
            uid=uid,
            username=username,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
        )

        user.additional_properties = d
        return user

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
