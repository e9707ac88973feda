from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.retention_rule import RetentionRule


T = TypeVar("T", bound="RetentionPolicy")


@_attrs_define
class RetentionPolicy:
    """The project's retention rules per artifact level. Each list is `[]` when the level has no rules (also when no policy
    was ever configured). The project ID is not echoed.

    """

    project_level_retention_policies: list[RetentionRule]
    workflow_level_retention_policies: list[RetentionRule]
    job_level_retention_policies: list[RetentionRule]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_level_retention_policies = []
        for project_level_retention_policies_item_data in self.project_level_retention_policies:
            project_level_retention_policies_item = (
                project_level_retention_policies_item_data.to_dict()
            )

            project_level_retention_policies.append(project_level_retention_policies_item)

        workflow_level_retention_policies = []
        for workflow_level_retention_policies_item_data in self.workflow_level_retention_policies:
            workflow_level_retention_policies_item = (
                workflow_level_retention_policies_item_data.to_dict()
            )

            workflow_level_retention_policies.append(workflow_level_retention_policies_item)

        job_level_retention_policies = []
        for job_level_retention_policies_item_data in self.job_level_retention_policies:
            job_level_retention_policies_item = job_level_retention_policies_item_data.to_dict()

            job_level_retention_policies.append(job_level_retention_policies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_level_retention_policies": project_level_retention_policies,
                "workflow_level_retention_policies": workflow_level_retention_policies,
                "job_level_retention_policies": job_level_retention_policies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.retention_rule import RetentionRule  # noqa: PLC0415

        d = dict(src_dict)
        project_level_retention_policies = []
        _project_level_retention_policies = d.pop("project_level_retention_policies")
        for project_level_retention_policies_item_data in _project_level_retention_policies:
            project_level_retention_policies_item = RetentionRule.from_dict(
                project_level_retention_policies_item_data
            )

            project_level_retention_policies.append(project_level_retention_policies_item)

        workflow_level_retention_policies = []
        _workflow_level_retention_policies = d.pop("workflow_level_retention_policies")
        for workflow_level_retention_policies_item_data in _workflow_level_retention_policies:
            workflow_level_retention_policies_item = RetentionRule.from_dict(
                workflow_level_retention_policies_item_data
            )

            workflow_level_retention_policies.append(workflow_level_retention_policies_item)

        job_level_retention_policies = []
        _job_level_retention_policies = d.pop("job_level_retention_policies")
        for job_level_retention_policies_item_data in _job_level_retention_policies:
            job_level_retention_policies_item = RetentionRule.from_dict(
                job_level_retention_policies_item_data
            )

            job_level_retention_policies.append(job_level_retention_policies_item)

        retention_policy = cls(
            project_level_retention_policies=project_level_retention_policies,
            workflow_level_retention_policies=workflow_level_retention_policies,
            job_level_retention_policies=job_level_retention_policies,
        )

        retention_policy.additional_properties = d
        return retention_policy

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
