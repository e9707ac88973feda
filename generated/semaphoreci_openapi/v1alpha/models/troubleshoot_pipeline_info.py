from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.troubleshoot_pipeline_info_result import TroubleshootPipelineInfoResult
from ..models.troubleshoot_pipeline_info_state import TroubleshootPipelineInfoState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timestamp import Timestamp
    from ..models.troubleshoot_block_info import TroubleshootBlockInfo


T = TypeVar("T", bound="TroubleshootPipelineInfo")


@_attrs_define
class TroubleshootPipelineInfo:
    ppl_id: str
    name: str
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
    state: TroubleshootPipelineInfoState
    result: TroubleshootPipelineInfoResult
    """ `passed`, `stopped`, `canceled` or `failed`; `""` until the pipeline is done. """
    result_reason: str
    """ Why the pipeline ended so (lower-case, e.g. `test`); `""` until it is done. """
    terminate_request: str
    error_description: str
    switch_id: str
    working_directory: str
    yaml_file_name: str
    terminated_by: str
    queue_id: str
    queue_name: str
    queue_scope: str
    queue_type: int
    """ 0 for the implicit queue, 1 for a user-defined one. """
    promotion_of: str
    partial_rerun_of: str
    partially_rerun_by: str
    blocks: list[TroubleshootBlockInfo] | Unset = UNSET
    """ Sent in the pipeline summary only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ppl_id = self.ppl_id

        name = self.name

        created_at = self.created_at.to_dict()

        pending_at = self.pending_at.to_dict()

        queuing_at = self.queuing_at.to_dict()

        running_at = self.running_at.to_dict()

        stopping_at = self.stopping_at.to_dict()

        done_at = self.done_at.to_dict()

        state = self.state.value

        result = self.result.value

        result_reason = self.result_reason

        terminate_request = self.terminate_request

        error_description = self.error_description

        switch_id = self.switch_id

        working_directory = self.working_directory

        yaml_file_name = self.yaml_file_name

        terminated_by = self.terminated_by

        queue_id = self.queue_id

        queue_name = self.queue_name

        queue_scope = self.queue_scope

        queue_type = self.queue_type

        promotion_of = self.promotion_of

        partial_rerun_of = self.partial_rerun_of

        partially_rerun_by = self.partially_rerun_by

        blocks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.blocks, Unset):
            blocks = []
            for blocks_item_data in self.blocks:
                blocks_item = blocks_item_data.to_dict()

                blocks.append(blocks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ppl_id": ppl_id,
                "name": name,
                "created_at": created_at,
                "pending_at": pending_at,
                "queuing_at": queuing_at,
                "running_at": running_at,
                "stopping_at": stopping_at,
                "done_at": done_at,
                "state": state,
                "result": result,
                "result_reason": result_reason,
                "terminate_request": terminate_request,
                "error_description": error_description,
                "switch_id": switch_id,
                "working_directory": working_directory,
                "yaml_file_name": yaml_file_name,
                "terminated_by": terminated_by,
                "queue_id": queue_id,
                "queue_name": queue_name,
                "queue_scope": queue_scope,
                "queue_type": queue_type,
                "promotion_of": promotion_of,
                "partial_rerun_of": partial_rerun_of,
                "partially_rerun_by": partially_rerun_by,
            }
        )
        if blocks is not UNSET:
            field_dict["blocks"] = blocks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timestamp import Timestamp  # noqa: PLC0415
        from ..models.troubleshoot_block_info import TroubleshootBlockInfo  # noqa: PLC0415

        d = dict(src_dict)
        ppl_id = d.pop("ppl_id")

        name = d.pop("name")

        created_at = Timestamp.from_dict(d.pop("created_at"))

        pending_at = Timestamp.from_dict(d.pop("pending_at"))

        queuing_at = Timestamp.from_dict(d.pop("queuing_at"))

        running_at = Timestamp.from_dict(d.pop("running_at"))

        stopping_at = Timestamp.from_dict(d.pop("stopping_at"))

        done_at = Timestamp.from_dict(d.pop("done_at"))

        state = TroubleshootPipelineInfoState(d.pop("state"))

        result = TroubleshootPipelineInfoResult(d.pop("result"))

        result_reason = d.pop("result_reason")

        terminate_request = d.pop("terminate_request")

        error_description = d.pop("error_description")

        switch_id = d.pop("switch_id")

        working_directory = d.pop("working_directory")

        yaml_file_name = d.pop("yaml_file_name")

        terminated_by = d.pop("terminated_by")

        queue_id = d.pop("queue_id")

        queue_name = d.pop("queue_name")

        queue_scope = d.pop("queue_scope")

        queue_type = d.pop("queue_type")

        promotion_of = d.pop("promotion_of")

        partial_rerun_of = d.pop("partial_rerun_of")

        partially_rerun_by = d.pop("partially_rerun_by")

        _blocks = d.pop("blocks", UNSET)
        blocks: list[TroubleshootBlockInfo] | Unset = UNSET
        if _blocks is not UNSET:
            blocks = []
            for blocks_item_data in _blocks:
                blocks_item = TroubleshootBlockInfo.from_dict(blocks_item_data)

                blocks.append(blocks_item)

        troubleshoot_pipeline_info = cls(
            ppl_id=ppl_id,
            name=name,
            created_at=created_at,
            pending_at=pending_at,
            queuing_at=queuing_at,
            running_at=running_at,
            stopping_at=stopping_at,
            done_at=done_at,
            state=state,
            result=result,
            result_reason=result_reason,
            terminate_request=terminate_request,
            error_description=error_description,
            switch_id=switch_id,
            working_directory=working_directory,
            yaml_file_name=yaml_file_name,
            terminated_by=terminated_by,
            queue_id=queue_id,
            queue_name=queue_name,
            queue_scope=queue_scope,
            queue_type=queue_type,
            promotion_of=promotion_of,
            partial_rerun_of=partial_rerun_of,
            partially_rerun_by=partially_rerun_by,
            blocks=blocks,
        )

        troubleshoot_pipeline_info.additional_properties = d
        return troubleshoot_pipeline_info

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
