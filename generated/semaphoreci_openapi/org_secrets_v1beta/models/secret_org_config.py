from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.secret_org_config_attach_access import SecretOrgConfigAttachAccess
from ..models.secret_org_config_debug_access import SecretOrgConfigDebugAccess
from ..models.secret_org_config_projects_access import SecretOrgConfigProjectsAccess
from ..types import UNSET, Unset

T = TypeVar("T", bound="SecretOrgConfig")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset({})
_KNOWN: frozenset[str] = frozenset(
    {
        "projects_access",
        "project_ids",
        "debug_access",
        "attach_access",
    }
)


@lazy_fields(
    converted=(
        ("projects_access", "projects_access", SecretOrgConfigProjectsAccess.from_value),
        ("debug_access", "debug_access", SecretOrgConfigDebugAccess.from_value),
        ("attach_access", "attach_access", SecretOrgConfigAttachAccess.from_value),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
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
    def _decode_project_ids(d: Mapping[str, Any]) -> list[str] | Unset:
        project_ids = cast(list[str], d.get("project_ids", UNSET))

        return project_ids

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
