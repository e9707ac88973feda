from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_config_attach_access import AccessConfigAttachAccess
from ..models.access_config_debug_access import AccessConfigDebugAccess
from ..models.access_config_project_access import AccessConfigProjectAccess
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessConfig")


@_attrs_define
class AccessConfig:
    """Which projects and job kinds may use an organization secret (when the organization has the access-policy feature)."""

    project_access: AccessConfigProjectAccess | Unset = AccessConfigProjectAccess.ALL
    """ ALL projects, only those in `project_ids` (ALLOWED), or NONE. """
    project_ids: list[UUID] | Unset = UNSET
    debug_access: AccessConfigDebugAccess | Unset = AccessConfigDebugAccess.YES
    """ Whether debug jobs may use the secret. """
    attach_access: AccessConfigAttachAccess | Unset = AccessConfigAttachAccess.YES
    """ Whether one may attach to a job that uses the secret. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_access: str | Unset = UNSET
        if not isinstance(self.project_access, Unset):
            project_access = self.project_access.value

        project_ids: list[str] | Unset = UNSET
        if not isinstance(self.project_ids, Unset):
            project_ids = []
            for project_ids_item_data in self.project_ids:
                project_ids_item = str(project_ids_item_data)
                project_ids.append(project_ids_item)

        debug_access: str | Unset = UNSET
        if not isinstance(self.debug_access, Unset):
            debug_access = self.debug_access.value

        attach_access: str | Unset = UNSET
        if not isinstance(self.attach_access, Unset):
            attach_access = self.attach_access.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_access is not UNSET:
            field_dict["project_access"] = project_access
        if project_ids is not UNSET:
            field_dict["project_ids"] = project_ids
        if debug_access is not UNSET:
            field_dict["debug_access"] = debug_access
        if attach_access is not UNSET:
            field_dict["attach_access"] = attach_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _project_access = d.pop("project_access", UNSET)
        project_access: AccessConfigProjectAccess | Unset
        if isinstance(_project_access, Unset):
            project_access = UNSET
        else:
            project_access = AccessConfigProjectAccess(_project_access)

        _project_ids = d.pop("project_ids", UNSET)
        project_ids: list[UUID] | Unset = UNSET
        if _project_ids is not UNSET:
            project_ids = []
            for project_ids_item_data in _project_ids:
                project_ids_item = UUID(project_ids_item_data)

                project_ids.append(project_ids_item)

        _debug_access = d.pop("debug_access", UNSET)
        debug_access: AccessConfigDebugAccess | Unset
        if isinstance(_debug_access, Unset):
            debug_access = UNSET
        else:
            debug_access = AccessConfigDebugAccess(_debug_access)

        _attach_access = d.pop("attach_access", UNSET)
        attach_access: AccessConfigAttachAccess | Unset
        if isinstance(_attach_access, Unset):
            attach_access = UNSET
        else:
            attach_access = AccessConfigAttachAccess(_attach_access)

        access_config = cls(
            project_access=project_access,
            project_ids=project_ids,
            debug_access=debug_access,
            attach_access=attach_access,
        )

        access_config.additional_properties = d
        return access_config

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
