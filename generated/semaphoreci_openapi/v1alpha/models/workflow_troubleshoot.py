from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.troubleshoot_project import TroubleshootProject
    from ..models.troubleshoot_workflow_info import TroubleshootWorkflowInfo


T = TypeVar("T", bound="WorkflowTroubleshoot")


@_attrs_define
class WorkflowTroubleshoot:
    project: TroubleshootProject
    workflow: TroubleshootWorkflowInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project.to_dict()

        workflow = self.workflow.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
                "workflow": workflow,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.troubleshoot_project import TroubleshootProject  # noqa: PLC0415
        from ..models.troubleshoot_workflow_info import TroubleshootWorkflowInfo  # noqa: PLC0415

        d = dict(src_dict)
        project = TroubleshootProject.from_dict(d.pop("project"))

        workflow = TroubleshootWorkflowInfo.from_dict(d.pop("workflow"))

        workflow_troubleshoot = cls(
            project=project,
            workflow=workflow,
        )

        workflow_troubleshoot.additional_properties = d
        return workflow_troubleshoot

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
