from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_run_request_parameters import WorkflowRunRequestParameters


T = TypeVar("T", bound="WorkflowRunRequest")


@_attrs_define
class WorkflowRunRequest:
    """Parameters of a new workflow run. The server also reads them from the query string."""

    project_id: str
    """ ID of the project. Effectively required: without it the call fails with 404 (or 500), never with a 400. """
    reference: str
    """ Git reference to run: `refs/heads/<branch>`, `refs/tags/<tag>` or `refs/pull/<number>`. A bare name is taken
    as a branch name (`refs/heads/<name>`). """
    commit_sha: str | Unset = UNSET
    """ Commit to run; the head of the reference when omitted. """
    pipeline_file: str | Unset = ".semaphore/semaphore.yml"
    """ Path of the pipeline YAML file in the repository. """
    parameters: WorkflowRunRequestParameters | Unset = UNSET
    """ Environment variables for the run, as name-to-value pairs (undocumented). Values must be strings; other JSON
    types make the server fail with 500. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        reference = self.reference

        commit_sha = self.commit_sha

        pipeline_file = self.pipeline_file

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "reference": reference,
            }
        )
        if commit_sha is not UNSET:
            field_dict["commit_sha"] = commit_sha
        if pipeline_file is not UNSET:
            field_dict["pipeline_file"] = pipeline_file
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_run_request_parameters import WorkflowRunRequestParameters  # noqa: PLC0415

        d = dict(src_dict)
        project_id = d.pop("project_id")

        reference = d.pop("reference")

        commit_sha = d.pop("commit_sha", UNSET)

        pipeline_file = d.pop("pipeline_file", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: WorkflowRunRequestParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = WorkflowRunRequestParameters.from_dict(_parameters)

        workflow_run_request = cls(
            project_id=project_id,
            reference=reference,
            commit_sha=commit_sha,
            pipeline_file=pipeline_file,
            parameters=parameters,
        )

        workflow_run_request.additional_properties = d
        return workflow_run_request

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
