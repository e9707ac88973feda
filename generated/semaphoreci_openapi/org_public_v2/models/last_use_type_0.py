from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..types import UNSET, Unset

T = TypeVar("T", bound="LastUseType0")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset({})
_KNOWN: frozenset[str] = frozenset(
    {
        "job_id",
        "pipeline_id",
        "workflow_id",
        "hook_id",
        "project_id",
        "user_id",
    }
)


@lazy_fields(
    converted=(),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class LastUseType0:
    """Where the secret was last used."""

    job_id: UUID | Unset = UNSET
    pipeline_id: UUID | Unset = UNSET
    workflow_id: UUID | Unset = UNSET
    hook_id: UUID | Unset = UNSET
    project_id: UUID | Unset = UNSET
    user_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id: str | Unset = UNSET
        if not isinstance(self.job_id, Unset):
            job_id = str(self.job_id)

        pipeline_id: str | Unset = UNSET
        if not isinstance(self.pipeline_id, Unset):
            pipeline_id = str(self.pipeline_id)

        workflow_id: str | Unset = UNSET
        if not isinstance(self.workflow_id, Unset):
            workflow_id = str(self.workflow_id)

        hook_id: str | Unset = UNSET
        if not isinstance(self.hook_id, Unset):
            hook_id = str(self.hook_id)

        project_id: str | Unset = UNSET
        if not isinstance(self.project_id, Unset):
            project_id = str(self.project_id)

        user_id: str | Unset = UNSET
        if not isinstance(self.user_id, Unset):
            user_id = str(self.user_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if pipeline_id is not UNSET:
            field_dict["pipeline_id"] = pipeline_id
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if hook_id is not UNSET:
            field_dict["hook_id"] = hook_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

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
    def _decode_job_id(d: Mapping[str, Any]) -> UUID | Unset:
        _job_id = d.get("job_id", UNSET)
        job_id: UUID | Unset
        if isinstance(_job_id, Unset):
            job_id = UNSET
        else:
            job_id = UUID(_job_id)

        return job_id

    @staticmethod
    def _decode_pipeline_id(d: Mapping[str, Any]) -> UUID | Unset:
        _pipeline_id = d.get("pipeline_id", UNSET)
        pipeline_id: UUID | Unset
        if isinstance(_pipeline_id, Unset):
            pipeline_id = UNSET
        else:
            pipeline_id = UUID(_pipeline_id)

        return pipeline_id

    @staticmethod
    def _decode_workflow_id(d: Mapping[str, Any]) -> UUID | Unset:
        _workflow_id = d.get("workflow_id", UNSET)
        workflow_id: UUID | Unset
        if isinstance(_workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = UUID(_workflow_id)

        return workflow_id

    @staticmethod
    def _decode_hook_id(d: Mapping[str, Any]) -> UUID | Unset:
        _hook_id = d.get("hook_id", UNSET)
        hook_id: UUID | Unset
        if isinstance(_hook_id, Unset):
            hook_id = UNSET
        else:
            hook_id = UUID(_hook_id)

        return hook_id

    @staticmethod
    def _decode_project_id(d: Mapping[str, Any]) -> UUID | Unset:
        _project_id = d.get("project_id", UNSET)
        project_id: UUID | Unset
        if isinstance(_project_id, Unset):
            project_id = UNSET
        else:
            project_id = UUID(_project_id)

        return project_id

    @staticmethod
    def _decode_user_id(d: Mapping[str, Any]) -> UUID | Unset:
        _user_id = d.get("user_id", UNSET)
        user_id: UUID | Unset
        if isinstance(_user_id, Unset):
            user_id = UNSET
        else:
            user_id = UUID(_user_id)

        return user_id

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
