from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list

if TYPE_CHECKING:
    from ..models.retention_rule import RetentionRule


T = TypeVar("T", bound="RetentionPolicy")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "project_level_retention_policies",
        "workflow_level_retention_policies",
        "job_level_retention_policies",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
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
    def _decode_project_level_retention_policies(d: Mapping[str, Any]) -> list[RetentionRule]:
        from ..models.retention_rule import RetentionRule  # noqa: PLC0415

        project_level_retention_policies = model_list(
            RetentionRule, d["project_level_retention_policies"]
        )

        return project_level_retention_policies

    @staticmethod
    def _decode_workflow_level_retention_policies(d: Mapping[str, Any]) -> list[RetentionRule]:
        from ..models.retention_rule import RetentionRule  # noqa: PLC0415

        workflow_level_retention_policies = model_list(
            RetentionRule, d["workflow_level_retention_policies"]
        )

        return workflow_level_retention_policies

    @staticmethod
    def _decode_job_level_retention_policies(d: Mapping[str, Any]) -> list[RetentionRule]:
        from ..models.retention_rule import RetentionRule  # noqa: PLC0415

        job_level_retention_policies = model_list(RetentionRule, d["job_level_retention_policies"])

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
