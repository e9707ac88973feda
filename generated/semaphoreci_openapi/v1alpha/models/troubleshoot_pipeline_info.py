from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list
from ..models.timestamp import Timestamp
from ..models.troubleshoot_pipeline_info_result import TroubleshootPipelineInfoResult
from ..models.troubleshoot_pipeline_info_state import TroubleshootPipelineInfoState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.troubleshoot_block_info import TroubleshootBlockInfo


T = TypeVar("T", bound="TroubleshootPipelineInfo")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "ppl_id",
        "name",
        "created_at",
        "pending_at",
        "queuing_at",
        "running_at",
        "stopping_at",
        "done_at",
        "state",
        "result",
        "result_reason",
        "terminate_request",
        "error_description",
        "switch_id",
        "working_directory",
        "yaml_file_name",
        "terminated_by",
        "queue_id",
        "queue_name",
        "queue_scope",
        "queue_type",
        "promotion_of",
        "partial_rerun_of",
        "partially_rerun_by",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "ppl_id",
        "name",
        "created_at",
        "pending_at",
        "queuing_at",
        "running_at",
        "stopping_at",
        "done_at",
        "state",
        "result",
        "result_reason",
        "terminate_request",
        "error_description",
        "switch_id",
        "working_directory",
        "yaml_file_name",
        "terminated_by",
        "queue_id",
        "queue_name",
        "queue_scope",
        "queue_type",
        "promotion_of",
        "partial_rerun_of",
        "partially_rerun_by",
        "blocks",
    }
)


@lazy_fields(
    ("ppl_id", "ppl_id"),
    ("name", "name"),
    ("result_reason", "result_reason"),
    ("terminate_request", "terminate_request"),
    ("error_description", "error_description"),
    ("switch_id", "switch_id"),
    ("working_directory", "working_directory"),
    ("yaml_file_name", "yaml_file_name"),
    ("terminated_by", "terminated_by"),
    ("queue_id", "queue_id"),
    ("queue_name", "queue_name"),
    ("queue_scope", "queue_scope"),
    ("queue_type", "queue_type"),
    ("promotion_of", "promotion_of"),
    ("partial_rerun_of", "partial_rerun_of"),
    ("partially_rerun_by", "partially_rerun_by"),
    converted=(
        ("created_at", "created_at", Timestamp.from_dict),
        ("pending_at", "pending_at", Timestamp.from_dict),
        ("queuing_at", "queuing_at", Timestamp.from_dict),
        ("running_at", "running_at", Timestamp.from_dict),
        ("stopping_at", "stopping_at", Timestamp.from_dict),
        ("done_at", "done_at", Timestamp.from_dict),
        ("state", "state", TroubleshootPipelineInfoState.from_value),
        ("result", "result", TroubleshootPipelineInfoResult.from_value),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
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
    def _decode_blocks(d: Mapping[str, Any]) -> list[TroubleshootBlockInfo] | Unset:
        from ..models.troubleshoot_block_info import TroubleshootBlockInfo  # noqa: PLC0415

        _blocks = d.get("blocks", UNSET)
        blocks: list[TroubleshootBlockInfo] | Unset = UNSET
        if _blocks is not UNSET:
            blocks = model_list(TroubleshootBlockInfo, _blocks)

        return blocks

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
