from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.troubleshoot_workflow_info_triggered_by import TroubleshootWorkflowInfoTriggeredBy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="TroubleshootWorkflowInfo")


@_attrs_define
class TroubleshootWorkflowInfo:
    wf_id: str
    initial_ppl_id: str
    hook_id: str
    requester_id: str
    branch_id: str
    branch_name: str
    commit_sha: str
    created_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    triggered_by: TroubleshootWorkflowInfoTriggeredBy
    """ What started the workflow, lower-case (unlike workflow describe). """
    rerun_of: str
    repository_id: str
    project_id: str | Unset = UNSET
    """ Sent in the job summary only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wf_id = self.wf_id

        initial_ppl_id = self.initial_ppl_id

        hook_id = self.hook_id

        requester_id = self.requester_id

        branch_id = self.branch_id

        branch_name = self.branch_name

        commit_sha = self.commit_sha

        created_at = self.created_at.to_dict()

        triggered_by = self.triggered_by.value

        rerun_of = self.rerun_of

        repository_id = self.repository_id

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wf_id": wf_id,
                "initial_ppl_id": initial_ppl_id,
                "hook_id": hook_id,
                "requester_id": requester_id,
                "branch_id": branch_id,
                "branch_name": branch_name,
                "commit_sha": commit_sha,
                "created_at": created_at,
                "triggered_by": triggered_by,
                "rerun_of": rerun_of,
                "repository_id": repository_id,
            }
        )
        if project_id is not UNSET:
            field_dict["project_id"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        wf_id = d.pop("wf_id")

        initial_ppl_id = d.pop("initial_ppl_id")

        hook_id = d.pop("hook_id")

        requester_id = d.pop("requester_id")

        branch_id = d.pop("branch_id")

        branch_name = d.pop("branch_name")

        commit_sha = d.pop("commit_sha")

        created_at = Timestamp.from_dict(d.pop("created_at"))

        triggered_by = TroubleshootWorkflowInfoTriggeredBy(d.pop("triggered_by"))

        rerun_of = d.pop("rerun_of")

        repository_id = d.pop("repository_id")

        project_id = d.pop("project_id", UNSET)

        troubleshoot_workflow_info = cls(
            wf_id=wf_id,
            initial_ppl_id=initial_ppl_id,
            hook_id=hook_id,
            requester_id=requester_id,
            branch_id=branch_id,
            branch_name=branch_name,
            commit_sha=commit_sha,
            created_at=created_at,
            triggered_by=triggered_by,
            rerun_of=rerun_of,
            repository_id=repository_id,
            project_id=project_id,
        )

        troubleshoot_workflow_info.additional_properties = d
        return troubleshoot_workflow_info

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
