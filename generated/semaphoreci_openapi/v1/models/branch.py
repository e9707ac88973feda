from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Branch")


@_attrs_define
class Branch:
    """A branch of a project, as listed by the project's branch list."""

    id: int
    """ Numeric branch id, the `branch_id` path parameter of the branch and build calls. """
    name: str
    """ The branch name in the repository. """
    branch_url: str
    """ The API URL of this branch's status (with the caller's `auth_token` in its query). Unlike `branch_url` in a
    branch status, it is not the HTML page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        branch_url = self.branch_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "branch_url": branch_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        branch_url = d.pop("branch_url")

        branch = cls(
            id=id,
            name=name,
            branch_url=branch_url,
        )

        branch.additional_properties = d
        return branch

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
