from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowRunForm")


@_attrs_define
class WorkflowRunForm:
    """The same parameters form-encoded, as in the docs' curl example. Run parameters can only be sent in a JSON body."""

    project_id: str
    reference: str
    commit_sha: str | Unset = UNSET
    pipeline_file: str | Unset = ".semaphore/semaphore.yml"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        reference = self.reference

        commit_sha = self.commit_sha

        pipeline_file = self.pipeline_file

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("project_id")

        reference = d.pop("reference")

        commit_sha = d.pop("commit_sha", UNSET)

        pipeline_file = d.pop("pipeline_file", UNSET)

        workflow_run_form = cls(
            project_id=project_id,
            reference=reference,
            commit_sha=commit_sha,
            pipeline_file=pipeline_file,
        )

        workflow_run_form.additional_properties = d
        return workflow_run_form

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
