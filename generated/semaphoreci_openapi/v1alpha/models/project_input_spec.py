from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list
from ..models.project_input_spec_visibility import ProjectInputSpecVisibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_input_spec_repository import ProjectInputSpecRepository
    from ..models.project_input_spec_schedulers_item import ProjectInputSpecSchedulersItem
    from ..models.project_input_spec_tasks_item import ProjectInputSpecTasksItem


T = TypeVar("T", bound="ProjectInputSpec")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "repository",
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
        ("repository", "repository", "project_input_spec_repository:ProjectInputSpecRepository"),
        ("visibility", "visibility", ProjectInputSpecVisibility.from_value),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
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
    def _decode_schedulers(d: Mapping[str, Any]) -> list[ProjectInputSpecSchedulersItem] | Unset:
        from ..models.project_input_spec_schedulers_item import ProjectInputSpecSchedulersItem  # noqa: PLC0415

        _schedulers = d.get("schedulers", UNSET)
        schedulers: list[ProjectInputSpecSchedulersItem] | Unset = UNSET
        if _schedulers is not UNSET:
            schedulers = model_list(ProjectInputSpecSchedulersItem, _schedulers)

        return schedulers

    @staticmethod
    def _decode_tasks(d: Mapping[str, Any]) -> list[ProjectInputSpecTasksItem] | Unset:
        from ..models.project_input_spec_tasks_item import ProjectInputSpecTasksItem  # noqa: PLC0415

        _tasks = d.get("tasks", UNSET)
        tasks: list[ProjectInputSpecTasksItem] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = model_list(ProjectInputSpecTasksItem, _tasks)

        return tasks

    @staticmethod
    def _decode_debug_permissions(d: Mapping[str, Any]) -> list[str] | Unset:
        debug_permissions = cast(list[str], d.get("debug_permissions", UNSET))

        return debug_permissions

    @staticmethod
    def _decode_attach_permissions(d: Mapping[str, Any]) -> list[str] | Unset:
        attach_permissions = cast(list[str], d.get("attach_permissions", UNSET))

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
