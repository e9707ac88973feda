from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.pipeline_result_reason import PipelineResultReason
from ..models.pipeline_state import PipelineState
from ..models.result import Result
from ..models.timestamp import Timestamp
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nullable_user_type_0 import NullableUserType0


T = TypeVar("T", bound="Pipeline")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset({})
_KNOWN: frozenset[str] = frozenset(
    {
        "ppl_id",
        "wf_id",
        "project_id",
        "org_id",
        "name",
        "yaml_file_name",
        "working_directory",
        "branch_name",
        "branch_id",
        "commit_sha",
        "hook_id",
        "state",
        "result",
        "result_reason",
        "error_description",
        "terminate_request",
        "terminated_by",
        "created_at",
        "pending_at",
        "queuing_at",
        "running_at",
        "stopping_at",
        "done_at",
    }
)


@lazy_fields(
    ("name", "name"),
    ("yaml_file_name", "yaml_file_name"),
    ("working_directory", "working_directory"),
    ("branch_name", "branch_name"),
    ("commit_sha", "commit_sha"),
    ("error_description", "error_description"),
    ("terminate_request", "terminate_request"),
    converted=(
        ("state", "state", PipelineState.from_value),
        ("result", "result", Result.from_value),
        ("result_reason", "result_reason", PipelineResultReason.from_value),
        ("created_at", "created_at", Timestamp.from_dict),
        ("pending_at", "pending_at", Timestamp.from_dict),
        ("queuing_at", "queuing_at", Timestamp.from_dict),
        ("running_at", "running_at", Timestamp.from_dict),
        ("stopping_at", "stopping_at", Timestamp.from_dict),
        ("done_at", "done_at", Timestamp.from_dict),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class Pipeline:
    ppl_id: UUID | Unset = UNSET
    wf_id: UUID | Unset = UNSET
    project_id: UUID | Unset = UNSET
    org_id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    yaml_file_name: str | Unset = UNSET
    working_directory: str | Unset = UNSET
    branch_name: str | Unset = UNSET
    branch_id: UUID | Unset = UNSET
    commit_sha: str | Unset = UNSET
    hook_id: UUID | Unset = UNSET
    state: PipelineState | Unset = UNSET
    """ INITIALIZING, PENDING, QUEUING, RUNNING, then DONE; STOPPING after a termination request while running. """
    result: Result | Unset = UNSET
    """ Result of a finished pipeline or block. """
    result_reason: PipelineResultReason | Unset = UNSET
    """ Why the result is not PASSED. """
    error_description: str | Unset = UNSET
    """ Why the pipeline is MALFORMED (empty otherwise). """
    terminate_request: str | Unset = UNSET
    """ Empty, or the termination asked for (`stop` or `cancel`). """
    terminated_by: None | NullableUserType0 | Unset = UNSET
    """ A user, by id, or `null` when there is none. """
    created_at: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    pending_at: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    queuing_at: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    running_at: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    stopping_at: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    done_at: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.nullable_user_type_0 import NullableUserType0  # noqa: PLC0415

        ppl_id: str | Unset = UNSET
        if not isinstance(self.ppl_id, Unset):
            ppl_id = str(self.ppl_id)

        wf_id: str | Unset = UNSET
        if not isinstance(self.wf_id, Unset):
            wf_id = str(self.wf_id)

        project_id: str | Unset = UNSET
        if not isinstance(self.project_id, Unset):
            project_id = str(self.project_id)

        org_id: str | Unset = UNSET
        if not isinstance(self.org_id, Unset):
            org_id = str(self.org_id)

        name = self.name

        yaml_file_name = self.yaml_file_name

        working_directory = self.working_directory

        branch_name = self.branch_name

        branch_id: str | Unset = UNSET
        if not isinstance(self.branch_id, Unset):
            branch_id = str(self.branch_id)

        commit_sha = self.commit_sha

        hook_id: str | Unset = UNSET
        if not isinstance(self.hook_id, Unset):
            hook_id = str(self.hook_id)

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        result_reason: str | Unset = UNSET
        if not isinstance(self.result_reason, Unset):
            result_reason = self.result_reason.value

        error_description = self.error_description

        terminate_request = self.terminate_request

        terminated_by: dict[str, Any] | None | Unset
        if isinstance(self.terminated_by, Unset):
            terminated_by = UNSET
        elif isinstance(self.terminated_by, NullableUserType0):
            terminated_by = self.terminated_by.to_dict()

        else:
            terminated_by = self.terminated_by

        created_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.to_dict()

        pending_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pending_at, Unset):
            pending_at = self.pending_at.to_dict()

        queuing_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queuing_at, Unset):
            queuing_at = self.queuing_at.to_dict()

        running_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.running_at, Unset):
            running_at = self.running_at.to_dict()

        stopping_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stopping_at, Unset):
            stopping_at = self.stopping_at.to_dict()

        done_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.done_at, Unset):
            done_at = self.done_at.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ppl_id is not UNSET:
            field_dict["ppl_id"] = ppl_id
        if wf_id is not UNSET:
            field_dict["wf_id"] = wf_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if name is not UNSET:
            field_dict["name"] = name
        if yaml_file_name is not UNSET:
            field_dict["yaml_file_name"] = yaml_file_name
        if working_directory is not UNSET:
            field_dict["working_directory"] = working_directory
        if branch_name is not UNSET:
            field_dict["branch_name"] = branch_name
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if commit_sha is not UNSET:
            field_dict["commit_sha"] = commit_sha
        if hook_id is not UNSET:
            field_dict["hook_id"] = hook_id
        if state is not UNSET:
            field_dict["state"] = state
        if result is not UNSET:
            field_dict["result"] = result
        if result_reason is not UNSET:
            field_dict["result_reason"] = result_reason
        if error_description is not UNSET:
            field_dict["error_description"] = error_description
        if terminate_request is not UNSET:
            field_dict["terminate_request"] = terminate_request
        if terminated_by is not UNSET:
            field_dict["terminated_by"] = terminated_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if pending_at is not UNSET:
            field_dict["pending_at"] = pending_at
        if queuing_at is not UNSET:
            field_dict["queuing_at"] = queuing_at
        if running_at is not UNSET:
            field_dict["running_at"] = running_at
        if stopping_at is not UNSET:
            field_dict["stopping_at"] = stopping_at
        if done_at is not UNSET:
            field_dict["done_at"] = done_at

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
    def _decode_ppl_id(d: Mapping[str, Any]) -> UUID | Unset:
        _ppl_id = d.get("ppl_id", UNSET)
        ppl_id: UUID | Unset
        if isinstance(_ppl_id, Unset):
            ppl_id = UNSET
        else:
            ppl_id = UUID(_ppl_id)

        return ppl_id

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
    def _decode_project_id(d: Mapping[str, Any]) -> UUID | Unset:
        _project_id = d.get("project_id", UNSET)
        project_id: UUID | Unset
        if isinstance(_project_id, Unset):
            project_id = UNSET
        else:
            project_id = UUID(_project_id)

        return project_id

    @staticmethod
    def _decode_org_id(d: Mapping[str, Any]) -> UUID | Unset:
        _org_id = d.get("org_id", UNSET)
        org_id: UUID | Unset
        if isinstance(_org_id, Unset):
            org_id = UNSET
        else:
            org_id = UUID(_org_id)

        return org_id

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
    def _decode_hook_id(d: Mapping[str, Any]) -> UUID | Unset:
        _hook_id = d.get("hook_id", UNSET)
        hook_id: UUID | Unset
        if isinstance(_hook_id, Unset):
            hook_id = UNSET
        else:
            hook_id = UUID(_hook_id)

        return hook_id

    @staticmethod
    def _decode_terminated_by(d: Mapping[str, Any]) -> None | NullableUserType0 | Unset:
        from ..models.nullable_user_type_0 import NullableUserType0  # noqa: PLC0415

        def _parse_terminated_by(data: object) -> None | NullableUserType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_user_type_0 = NullableUserType0.from_dict(data)

                return componentsschemas_nullable_user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NullableUserType0 | Unset, data)

        terminated_by = _parse_terminated_by(d.get("terminated_by", UNSET))

        return terminated_by

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
