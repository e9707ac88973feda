from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.project_spec_repository_integration_type import ProjectSpecRepositoryIntegrationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_spec_repository_forked_pull_requests import (
        ProjectSpecRepositoryForkedPullRequests,
    )
    from ..models.project_spec_repository_status import ProjectSpecRepositoryStatus
    from ..models.project_spec_repository_whitelist import ProjectSpecRepositoryWhitelist


T = TypeVar("T", bound="ProjectSpecRepository")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "url",
        "integration_type",
        "run_on",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "url",
        "integration_type",
        "run_on",
        "pipeline_file",
        "forked_pull_requests",
        "whitelist",
        "status",
    }
)


@lazy_fields(
    ("url", "url"),
    ("pipeline_file", "pipeline_file"),
    converted=(
        ("integration_type", "integration_type", ProjectSpecRepositoryIntegrationType.from_value),
        (
            "forked_pull_requests",
            "forked_pull_requests",
            "project_spec_repository_forked_pull_requests:ProjectSpecRepositoryForkedPullRequests",
        ),
        (
            "whitelist",
            "whitelist",
            "project_spec_repository_whitelist:ProjectSpecRepositoryWhitelist",
        ),
        ("status", "status", "project_spec_repository_status:ProjectSpecRepositoryStatus"),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
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
        """A model of the received JSON object `src_dict`: a `KeyError` now if a required
        key is missing; each field is decoded from `src_dict` when first read
        (`ModelDecodeError` if it does not fit the spec). `src_dict` is kept, not copied:
        do not change it afterwards (pass a `copy.deepcopy` if you must)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(cls, src_dict)
        if not src_dict.keys() >= _REQUIRED:
            raise missing_keys(cls, src_dict, _REQUIRED)
        model = cls.__new__(cls)
        _setattr(model, RAW, src_dict)  # past the models' __setattr__ (decoding.py)
        return model

    @staticmethod
    def _decode_run_on(d: Mapping[str, Any]) -> list[str]:
        run_on = cast(list[str], d["run_on"])

        return run_on

    @staticmethod
    def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in d.items() if key not in _KNOWN}

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
