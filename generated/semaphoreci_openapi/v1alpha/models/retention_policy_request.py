from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.retention_rule_input import RetentionRuleInput


T = TypeVar("T", bound="RetentionPolicyRequest")


@_attrs_define
class RetentionPolicyRequest:
    """At least one of the three lists must contain a rule."""

    project_id: UUID
    project_level_retention_policies: list[RetentionRuleInput] | Unset = UNSET
    workflow_level_retention_policies: list[RetentionRuleInput] | Unset = UNSET
    job_level_retention_policies: list[RetentionRuleInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = str(self.project_id)

        project_level_retention_policies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.project_level_retention_policies, Unset):
            project_level_retention_policies = []
            for project_level_retention_policies_item_data in self.project_level_retention_policies:
                project_level_retention_policies_item = (
                    project_level_retention_policies_item_data.to_dict()
                )

                project_level_retention_policies.append(project_level_retention_policies_item)

        workflow_level_retention_policies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workflow_level_retention_policies, Unset):
            workflow_level_retention_policies = []
            for (
                workflow_level_retention_policies_item_data
            ) in self.workflow_level_retention_policies:
                workflow_level_retention_policies_item = (
                    workflow_level_retention_policies_item_data.to_dict()
                )

                workflow_level_retention_policies.append(workflow_level_retention_policies_item)

        job_level_retention_policies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.job_level_retention_policies, Unset):
            job_level_retention_policies = []
            for job_level_retention_policies_item_data in self.job_level_retention_policies:
                job_level_retention_policies_item = job_level_retention_policies_item_data.to_dict()

                job_level_retention_policies.append(job_level_retention_policies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
            }
        )
        if project_level_retention_policies is not UNSET:
            field_dict["project_level_retention_policies"] = project_level_retention_policies
        if workflow_level_retention_policies is not UNSET:
            field_dict["workflow_level_retention_policies"] = workflow_level_retention_policies
        if job_level_retention_policies is not UNSET:
            field_dict["job_level_retention_policies"] = job_level_retention_policies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.retention_rule_input import RetentionRuleInput  # noqa: PLC0415

        d = dict(src_dict)
        project_id = UUID(d.pop("project_id"))

        _project_level_retention_policies = d.pop("project_level_retention_policies", UNSET)
        project_level_retention_policies: list[RetentionRuleInput] | Unset = UNSET
        if _project_level_retention_policies is not UNSET:
            project_level_retention_policies = []
            for project_level_retention_policies_item_data in _project_level_retention_policies:
                project_level_retention_policies_item = RetentionRuleInput.from_dict(
                    project_level_retention_policies_item_data
                )

                project_level_retention_policies.append(project_level_retention_policies_item)

        _workflow_level_retention_policies = d.pop("workflow_level_retention_policies", UNSET)
        workflow_level_retention_policies: list[RetentionRuleInput] | Unset = UNSET
        if _workflow_level_retention_policies is not UNSET:
            workflow_level_retention_policies = []
            for workflow_level_retention_policies_item_data in _workflow_level_retention_policies:
                workflow_level_retention_policies_item = RetentionRuleInput.from_dict(
                    workflow_level_retention_policies_item_data
                )

                workflow_level_retention_policies.append(workflow_level_retention_policies_item)

        _job_level_retention_policies = d.pop("job_level_retention_policies", UNSET)
        job_level_retention_policies: list[RetentionRuleInput] | Unset = UNSET
        if _job_level_retention_policies is not UNSET:
            job_level_retention_policies = []
            for job_level_retention_policies_item_data in _job_level_retention_policies:
                job_level_retention_policies_item = RetentionRuleInput.from_dict(
                    job_level_retention_policies_item_data
                )

                job_level_retention_policies.append(job_level_retention_policies_item)

        retention_policy_request = cls(
            project_id=project_id,
            project_level_retention_policies=project_level_retention_policies,
            workflow_level_retention_policies=workflow_level_retention_policies,
            job_level_retention_policies=job_level_retention_policies,
        )

        retention_policy_request.additional_properties = d
        return retention_policy_request

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
