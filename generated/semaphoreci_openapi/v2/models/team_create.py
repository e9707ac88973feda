from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamCreate")


@_attrs_define
class TeamCreate:
    """A new team. Fields the server does not know are refused with 422 `unpermitted_parameter`."""

    name: str
    """ The team's name; it must not be taken by another team of the organization. """
    permission: str
    """ What members of the team may do in the organization. The documented values are `read`, `edit` and `admin`.
    Before September 2017 the middle level was called `write`, and the documentation's examples and older clients
    still use that name, so the value is not restricted to a closed list: expect `write` as a synonym of `edit` from
    older data, and other values if the levels change. """
    description: str | Unset = UNSET
    """ A free-text description of the team. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        permission = self.permission

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "permission": permission,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        permission = d.pop("permission")

        description = d.pop("description", UNSET)

        team_create = cls(
            name=name,
            permission=permission,
            description=description,
        )

        team_create.additional_properties = d
        return team_create

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
