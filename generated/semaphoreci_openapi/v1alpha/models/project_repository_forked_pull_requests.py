from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProjectRepositoryForkedPullRequests")


@_attrs_define
class ProjectRepositoryForkedPullRequests:
    allowed_secrets: list[str]
    allowed_contributors: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_secrets = self.allowed_secrets

        allowed_contributors = self.allowed_contributors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed_secrets": allowed_secrets,
                "allowed_contributors": allowed_contributors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed_secrets = cast(list[str], d.pop("allowed_secrets"))

        allowed_contributors = cast(list[str], d.pop("allowed_contributors"))

        project_repository_forked_pull_requests = cls(
            allowed_secrets=allowed_secrets,
            allowed_contributors=allowed_contributors,
        )

        project_repository_forked_pull_requests.additional_properties = d
        return project_repository_forked_pull_requests

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
