from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_input_spec_repository_forked_pull_requests import (
        ProjectInputSpecRepositoryForkedPullRequests,
    )
    from ..models.project_input_spec_repository_status import ProjectInputSpecRepositoryStatus
    from ..models.project_input_spec_repository_whitelist import ProjectInputSpecRepositoryWhitelist


T = TypeVar("T", bound="ProjectInputSpecRepository")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "url",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "url",
        "run_on",
        "forked_pull_requests",
        "pipeline_file",
        "status",
        "whitelist",
        "integration_type",
    }
)


@lazy_fields(
    ("url", "url"),
    ("pipeline_file", "pipeline_file"),
    ("integration_type", "integration_type"),
    converted=(
        (
            "forked_pull_requests",
            "forked_pull_requests",
            "project_input_spec_repository_forked_pull_requests:ProjectInputSpecRepositoryForkedPullRequests",
        ),
        (
            "status",
            "status",
            "project_input_spec_repository_status:ProjectInputSpecRepositoryStatus",
        ),
        (
            "whitelist",
            "whitelist",
            "project_input_spec_repository_whitelist:ProjectInputSpecRepositoryWhitelist",
        ),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
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
    def _decode_run_on(d: Mapping[str, Any]) -> list[str] | Unset:
        run_on = cast(list[str], d.get("run_on", UNSET))

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
