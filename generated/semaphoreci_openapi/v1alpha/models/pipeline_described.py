from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list
from ..models.pipeline_described_result import PipelineDescribedResult
from ..models.pipeline_described_result_reason import PipelineDescribedResultReason
from ..models.pipeline_described_state import PipelineDescribedState
from ..models.timestamp import Timestamp
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.name_value import NameValue
    from ..models.pipeline_queue_described import PipelineQueueDescribed
    from ..models.pipeline_triggerer_described import PipelineTriggererDescribed


T = TypeVar("T", bound="PipelineDescribed")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "ppl_id",
        "name",
        "project_id",
        "branch_name",
        "commit_sha",
        "created_at",
        "pending_at",
        "queuing_at",
        "running_at",
        "stopping_at",
        "done_at",
        "state",
        "terminate_request",
        "hook_id",
        "branch_id",
        "error_description",
        "switch_id",
        "working_directory",
        "yaml_file_name",
        "terminated_by",
        "wf_id",
        "snapshot_id",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "ppl_id",
        "name",
        "project_id",
        "branch_name",
        "commit_sha",
        "created_at",
        "pending_at",
        "queuing_at",
        "running_at",
        "stopping_at",
        "done_at",
        "state",
        "terminate_request",
        "hook_id",
        "branch_id",
        "error_description",
        "switch_id",
        "working_directory",
        "yaml_file_name",
        "terminated_by",
        "wf_id",
        "snapshot_id",
        "result",
        "result_reason",
        "queue",
        "promotion_of",
        "partial_rerun_of",
        "commit_message",
        "partially_rerun_by",
        "compile_task_id",
        "with_after_task",
        "after_task_id",
        "repository_id",
        "env_vars",
        "triggerer",
        "organization_id",
    }
)


