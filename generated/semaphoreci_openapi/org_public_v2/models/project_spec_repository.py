from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_spec_repository_integration_type import ProjectSpecRepositoryIntegrationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_spec_repository_forked_pull_requests import (
        ProjectSpecRepositoryForkedPullRequests,
    )
    from ..models.project_spec_repository_status import ProjectSpecRepositoryStatus
    from ..models.project_spec_repository_whitelist import ProjectSpecRepositoryWhitelist


T = TypeVar("T", bound="ProjectSpecRepository")


@_attrs_define
class ProjectSpecRepository:
    url: str
    """ The repository's URL, e.g. `git@github.com:org/repo.git`. """
    integration_type: ProjectSpecRepositoryIntegrationType
    run_on: list[str]
    """ Which events start pipelines (usually `["BRANCHES"]`). """
    pipeline_file: str | Unset = ".semaphore/semaphore.yml"
    forked_pull_requests: ProjectSpecRepositoryForkedPullRequests | Unset = UNSET
    whitelist: ProjectSpecRepositoryWhitelist | Unset = UNSET
    status: ProjectSpecRepositoryStatus | Unset = UNSET
    """ Which pipelines report commit statuses to pull requests. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        integration_type = self.integration_type.value

        run_on = self.run_on

        pipeline_file = self.pipeline_file

        forked_pull_requests: dict[str, Any] | Unset = UNSET
        if not isinstance(self.forked_pull_requests, Unset):
            forked_pull_requests = self.forked_pull_requests.to_dict()

        whitelist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.whitelist, Unset):
            whitelist = self.whitelist.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "integration_type": integration_type,
                "run_on": run_on,
            }
        )
        if pipeline_file is not UNSET:
            field_dict["pipeline_file"] = pipeline_file
        if forked_pull_requests is not UNSET:
            field_dict["forked_pull_requests"] = forked_pull_requests
        if whitelist is not UNSET:
            field_dict["whitelist"] = whitelist
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_spec_repository_forked_pull_requests import (
            ProjectSpecRepositoryForkedPullRequests,  # noqa: PLC0415
        )
        from ..models.project_spec_repository_status import ProjectSpecRepositoryStatus  # noqa: PLC0415
        from ..models.project_spec_repository_whitelist import ProjectSpecRepositoryWhitelist  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url")

        integration_type = ProjectSpecRepositoryIntegrationType(d.pop("integration_type"))

        run_on = cast(list[str], d.pop("run_on"))

        pipeline_file = d.pop("pipeline_file", UNSET)

        _forked_pull_requests = d.pop("forked_pull_requests", UNSET)
        forked_pull_requests: ProjectSpecRepositoryForkedPullRequests | Unset
        if isinstance(_forked_pull_requests, Unset):
            forked_pull_requests = UNSET
        else:
            forked_pull_requests = ProjectSpecRepositoryForkedPullRequests.from_dict(
                _forked_pull_requests
            )

        _whitelist = d.pop("whitelist", UNSET)
        whitelist: ProjectSpecRepositoryWhitelist | Unset
        if isinstance(_whitelist, Unset):
            whitelist = UNSET
        else:
            whitelist = ProjectSpecRepositoryWhitelist.from_dict(_whitelist)

        _status = d.pop("status", UNSET)
        status: ProjectSpecRepositoryStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProjectSpecRepositoryStatus.from_dict(_status)

        project_spec_repository = cls(
            url=url,
            integration_type=integration_type,
            run_on=run_on,
            pipeline_file=pipeline_file,
            forked_pull_requests=forked_pull_requests,
            whitelist=whitelist,
            status=status,
        )

        project_spec_repository.additional_properties = d
        return project_spec_repository

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
