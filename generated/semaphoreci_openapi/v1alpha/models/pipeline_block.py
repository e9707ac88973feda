from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list
from ..models.pipeline_block_result import PipelineBlockResult
from ..models.pipeline_block_result_reason import PipelineBlockResultReason
from ..models.pipeline_block_state import PipelineBlockState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pipeline_block_job import PipelineBlockJob


T = TypeVar("T", bound="PipelineBlock")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "block_id",
        "name",
        "build_req_id",
        "state",
        "error_description",
        "jobs",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "block_id",
        "name",
        "build_req_id",
        "state",
        "error_description",
        "jobs",
        "result",
        "result_reason",
    }
)


@lazy_fields(
    ("block_id", "block_id"),
    ("name", "name"),
    ("build_req_id", "build_req_id"),
    ("error_description", "error_description"),
    converted=(
        ("state", "state", PipelineBlockState.from_value),
        ("result", "result", PipelineBlockResult.from_value),
        ("result_reason", "result_reason", PipelineBlockResultReason.from_value),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class PipelineBlock:
    """One block of a pipeline (describe with `detailed=true`). Block `state`, `result` and `result_reason` are lower-case;
    `result` and `result_reason` are absent until the block is done.

    """

    block_id: str
    name: str
    build_req_id: str
    """ ID of the block's job batch; `""` before its jobs are created. """
    state: PipelineBlockState
    error_description: str
    jobs: list[PipelineBlockJob]
    result: PipelineBlockResult | Unset = UNSET
    """ Present only when `state` is `done`. """
    result_reason: PipelineBlockResultReason | Unset = UNSET
    """ Present only when `state` is `done`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        block_id = self.block_id

        name = self.name

        build_req_id = self.build_req_id

        state = self.state.value

        error_description = self.error_description

        jobs = []
        for jobs_item_data in self.jobs:
            jobs_item = jobs_item_data.to_dict()

            jobs.append(jobs_item)

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        result_reason: str | Unset = UNSET
        if not isinstance(self.result_reason, Unset):
            result_reason = self.result_reason.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "block_id": block_id,
                "name": name,
                "build_req_id": build_req_id,
                "state": state,
                "error_description": error_description,
                "jobs": jobs,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if result_reason is not UNSET:
            field_dict["result_reason"] = result_reason

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
    def _decode_jobs(d: Mapping[str, Any]) -> list[PipelineBlockJob]:
        from ..models.pipeline_block_job import PipelineBlockJob  # noqa: PLC0415

        jobs = model_list(PipelineBlockJob, d["jobs"])

        return jobs

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
