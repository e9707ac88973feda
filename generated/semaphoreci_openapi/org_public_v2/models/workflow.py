from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.timestamp import Timestamp
from ..models.workflow_triggered_by import WorkflowTriggeredBy
from ..types import UNSET, Unset

T = TypeVar("T", bound="Workflow")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset({})
_KNOWN: frozenset[str] = frozenset(
    {
        "wf_id",
        "triggered_by",
        "requester_id",
        "project_id",
        "initial_ppl_id",
        "hook_id",
        "created_at",
        "commit_sha",
        "branch_id",
    }
)


@lazy_fields(
    ("commit_sha", "commit_sha"),
    converted=(
        ("triggered_by", "triggered_by", WorkflowTriggeredBy.from_value),
        ("created_at", "created_at", Timestamp.from_dict),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class Workflow:
    wf_id: UUID | Unset = UNSET
    triggered_by: WorkflowTriggeredBy | Unset = UNSET
    """ What started the workflow. """
    requester_id: UUID | Unset = UNSET
    project_id: UUID | Unset = UNSET
    initial_ppl_id: UUID | Unset = UNSET
    """ The first pipeline the workflow ran. """
    hook_id: UUID | Unset = UNSET
    created_at: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    commit_sha: str | Unset = UNSET
    """ Git commit SHA-1 (the vendor declares the non-standard format `sha-1`). """
    branch_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wf_id: str | Unset = UNSET
        if not isinstance(self.wf_id, Unset):
            wf_id = str(self.wf_id)

        triggered_by: str | Unset = UNSET
        if not isinstance(self.triggered_by, Unset):
            triggered_by = self.triggered_by.value

        requester_id: str | Unset = UNSET
        if not isinstance(self.requester_id, Unset):
            requester_id = str(self.requester_id)

        project_id: str | Unset = UNSET
        if not isinstance(self.project_id, Unset):
            project_id = str(self.project_id)

        initial_ppl_id: str | Unset = UNSET
        if not isinstance(self.initial_ppl_id, Unset):
            initial_ppl_id = str(self.initial_ppl_id)

        hook_id: str | Unset = UNSET
        if not isinstance(self.hook_id, Unset):
            hook_id = str(self.hook_id)

        created_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.to_dict()

        commit_sha = self.commit_sha

        branch_id: str | Unset = UNSET
        if not isinstance(self.branch_id, Unset):
            branch_id = str(self.branch_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wf_id is not UNSET:
            field_dict["wf_id"] = wf_id
        if triggered_by is not UNSET:
            field_dict["triggered_by"] = triggered_by
        if requester_id is not UNSET:
            field_dict["requester_id"] = requester_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if initial_ppl_id is not UNSET:
            field_dict["initial_ppl_id"] = initial_ppl_id
        if hook_id is not UNSET:
            field_dict["hook_id"] = hook_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if commit_sha is not UNSET:
            field_dict["commit_sha"] = commit_sha
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id

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
    def _decode_wf_id(d: Mapping[str, Any]) -> UUID | Unset:
        _wf_id = d.get("wf_id", UNSET)
        wf_id: UUID | Unset
        if isinstance(_wf_id, Unset):
            wf_id = UNSET
        else:
            wf_id = UUID(_wf_id)

        return wf_id

    @staticmethod
    def _decode_requester_id(d: Mapping[str, Any]) -> UUID | Unset:
        _requester_id = d.get("requester_id", UNSET)
        requester_id: UUID | Unset
        if isinstance(_requester_id, Unset):
            requester_id = UNSET
        else:
            requester_id = UUID(_requester_id)

        return requester_id

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
    def _decode_initial_ppl_id(d: Mapping[str, Any]) -> UUID | Unset:
        _initial_ppl_id = d.get("initial_ppl_id", UNSET)
        initial_ppl_id: UUID | Unset
        if isinstance(_initial_ppl_id, Unset):
            initial_ppl_id = UNSET
        else:
            initial_ppl_id = UUID(_initial_ppl_id)

        return initial_ppl_id

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
    def _decode_branch_id(d: Mapping[str, Any]) -> UUID | Unset:
        _branch_id = d.get("branch_id", UNSET)
        branch_id: UUID | Unset
        if isinstance(_branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = UUID(_branch_id)

        return branch_id

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
