from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_spec_repository_status_pipeline_files_item import (
        ProjectSpecRepositoryStatusPipelineFilesItem,
    )


T = TypeVar("T", bound="ProjectSpecRepositoryStatus")


@_attrs_define
class ProjectSpecRepositoryStatus:
    """Which pipelines report commit statuses to pull requests."""

    pipeline_files: list[ProjectSpecRepositoryStatusPipelineFilesItem] | Unset = UNSET
    skip_scheduled_run: bool | Unset = False
    skip_manual_run: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pipeline_files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pipeline_files, Unset):
            pipeline_files = []
            for pipeline_files_item_data in self.pipeline_files:
                pipeline_files_item = pipeline_files_item_data.to_dict()

                pipeline_files.append(pipeline_files_item)

        skip_scheduled_run = self.skip_scheduled_run

        skip_manual_run = self.skip_manual_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pipeline_files is not UNSET:
            field_dict["pipeline_files"] = pipeline_files
        if skip_scheduled_run is not UNSET:
            field_dict["skip_scheduled_run"] = skip_scheduled_run
        if skip_manual_run is not UNSET:
            field_dict["skip_manual_run"] = skip_manual_run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_spec_repository_status_pipeline_files_item import (
            ProjectSpecRepositoryStatusPipelineFilesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _pipeline_files = d.pop("pipeline_files", UNSET)
        pipeline_files: list[ProjectSpecRepositoryStatusPipelineFilesItem] | Unset = UNSET
        if _pipeline_files is not UNSET:
            pipeline_files = []
            for pipeline_files_item_data in _pipeline_files:
                pipeline_files_item = ProjectSpecRepositoryStatusPipelineFilesItem.from_dict(
                    pipeline_files_item_data
                )

                pipeline_files.append(pipeline_files_item)

        skip_scheduled_run = d.pop("skip_scheduled_run", UNSET)

        skip_manual_run = d.pop("skip_manual_run", UNSET)

        project_spec_repository_status = cls(
            pipeline_files=pipeline_files,
            skip_scheduled_run=skip_scheduled_run,
            skip_manual_run=skip_manual_run,
        )

        project_spec_repository_status.additional_properties = d
        return project_spec_repository_status

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
