from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.project_repository_integration_type import ProjectRepositoryIntegrationType
from ..models.project_repository_run_on_item import ProjectRepositoryRunOnItem

if TYPE_CHECKING:
    from ..models.project_repository_forked_pull_requests import ProjectRepositoryForkedPullRequests
    from ..models.project_repository_status import ProjectRepositoryStatus
    from ..models.project_repository_whitelist import ProjectRepositoryWhitelist


T = TypeVar("T", bound="ProjectRepository")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "url",
        "name",
        "owner",
        "run_on",
        "forked_pull_requests",
        "pipeline_file",
        "status",
        "whitelist",
        "integration_type",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "url",
        "name",
        "owner",
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
    ("name", "name"),
    ("owner", "owner"),
    ("pipeline_file", "pipeline_file"),
    converted=(
        (
            "forked_pull_requests",
            "forked_pull_requests",
            "project_repository_forked_pull_requests:ProjectRepositoryForkedPullRequests",
        ),
        ("status", "status", "project_repository_status:ProjectRepositoryStatus"),
        ("whitelist", "whitelist", "project_repository_whitelist:ProjectRepositoryWhitelist"),
        ("integration_type", "integration_type", ProjectRepositoryIntegrationType.from_value),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
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
    def _decode_run_on(d: Mapping[str, Any]) -> list[ProjectRepositoryRunOnItem]:
        run_on = []
        _run_on = d["run_on"]
        for run_on_item_data in _run_on:
            run_on_item = ProjectRepositoryRunOnItem.from_value(run_on_item_data)

            run_on.append(run_on_item)

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
