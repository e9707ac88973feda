from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.secret_org_config_attach_access import SecretOrgConfigAttachAccess
from ..models.secret_org_config_debug_access import SecretOrgConfigDebugAccess
from ..models.secret_org_config_projects_access import SecretOrgConfigProjectsAccess
from ..types import UNSET, Unset

T = TypeVar("T", bound="SecretOrgConfig")


@_attrs_define
class SecretOrgConfig:
    """The secret's access policy. In a request it is applied only when the organization has the access policy feature and
    the user may manage the organization's settings; otherwise it is ignored.

    """

    projects_access: SecretOrgConfigProjectsAccess | Unset = UNSET
    """ All projects, only those in `project_ids`, or none. """
    project_ids: list[str] | Unset = UNSET
    debug_access: SecretOrgConfigDebugAccess | Unset = UNSET
    """ Whether debug sessions of jobs may attach the secret. """
    attach_access: SecretOrgConfigAttachAccess | Unset = UNSET
    """ Whether attaching to running jobs is allowed when they use the secret. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        projects_access: str | Unset = UNSET
        if not isinstance(self.projects_access, Unset):
            projects_access = self.projects_access.value

        project_ids: list[str] | Unset = UNSET
        if not isinstance(self.project_ids, Unset):
            project_ids = self.project_ids

        debug_access: str | Unset = UNSET
        if not isinstance(self.debug_access, Unset):
            debug_access = self.debug_access.value

        attach_access: str | Unset = UNSET
        if not isinstance(self.attach_access, Unset):
            attach_access = self.attach_access.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if projects_access is not UNSET:
            field_dict["projects_access"] = projects_access
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
        _projects_access = d.pop("projects_access", UNSET)
        projects_access: SecretOrgConfigProjectsAccess | Unset
        if isinstance(_projects_access, Unset):
            projects_access = UNSET
        else:
            projects_access = SecretOrgConfigProjectsAccess(_projects_access)

        project_ids = cast(list[str], d.pop("project_ids", UNSET))

        _debug_access = d.pop("debug_access", UNSET)
        debug_access: SecretOrgConfigDebugAccess | Unset
        if isinstance(_debug_access, Unset):
            debug_access = UNSET
        else:
            debug_access = SecretOrgConfigDebugAccess(_debug_access)

        _attach_access = d.pop("attach_access", UNSET)
        attach_access: SecretOrgConfigAttachAccess | Unset
        if isinstance(_attach_access, Unset):
            attach_access = UNSET
        else:
            attach_access = SecretOrgConfigAttachAccess(_attach_access)

        secret_org_config = cls(
            projects_access=projects_access,
            project_ids=project_ids,
            debug_access=debug_access,
            attach_access=attach_access,
        )

        secret_org_config.additional_properties = d
        return secret_org_config

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
