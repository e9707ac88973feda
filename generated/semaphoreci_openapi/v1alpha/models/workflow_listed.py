from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_listed_triggered_by import WorkflowListedTriggeredBy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="WorkflowListed")


@_attrs_define
class WorkflowListed:
    """A workflow as the list endpoint sends it: the raw workflow record, so `triggered_by` is the protobuf enum *number*
    and `created_at` a `{seconds, nanos}` object. Fields that are not set are `""`. Current servers send every field of
    the record, `triggered_by`, `rerun_of`, `repository_id` and `organization_id` included; they are optional here
    because the documented example lacks them.

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
    """ Branch name, or a tag/pull-request label such as `pull-request-12`. """
    commit_sha: str
    created_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    triggered_by: WorkflowListedTriggeredBy | Unset = UNSET
    """ What started the workflow, as the enum number: 0 = HOOK (repository event), 1 = SCHEDULE (scheduler/task), 2
    = API, 3 = MANUAL_RUN. Not in the docs; the describe endpoint sends the same value as an upper-case name. """
    rerun_of: str | Unset = UNSET
    """ ID of the workflow this one re-runs; `""` when it is not a re-run. Not in the docs. """
    repository_id: str | Unset = UNSET
    """ ID of the project's repository. Not in the docs. """
    organization_id: str | Unset = UNSET
    """ ID of the organization. Not in the docs. """
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

        triggered_by: int | Unset = UNSET
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
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        wf_id = d.pop("wf_id")

        initial_ppl_id = d.pop("initial_ppl_id")

        project_id = d.pop("project_id")

        hook_id = d.pop("hook_id")

        requester_id = d.pop("requester_id")

        branch_id = d.pop("branch_id")

        branch_name = d.pop("branch_name")

        commit_sha = d.pop("commit_sha")

        created_at = Timestamp.from_dict(d.pop("created_at"))

        _triggered_by = d.pop("triggered_by", UNSET)
        triggered_by: WorkflowListedTriggeredBy | Unset
        if isinstance(_triggered_by, Unset):
            triggered_by = UNSET
        else:
            triggered_by = WorkflowListedTriggeredBy(_triggered_by)

        rerun_of = d.pop("rerun_of", UNSET)

        repository_id = d.pop("repository_id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        workflow_listed = cls(
            wf_id=wf_id,
            initial_ppl_id=initial_ppl_id,
            project_id=project_id,
            hook_id=hook_id,
            requester_id=requester_id,
            branch_id=branch_id,
            branch_name=branch_name,
            commit_sha=commit_sha,
            created_at=created_at,
            triggered_by=triggered_by,
            rerun_of=rerun_of,
            repository_id=repository_id,
            organization_id=organization_id,
        )

        workflow_listed.additional_properties = d
        return workflow_listed

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
