from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_input_spec_repository_forked_pull_requests import (
        ProjectInputSpecRepositoryForkedPullRequests,
    )
    from ..models.project_input_spec_repository_status import ProjectInputSpecRepositoryStatus
    from ..models.project_input_spec_repository_whitelist import ProjectInputSpecRepositoryWhitelist


T = TypeVar("T", bound="ProjectInputSpecRepository")


@_attrs_define
class ProjectInputSpecRepository:
    url: str
    run_on: list[str] | Unset = UNSET
    forked_pull_requests: ProjectInputSpecRepositoryForkedPullRequests | Unset = UNSET
    pipeline_file: str | Unset = UNSET
    status: ProjectInputSpecRepositoryStatus | Unset = UNSET
    whitelist: ProjectInputSpecRepositoryWhitelist | Unset = UNSET
    integration_type: str | Unset = UNSET
    """ `github_app`, `github_token`, `bitbucket`, `gitlab` or `git`; any other value means `github_token`. Ignored
    on update. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        run_on: list[str] | Unset = UNSET
        if not isinstance(self.run_on, Unset):
            run_on = self.run_on

        forked_pull_requests: dict[str, Any] | Unset = UNSET
        if not isinstance(self.forked_pull_requests, Unset):
            forked_pull_requests = self.forked_pull_requests.to_dict()

        pipeline_file = self.pipeline_file

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        whitelist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.whitelist, Unset):
            whitelist = self.whitelist.to_dict()

        integration_type = self.integration_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if run_on is not UNSET:
            field_dict["run_on"] = run_on
        if forked_pull_requests is not UNSET:
            field_dict["forked_pull_requests"] = forked_pull_requests
        if pipeline_file is not UNSET:
            field_dict["pipeline_file"] = pipeline_file
        if status is not UNSET:
            field_dict["status"] = status
        if whitelist is not UNSET:
            field_dict["whitelist"] = whitelist
        if integration_type is not UNSET:
            field_dict["integration_type"] = integration_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_input_spec_repository_forked_pull_requests import (
            ProjectInputSpecRepositoryForkedPullRequests,  # noqa: PLC0415
        )
        from ..models.project_input_spec_repository_status import ProjectInputSpecRepositoryStatus  # noqa: PLC0415
        from ..models.project_input_spec_repository_whitelist import (
            ProjectInputSpecRepositoryWhitelist,  # noqa: PLC0415
        )

        d = dict(src_dict)
        url = d.pop("url")

        run_on = cast(list[str], d.pop("run_on", UNSET))

        _forked_pull_requests = d.pop("forked_pull_requests", UNSET)
        forked_pull_requests: ProjectInputSpecRepositoryForkedPullRequests | Unset
        if isinstance(_forked_pull_requests, Unset):
            forked_pull_requests = UNSET
        else:
            forked_pull_requests = ProjectInputSpecRepositoryForkedPullRequests.from_dict(
                _forked_pull_requests
            )

        pipeline_file = d.pop("pipeline_file", UNSET)

        _status = d.pop("status", UNSET)
        status: ProjectInputSpecRepositoryStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProjectInputSpecRepositoryStatus.from_dict(_status)

        _whitelist = d.pop("whitelist", UNSET)
        whitelist: ProjectInputSpecRepositoryWhitelist | Unset
        if isinstance(_whitelist, Unset):
            whitelist = UNSET
        else:
            whitelist = ProjectInputSpecRepositoryWhitelist.from_dict(_whitelist)

        integration_type = d.pop("integration_type", UNSET)

        project_input_spec_repository = cls(
            url=url,
            run_on=run_on,
            forked_pull_requests=forked_pull_requests,
            pipeline_file=pipeline_file,
            status=status,
            whitelist=whitelist,
            integration_type=integration_type,
        )

        project_input_spec_repository.additional_properties = d
        return project_input_spec_repository

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
