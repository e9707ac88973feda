from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectInputSpecRepositoryForkedPullRequests")


@_attrs_define
class ProjectInputSpecRepositoryForkedPullRequests:
    allowed_secrets: list[str] | Unset = UNSET
    allowed_contributors: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_secrets: list[str] | Unset = UNSET
        if not isinstance(self.allowed_secrets, Unset):
            allowed_secrets = self.allowed_secrets

        allowed_contributors: list[str] | Unset = UNSET
        if not isinstance(self.allowed_contributors, Unset):
            allowed_contributors = self.allowed_contributors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_secrets is not UNSET:
            field_dict["allowed_secrets"] = allowed_secrets
        if allowed_contributors is not UNSET:
            field_dict["allowed_contributors"] = allowed_contributors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed_secrets = cast(list[str], d.pop("allowed_secrets", UNSET))

        allowed_contributors = cast(list[str], d.pop("allowed_contributors", UNSET))

        project_input_spec_repository_forked_pull_requests = cls(
            allowed_secrets=allowed_secrets,
            allowed_contributors=allowed_contributors,
        )

        project_input_spec_repository_forked_pull_requests.additional_properties = d
        return project_input_spec_repository_forked_pull_requests

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
