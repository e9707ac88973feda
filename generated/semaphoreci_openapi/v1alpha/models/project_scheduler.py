from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_scheduler_status import ProjectSchedulerStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_reference import ProjectReference


T = TypeVar("T", bound="ProjectScheduler")


@_attrs_define
class ProjectScheduler:
    """A scheduler as stored by the projects service. `status` is left out while it is unspecified."""

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    branch: str | Unset = UNSET
    """ A branch name or a full git reference. """
    at: str | Unset = UNSET
    """ Cron expression. """
    pipeline_file: str | Unset = UNSET
    status: ProjectSchedulerStatus | Unset = UNSET
    reference: ProjectReference | Unset = UNSET
    """ The git reference of a scheduler or task, added by the service when `branch` is a full `refs/heads/...` or
    `refs/tags/...` name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        branch = self.branch

        at = self.at

        pipeline_file = self.pipeline_file

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference, Unset):
            reference = self.reference.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if branch is not UNSET:
            field_dict["branch"] = branch
        if at is not UNSET:
            field_dict["at"] = at
        if pipeline_file is not UNSET:
            field_dict["pipeline_file"] = pipeline_file
        if status is not UNSET:
            field_dict["status"] = status
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_reference import ProjectReference  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        branch = d.pop("branch", UNSET)

        at = d.pop("at", UNSET)

        pipeline_file = d.pop("pipeline_file", UNSET)

        _status = d.pop("status", UNSET)
        status: ProjectSchedulerStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProjectSchedulerStatus(_status)

        _reference = d.pop("reference", UNSET)
        reference: ProjectReference | Unset
        if isinstance(_reference, Unset):
            reference = UNSET
        else:
            reference = ProjectReference.from_dict(_reference)

        project_scheduler = cls(
            id=id,
            name=name,
            branch=branch,
            at=at,
            pipeline_file=pipeline_file,
            status=status,
            reference=reference,
        )

        project_scheduler.additional_properties = d
        return project_scheduler

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
