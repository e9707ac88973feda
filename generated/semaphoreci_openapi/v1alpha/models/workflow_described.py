from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.timestamp import Timestamp
from ..models.workflow_described_triggered_by import WorkflowDescribedTriggeredBy
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowDescribed")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "wf_id",
        "initial_ppl_id",
        "project_id",
        "hook_id",
        "requester_id",
        "branch_id",
        "branch_name",
        "commit_sha",
        "created_at",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "wf_id",
        "initial_ppl_id",
        "project_id",
        "hook_id",
        "requester_id",
        "branch_id",
        "branch_name",
        "commit_sha",
        "created_at",
        "triggered_by",
        "rerun_of",
        "repository_id",
        "organization_id",
    }
)


@lazy_fields(
    ("wf_id", "wf_id"),
    ("initial_ppl_id", "initial_ppl_id"),
    ("project_id", "project_id"),
    ("hook_id", "hook_id"),
    ("requester_id", "requester_id"),
    ("branch_id", "branch_id"),
    ("branch_name", "branch_name"),
    ("commit_sha", "commit_sha"),
    ("rerun_of", "rerun_of"),
    ("repository_id", "repository_id"),
    ("organization_id", "organization_id"),
    converted=(
        ("created_at", "created_at", Timestamp.from_dict),
        ("triggered_by", "triggered_by", WorkflowDescribedTriggeredBy.from_value),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class WorkflowDescribed:
    """A workflow as the describe endpoint sends it. Same fields as in the list, except that `triggered_by` is the upper-
    case enum name.

    """

    wf_id: str
    """ ID (UUID) of the workflow. """
    initial_ppl_id: str
    """ ID of the workflow's first (initial) pipeline. """
    project_id: str
    hook_id: str
    """ ID of the repository event (hook) that started the workflow. """
    requester_id: str
    """ ID of the user who started the workflow; `""` when none. """
    branch_id: str
    branch_name: str
    commit_sha: str
    created_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    triggered_by: WorkflowDescribedTriggeredBy | Unset = UNSET
    """ What started the workflow: a repository event, a scheduler (task), an API call or a manual run. Not in the
    docs. """
    rerun_of: str | Unset = UNSET
    """ ID of the workflow this one re-runs; `""` when it is not a re-run. Not in the docs. """
    repository_id: str | Unset = UNSET
    """ Not in the docs. """
    organization_id: str | Unset = UNSET
    """ Not in the docs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wf_id = self.wf_id

        initial_ppl_id = self.initial_ppl_id

        project_id = self.project_id

        hook_id = self.hook_id

        requester_id = self.requester_id

        branch_id = self.branch_id

        branch_name = self.branch_name

        commit_sha = self.commit_sha

        created_at = self.created_at.to_dict()

        triggered_by: str | Unset = UNSET
        if not isinstance(self.triggered_by, Unset):
            triggered_by = self.triggered_by.value

        rerun_of = self.rerun_of

        repository_id = self.repository_id

        organization_id = self.organization_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wf_id": wf_id,
                "initial_ppl_id": initial_ppl_id,
                "project_id": project_id,
                "hook_id": hook_id,
                "requester_id": requester_id,
                "branch_id": branch_id,
                "branch_name": branch_name,
                "commit_sha": commit_sha,
                "created_at": created_at,
            }
        )
        if triggered_by is not UNSET:
            field_dict["triggered_by"] = triggered_by
        if rerun_of is not UNSET:
            field_dict["rerun_of"] = rerun_of
        if repository_id is not UNSET:
            field_dict["repository_id"] = repository_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

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
