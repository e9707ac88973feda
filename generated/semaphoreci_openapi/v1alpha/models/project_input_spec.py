from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_input_spec_visibility import ProjectInputSpecVisibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_input_spec_repository import ProjectInputSpecRepository
    from ..models.project_input_spec_schedulers_item import ProjectInputSpecSchedulersItem
    from ..models.project_input_spec_tasks_item import ProjectInputSpecTasksItem


T = TypeVar("T", bound="ProjectInputSpec")


@_attrs_define
class ProjectInputSpec:
    repository: ProjectInputSpecRepository
    schedulers: list[ProjectInputSpecSchedulersItem] | Unset = UNSET
    tasks: list[ProjectInputSpecTasksItem] | Unset = UNSET
    visibility: ProjectInputSpecVisibility | Unset = UNSET
    custom_permissions: bool | Unset = UNSET
    debug_permissions: list[str] | Unset = UNSET
    attach_permissions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        repository = self.repository.to_dict()

        schedulers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedulers, Unset):
            schedulers = []
            for schedulers_item_data in self.schedulers:
                schedulers_item = schedulers_item_data.to_dict()

                schedulers.append(schedulers_item)

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()

                tasks.append(tasks_item)

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        custom_permissions = self.custom_permissions

        debug_permissions: list[str] | Unset = UNSET
        if not isinstance(self.debug_permissions, Unset):
            debug_permissions = self.debug_permissions

        attach_permissions: list[str] | Unset = UNSET
        if not isinstance(self.attach_permissions, Unset):
            attach_permissions = self.attach_permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "repository": repository,
            }
        )
        if schedulers is not UNSET:
            field_dict["schedulers"] = schedulers
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if custom_permissions is not UNSET:
            field_dict["custom_permissions"] = custom_permissions
        if debug_permissions is not UNSET:
            field_dict["debug_permissions"] = debug_permissions
        if attach_permissions is not UNSET:
            field_dict["attach_permissions"] = attach_permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_input_spec_repository import ProjectInputSpecRepository  # noqa: PLC0415
        from ..models.project_input_spec_schedulers_item import ProjectInputSpecSchedulersItem  # noqa: PLC0415
        from ..models.project_input_spec_tasks_item import ProjectInputSpecTasksItem  # noqa: PLC0415

        d = dict(src_dict)
        repository = ProjectInputSpecRepository.from_dict(d.pop("repository"))

        _schedulers = d.pop("schedulers", UNSET)
        schedulers: list[ProjectInputSpecSchedulersItem] | Unset = UNSET
        if _schedulers is not UNSET:
            schedulers = []
            for schedulers_item_data in _schedulers:
                schedulers_item = ProjectInputSpecSchedulersItem.from_dict(schedulers_item_data)

                schedulers.append(schedulers_item)

        _tasks = d.pop("tasks", UNSET)
        tasks: list[ProjectInputSpecTasksItem] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = ProjectInputSpecTasksItem.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        _visibility = d.pop("visibility", UNSET)
        visibility: ProjectInputSpecVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = ProjectInputSpecVisibility(_visibility)

        custom_permissions = d.pop("custom_permissions", UNSET)

        debug_permissions = cast(list[str], d.pop("debug_permissions", UNSET))

        attach_permissions = cast(list[str], d.pop("attach_permissions", UNSET))

        project_input_spec = cls(
            repository=repository,
            schedulers=schedulers,
            tasks=tasks,
            visibility=visibility,
            custom_permissions=custom_permissions,
            debug_permissions=debug_permissions,
            attach_permissions=attach_permissions,
        )

        project_input_spec.additional_properties = d
        return project_input_spec

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
