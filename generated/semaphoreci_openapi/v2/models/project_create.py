from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_create_repo_provider import ProjectCreateRepoProvider

T = TypeVar("T", bound="ProjectCreate")


@_attrs_define
class ProjectCreate:
    """A new project and the repository it builds. Fields the server does not know are refused with 422
    `unpermitted_parameter`.

    """

    name: str
    """ The project's name on Semaphore. """
    repo_name: str
    """ The repository's name on GitHub or Bitbucket. """
    repo_owner: str
    """ The user or organization that owns the repository on GitHub or Bitbucket. """
    repo_provider: ProjectCreateRepoProvider
    """ Where the repository is hosted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        repo_name = self.repo_name

        repo_owner = self.repo_owner

        repo_provider = self.repo_provider.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "repo_name": repo_name,
                "repo_owner": repo_owner,
                "repo_provider": repo_provider,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        repo_name = d.pop("repo_name")

        repo_owner = d.pop("repo_owner")

        repo_provider = ProjectCreateRepoProvider(d.pop("repo_provider"))

        project_create = cls(
            name=name,
            repo_name=repo_name,
            repo_owner=repo_owner,
            repo_provider=repo_provider,
        )

        project_create.additional_properties = d
        return project_create

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
