from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_triggered_by import WorkflowTriggeredBy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="Workflow")


@_attrs_define
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
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        _wf_id = d.pop("wf_id", UNSET)
        wf_id: UUID | Unset
        if isinstance(_wf_id, Unset):
            wf_id = UNSET
        else:
            wf_id = UUID(_wf_id)

        _triggered_by = d.pop("triggered_by", UNSET)
        triggered_by: WorkflowTriggeredBy | Unset
        if isinstance(_triggered_by, Unset):
            triggered_by = UNSET
        else:
            triggered_by = WorkflowTriggeredBy(_triggered_by)

        _requester_id = d.pop("requester_id", UNSET)
        requester_id: UUID | Unset
        if isinstance(_requester_id, Unset):
            requester_id = UNSET
        else:
            requester_id = UUID(_requester_id)

        _project_id = d.pop("project_id", UNSET)
        project_id: UUID | Unset
        if isinstance(_project_id, Unset):
            project_id = UNSET
        else:
            project_id = UUID(_project_id)

        _initial_ppl_id = d.pop("initial_ppl_id", UNSET)
        initial_ppl_id: UUID | Unset
        if isinstance(_initial_ppl_id, Unset):
            initial_ppl_id = UNSET
        else:
            initial_ppl_id = UUID(_initial_ppl_id)

        _hook_id = d.pop("hook_id", UNSET)
        hook_id: UUID | Unset
        if isinstance(_hook_id, Unset):
            hook_id = UNSET
        else:
            hook_id = UUID(_hook_id)

        _created_at = d.pop("created_at", UNSET)
        created_at: Timestamp | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = Timestamp.from_dict(_created_at)

        commit_sha = d.pop("commit_sha", UNSET)

        _branch_id = d.pop("branch_id", UNSET)
        branch_id: UUID | Unset
        if isinstance(_branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = UUID(_branch_id)

        workflow = cls(
            wf_id=wf_id,
            triggered_by=triggered_by,
            requester_id=requester_id,
            project_id=project_id,
            initial_ppl_id=initial_ppl_id,
            hook_id=hook_id,
            created_at=created_at,
            commit_sha=commit_sha,
            branch_id=branch_id,
        )

        workflow.additional_properties = d
        return workflow

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