@lazy_fields(
    ("ppl_id", "ppl_id"),
    ("name", "name"),
    ("project_id", "project_id"),
    ("branch_name", "branch_name"),
    ("commit_sha", "commit_sha"),
    ("terminate_request", "terminate_request"),
    ("hook_id", "hook_id"),
    ("branch_id", "branch_id"),
    ("error_description", "error_description"),
    ("switch_id", "switch_id"),
    ("working_directory", "working_directory"),
    ("yaml_file_name", "yaml_file_name"),
    ("terminated_by", "terminated_by"),
    ("wf_id", "wf_id"),
    ("snapshot_id", "snapshot_id"),
    ("promotion_of", "promotion_of"),
    ("partial_rerun_of", "partial_rerun_of"),
    ("commit_message", "commit_message"),
    ("partially_rerun_by", "partially_rerun_by"),
    ("compile_task_id", "compile_task_id"),
    ("with_after_task", "with_after_task"),
    ("after_task_id", "after_task_id"),
    ("repository_id", "repository_id"),
    ("organization_id", "organization_id"),
    converted=(
        ("created_at", "created_at", Timestamp.from_dict),
        ("pending_at", "pending_at", Timestamp.from_dict),
        ("queuing_at", "queuing_at", Timestamp.from_dict),
        ("running_at", "running_at", Timestamp.from_dict),
        ("stopping_at", "stopping_at", Timestamp.from_dict),
        ("done_at", "done_at", Timestamp.from_dict),
        ("state", "state", PipelineDescribedState.from_value),
        ("result", "result", PipelineDescribedResult.from_value),
        ("result_reason", "result_reason", PipelineDescribedResultReason.from_value),
        ("queue", "queue", "pipeline_queue_described:PipelineQueueDescribed"),
        ("triggerer", "triggerer", "pipeline_triggerer_described:PipelineTriggererDescribed"),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class PipelineDescribed:
    """A pipeline as the describe endpoint sends it. Besides the documented fields the server sends the whole pipeline
    record (queue, triggerer, env_vars, organization_id, commit_message, ...); empty strings stand for unset values.

    """

    ppl_id: str
    """ ID of the pipeline. """
    name: str
    project_id: str
    branch_name: str
    commit_sha: str
    created_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    pending_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    queuing_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    running_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    stopping_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    done_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    state: PipelineDescribedState
    terminate_request: str
    """ The kind of stop request received (e.g. `stop`, `cancel`); `""` when none. """
    hook_id: str
    branch_id: str
    error_description: str
    switch_id: str
    """ ID of the pipeline's promotion switch; `""` when it has no promotions. """
    working_directory: str
    yaml_file_name: str
    terminated_by: str
    """ Who stopped the pipeline (a user ID or a system reason); `""` when not stopped. """
    wf_id: str
    snapshot_id: str
    result: PipelineDescribedResult | Unset = UNSET
    """ Present only when `state` is `done`. """
    result_reason: PipelineDescribedResultReason | Unset = UNSET
    """ Why the pipeline ended with its result. Present only when `state` is `done`. """
    queue: PipelineQueueDescribed | Unset = UNSET
    """ The queue the pipeline ran in (describe encoding, enum as a number). Not in the docs. """
    promotion_of: str | Unset = UNSET
    """ ID of the pipeline this one was promoted from; `""` when not a promotion. Not in the docs. """
    partial_rerun_of: str | Unset = UNSET
    """ ID of the pipeline this one partially re-runs; `""` otherwise. Not in the docs. """
    commit_message: str | Unset = UNSET
    """ Not in the docs. """
    partially_rerun_by: str | Unset = UNSET
    """ Not in the docs. """
    compile_task_id: str | Unset = UNSET
    """ Not in the docs. """
    with_after_task: bool | Unset = UNSET
    """ Whether the pipeline has an after-pipeline task. Not in the docs. """
    after_task_id: str | Unset = UNSET
    """ Not in the docs. """
    repository_id: str | Unset = UNSET
    """ Not in the docs. """
    env_vars: list[NameValue] | Unset = UNSET
    """ Parameters the pipeline was started with (e.g. promotion parameters). Not in the docs. """
    triggerer: PipelineTriggererDescribed | Unset = UNSET
    """ Who and what started the workflow and the pipeline (describe encoding, enums as numbers). Not in the docs.
    """
    organization_id: str | Unset = UNSET
    """ Not in the docs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ppl_id = self.ppl_id

        name = self.name

        project_id = self.project_id

        branch_name = self.branch_name

        commit_sha = self.commit_sha

        created_at = self.created_at.to_dict()

        pending_at = self.pending_at.to_dict()

        queuing_at = self.queuing_at.to_dict()

        running_at = self.running_at.to_dict()

        stopping_at = self.stopping_at.to_dict()

        done_at = self.done_at.to_dict()

        state = self.state.value

        terminate_request = self.terminate_request

        hook_id = self.hook_id

        branch_id = self.branch_id

        error_description = self.error_description

        switch_id = self.switch_id

        working_directory = self.working_directory

        yaml_file_name = self.yaml_file_name

        terminated_by = self.terminated_by

        wf_id = self.wf_id

        snapshot_id = self.snapshot_id

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        result_reason: str | Unset = UNSET
        if not isinstance(self.result_reason, Unset):
            result_reason = self.result_reason.value

        queue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = self.queue.to_dict()

        promotion_of = self.promotion_of

        partial_rerun_of = self.partial_rerun_of

        commit_message = self.commit_message

        partially_rerun_by = self.partially_rerun_by

        compile_task_id = self.compile_task_id

        with_after_task = self.with_after_task

        after_task_id = self.after_task_id

        repository_id = self.repository_id

        env_vars: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.env_vars, Unset):
            env_vars = []
            for env_vars_item_data in self.env_vars:
                env_vars_item = env_vars_item_data.to_dict()

                env_vars.append(env_vars_item)

        triggerer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.triggerer, Unset):
            triggerer = self.triggerer.to_dict()

        organization_id = self.organization_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ppl_id": ppl_id,
                "name": name,
                "project_id": project_id,
                "branch_name": branch_name,
                "commit_sha": commit_sha,
                "created_at": created_at,
                "pending_at": pending_at,
                "queuing_at": queuing_at,
                "running_at": running_at,
                "stopping_at": stopping_at,
                "done_at": done_at,
                "state": state,
                "terminate_request": terminate_request,
                "hook_id": hook_id,
                "branch_id": branch_id,
                "error_description": error_description,
                "switch_id": switch_id,
                "working_directory": working_directory,
                "yaml_file_name": yaml_file_name,
                "terminated_by": terminated_by,
                "wf_id": wf_id,
                "snapshot_id": snapshot_id,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if result_reason is not UNSET:
            field_dict["result_reason"] = result_reason
        if queue is not UNSET:
            field_dict["queue"] = queue
        if promotion_of is not UNSET:
            field_dict["promotion_of"] = promotion_of
        if partial_rerun_of is not UNSET:
            field_dict["partial_rerun_of"] = partial_rerun_of
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if partially_rerun_by is not UNSET:
            field_dict["partially_rerun_by"] = partially_rerun_by
        if compile_task_id is not UNSET:
            field_dict["compile_task_id"] = compile_task_id
        if with_after_task is not UNSET:
            field_dict["with_after_task"] = with_after_task
        if after_task_id is not UNSET:
            field_dict["after_task_id"] = after_task_id
        if repository_id is not UNSET:
            field_dict["repository_id"] = repository_id
        if env_vars is not UNSET:
            field_dict["env_vars"] = env_vars
        if triggerer is not UNSET:
            field_dict["triggerer"] = triggerer
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
    def _decode_env_vars(d: Mapping[str, Any]) -> list[NameValue] | Unset:
        from ..models.name_value import NameValue  # noqa: PLC0415

        _env_vars = d.get("env_vars", UNSET)
        env_vars: list[NameValue] | Unset = UNSET
        if _env_vars is not UNSET:
            env_vars = model_list(NameValue, _env_vars)

        return env_vars

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
