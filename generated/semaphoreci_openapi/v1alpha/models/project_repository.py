from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_repository_integration_type import ProjectRepositoryIntegrationType
from ..models.project_repository_run_on_item import ProjectRepositoryRunOnItem

if TYPE_CHECKING:
    from ..models.project_repository_forked_pull_requests import ProjectRepositoryForkedPullRequests
    from ..models.project_repository_status import ProjectRepositoryStatus
    from ..models.project_repository_whitelist import ProjectRepositoryWhitelist


T = TypeVar("T", bound="ProjectRepository")


@_attrs_define
class ProjectRepository:
    url: str
    name: str
    """ Repository name taken from the URL. """
    owner: str
    """ Repository owner taken from the URL. """
    run_on: list[ProjectRepositoryRunOnItem]
    """ Which events start a workflow. """
    forked_pull_requests: ProjectRepositoryForkedPullRequests
    pipeline_file: str
    """ The initial pipeline, e.g. `.semaphore/semaphore.yml`. """
    status: ProjectRepositoryStatus
    """ Which pipeline files report a commit status, and at which level. """
    whitelist: ProjectRepositoryWhitelist
    """ Branches and tags that may start a workflow (`[]` when unset). """
    integration_type: ProjectRepositoryIntegrationType
    """ How Semaphore reaches the repository; `""` for a value the service does not know. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        name = self.name

        owner = self.owner

        run_on = []
        for run_on_item_data in self.run_on:
            run_on_item = run_on_item_data.value
            run_on.append(run_on_item)

        forked_pull_requests = self.forked_pull_requests.to_dict()

        pipeline_file = self.pipeline_file

        status = self.status.to_dict()

        whitelist = self.whitelist.to_dict()

        integration_type = self.integration_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "name": name,
                "owner": owner,
                "run_on": run_on,
                "forked_pull_requests": forked_pull_requests,
                "pipeline_file": pipeline_file,
                "status": status,
                "whitelist": whitelist,
                "integration_type": integration_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_repository_forked_pull_requests import (
            ProjectRepositoryForkedPullRequests,  # noqa: PLC0415
        )
        from ..models.project_repository_status import ProjectRepositoryStatus  # noqa: PLC0415
        from ..models.project_repository_whitelist import ProjectRepositoryWhitelist  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url")

        name = d.pop("name")

        owner = d.pop("owner")

        run_on = []
        _run_on = d.pop("run_on")
        for run_on_item_data in _run_on:
            run_on_item = ProjectRepositoryRunOnItem(run_on_item_data)

            run_on.append(run_on_item)

        forked_pull_requests = ProjectRepositoryForkedPullRequests.from_dict(
            d.pop("forked_pull_requests")
        )

        pipeline_file = d.pop("pipeline_file")

        status = ProjectRepositoryStatus.from_dict(d.pop("status"))

        whitelist = ProjectRepositoryWhitelist.from_dict(d.pop("whitelist"))

        integration_type = ProjectRepositoryIntegrationType(d.pop("integration_type"))

        project_repository = cls(
            url=url,
            name=name,
            owner=owner,
            run_on=run_on,
            forked_pull_requests=forked_pull_requests,
            pipeline_file=pipeline_file,
            status=status,
            whitelist=whitelist,
            integration_type=integration_type,
        )

        project_repository.additional_properties = d
        return project_repository

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
