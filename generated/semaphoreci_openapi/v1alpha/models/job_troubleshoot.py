from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.troubleshoot_block_info import TroubleshootBlockInfo
    from ..models.troubleshoot_job_info import TroubleshootJobInfo
    from ..models.troubleshoot_pipeline_info import TroubleshootPipelineInfo
    from ..models.troubleshoot_project import TroubleshootProject
    from ..models.troubleshoot_workflow_info import TroubleshootWorkflowInfo


T = TypeVar("T", bound="JobTroubleshoot")


@_attrs_define
class JobTroubleshoot:
    project: TroubleshootProject
    workflow: TroubleshootWorkflowInfo
    pipeline: TroubleshootPipelineInfo
    block: TroubleshootBlockInfo
    job: TroubleshootJobInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project.to_dict()

        workflow = self.workflow.to_dict()

        pipeline = self.pipeline.to_dict()

        block = self.block.to_dict()

        job = self.job.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
                "workflow": workflow,
                "pipeline": pipeline,
                "block": block,
                "job": job,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.troubleshoot_block_info import TroubleshootBlockInfo  # noqa: PLC0415
        from ..models.troubleshoot_job_info import TroubleshootJobInfo  # noqa: PLC0415
        from ..models.troubleshoot_pipeline_info import TroubleshootPipelineInfo  # noqa: PLC0415
        from ..models.troubleshoot_project import TroubleshootProject  # noqa: PLC0415
        from ..models.troubleshoot_workflow_info import TroubleshootWorkflowInfo  # noqa: PLC0415

        d = dict(src_dict)
        project = TroubleshootProject.from_dict(d.pop("project"))

        workflow = TroubleshootWorkflowInfo.from_dict(d.pop("workflow"))

        pipeline = TroubleshootPipelineInfo.from_dict(d.pop("pipeline"))

        block = TroubleshootBlockInfo.from_dict(d.pop("block"))

        job = TroubleshootJobInfo.from_dict(d.pop("job"))

        job_troubleshoot = cls(
            project=project,
            workflow=workflow,
            pipeline=pipeline,
            block=block,
            job=job,
        )

        job_troubleshoot.additional_properties = d
        return job_troubleshoot

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
