from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.access_config_attach_access import AccessConfigAttachAccess
from ..models.access_config_debug_access import AccessConfigDebugAccess
from ..models.access_config_project_access import AccessConfigProjectAccess
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessConfig")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset({})
_KNOWN: frozenset[str] = frozenset(
    {
        "project_access",
        "project_ids",
        "debug_access",
        "attach_access",
    }
)


@lazy_fields(
    converted=(
        ("project_access", "project_access", AccessConfigProjectAccess.from_value),
        ("debug_access", "debug_access", AccessConfigDebugAccess.from_value),
        ("attach_access", "attach_access", AccessConfigAttachAccess.from_value),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
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
    def _decode_project_ids(d: Mapping[str, Any]) -> list[UUID] | Unset:
        _project_ids = d.get("project_ids", UNSET)
        project_ids: list[UUID] | Unset = UNSET
        if _project_ids is not UNSET:
            project_ids = []
            for project_ids_item_data in _project_ids:
                project_ids_item = UUID(project_ids_item_data)

                project_ids.append(project_ids_item)

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
