from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list
from ..models.project_permission_type import ProjectPermissionType
from ..models.project_spec_visibility import ProjectSpecVisibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_repository import ProjectRepository
    from ..models.project_scheduler import ProjectScheduler
    from ..models.project_task import ProjectTask


T = TypeVar("T", bound="ProjectSpec")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "repository",
        "schedulers",
        "tasks",
        "visibility",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "repository",
        "schedulers",
        "tasks",
        "visibility",
        "custom_permissions",
        "debug_permissions",
        "attach_permissions",
    }
)


@lazy_fields(
    ("custom_permissions", "custom_permissions"),
    converted=(
        ("repository", "repository", "project_repository:ProjectRepository"),
        ("visibility", "visibility", ProjectSpecVisibility.from_value),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class ProjectSpec:
    repository: ProjectRepository
    schedulers: list[ProjectScheduler]
    """ The project's schedulers (the older form of tasks); `[]` when the project uses tasks, since a create or
    update with `tasks` drops them. """
    tasks: list[ProjectTask]
    visibility: ProjectSpecVisibility
    custom_permissions: bool | Unset = UNSET
    """ Whether the project sets its own debug and attach permissions. """
    debug_permissions: list[ProjectPermissionType] | Unset = UNSET
    attach_permissions: list[ProjectPermissionType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        repository = self.repository.to_dict()

        schedulers = []
        for schedulers_item_data in self.schedulers:
            schedulers_item = schedulers_item_data.to_dict()

            schedulers.append(schedulers_item)

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()

            tasks.append(tasks_item)

        visibility = self.visibility.value

        custom_permissions = self.custom_permissions

        debug_permissions: list[str] | Unset = UNSET
        if not isinstance(self.debug_permissions, Unset):
            debug_permissions = []
            for debug_permissions_item_data in self.debug_permissions:
                debug_permissions_item = debug_permissions_item_data.value

                debug_permissions.append(debug_permissions_item)

        attach_permissions: list[str] | Unset = UNSET
        if not isinstance(self.attach_permissions, Unset):
            attach_permissions = []
            for attach_permissions_item_data in self.attach_permissions:
                attach_permissions_item = attach_permissions_item_data.value

                attach_permissions.append(attach_permissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "repository": repository,
                "schedulers": schedulers,
                "tasks": tasks,
                "visibility": visibility,
            }
        )
        if custom_permissions is not UNSET:
            field_dict["custom_permissions"] = custom_permissions
        if debug_permissions is not UNSET:
            field_dict["debug_permissions"] = debug_permissions
        if attach_permissions is not UNSET:
            field_dict["attach_permissions"] = attach_permissions

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
    def _decode_schedulers(d: Mapping[str, Any]) -> list[ProjectScheduler]:
        from ..models.project_scheduler import ProjectScheduler  # noqa: PLC0415

        schedulers = model_list(ProjectScheduler, d["schedulers"])

        return schedulers

    @staticmethod
    def _decode_tasks(d: Mapping[str, Any]) -> list[ProjectTask]:
        from ..models.project_task import ProjectTask  # noqa: PLC0415

        tasks = model_list(ProjectTask, d["tasks"])

        return tasks

    @staticmethod
    def _decode_debug_permissions(d: Mapping[str, Any]) -> list[ProjectPermissionType] | Unset:
        _debug_permissions = d.get("debug_permissions", UNSET)
        debug_permissions: list[ProjectPermissionType] | Unset = UNSET
        if _debug_permissions is not UNSET:
            debug_permissions = []
            for debug_permissions_item_data in _debug_permissions:
                debug_permissions_item = ProjectPermissionType.from_value(
                    debug_permissions_item_data
                )

                debug_permissions.append(debug_permissions_item)

        return debug_permissions

    @staticmethod
    def _decode_attach_permissions(d: Mapping[str, Any]) -> list[ProjectPermissionType] | Unset:
        _attach_permissions = d.get("attach_permissions", UNSET)
        attach_permissions: list[ProjectPermissionType] | Unset = UNSET
        if _attach_permissions is not UNSET:
            attach_permissions = []
            for attach_permissions_item_data in _attach_permissions:
                attach_permissions_item = ProjectPermissionType.from_value(
                    attach_permissions_item_data
                )

                attach_permissions.append(attach_permissions_item)

        return attach_permissions

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
