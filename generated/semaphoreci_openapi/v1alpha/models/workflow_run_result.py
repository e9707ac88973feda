from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowRunResult")


@_attrs_define
class WorkflowRunResult:
    workflow_id: str
    """ ID of the new workflow. """
    pipeline_id: str
    """ ID of the workflow's initial pipeline. """
    hook_id: str | Unset = UNSET
    """ Shown in the docs' example; the current server does not send it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        pipeline_id = self.pipeline_id

        hook_id = self.hook_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "pipeline_id": pipeline_id,
            }
        )
        if hook_id is not UNSET:
            field_dict["hook_id"] = hook_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workflow_id = d.pop("workflow_id")

        pipeline_id = d.pop("pipeline_id")

        hook_id = d.pop("hook_id", UNSET)

        workflow_run_result = cls(
            workflow_id=workflow_id,
            pipeline_id=pipeline_id,
            hook_id=hook_id,
        )

        workflow_run_result.additional_properties = d
        return workflow_run_result

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
