from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.retention_rule_input import RetentionRuleInput


T = TypeVar("T", bound="RetentionPolicyRequest")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "project_id",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "project_id",
        "project_level_retention_policies",
        "workflow_level_retention_policies",
        "job_level_retention_policies",
    }
)


@lazy_fields(
    converted=(),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
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
    def _decode_project_id(d: Mapping[str, Any]) -> UUID:
        project_id = UUID(d["project_id"])

        return project_id

    @staticmethod
    def _decode_project_level_retention_policies(
        d: Mapping[str, Any],
    ) -> list[RetentionRuleInput] | Unset:
        from ..models.retention_rule_input import RetentionRuleInput  # noqa: PLC0415

        _project_level_retention_policies = d.get("project_level_retention_policies", UNSET)
        project_level_retention_policies: list[RetentionRuleInput] | Unset = UNSET
        if _project_level_retention_policies is not UNSET:
            project_level_retention_policies = model_list(
                RetentionRuleInput, _project_level_retention_policies
            )

        return project_level_retention_policies

    @staticmethod
    def _decode_workflow_level_retention_policies(
        d: Mapping[str, Any],
    ) -> list[RetentionRuleInput] | Unset:
        from ..models.retention_rule_input import RetentionRuleInput  # noqa: PLC0415

        _workflow_level_retention_policies = d.get("workflow_level_retention_policies", UNSET)
        workflow_level_retention_policies: list[RetentionRuleInput] | Unset = UNSET
        if _workflow_level_retention_policies is not UNSET:
            workflow_level_retention_policies = model_list(
                RetentionRuleInput, _workflow_level_retention_policies
            )

        return workflow_level_retention_policies

    @staticmethod
    def _decode_job_level_retention_policies(
        d: Mapping[str, Any],
    ) -> list[RetentionRuleInput] | Unset:
        from ..models.retention_rule_input import RetentionRuleInput  # noqa: PLC0415

        _job_level_retention_policies = d.get("job_level_retention_policies", UNSET)
        job_level_retention_policies: list[RetentionRuleInput] | Unset = UNSET
        if _job_level_retention_policies is not UNSET:
            job_level_retention_policies = model_list(
                RetentionRuleInput, _job_level_retention_policies
            )

        return job_level_retention_policies

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
