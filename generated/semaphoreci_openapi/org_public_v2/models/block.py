from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list
from ..models.block_result_reason import BlockResultReason
from ..models.block_state import BlockState
from ..models.result import Result
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.block_jobs_item import BlockJobsItem


T = TypeVar("T", bound="Block")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset({})
_KNOWN: frozenset[str] = frozenset(
    {
        "block_id",
        "name",
        "build_req_id",
        "state",
        "result",
        "result_reason",
        "error_description",
        "jobs",
    }
)


@lazy_fields(
    ("name", "name"),
    ("error_description", "error_description"),
    converted=(
        ("state", "state", BlockState.from_value),
        ("result", "result", Result.from_value),
        ("result_reason", "result_reason", BlockResultReason.from_value),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class Block:
    block_id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    build_req_id: UUID | Unset = UNSET
    state: BlockState | Unset = UNSET
    result: Result | Unset = UNSET
    """ Result of a finished pipeline or block. """
    result_reason: BlockResultReason | Unset = UNSET
    error_description: str | Unset = UNSET
    jobs: list[BlockJobsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        block_id: str | Unset = UNSET
        if not isinstance(self.block_id, Unset):
            block_id = str(self.block_id)

        name = self.name

        build_req_id: str | Unset = UNSET
        if not isinstance(self.build_req_id, Unset):
            build_req_id = str(self.build_req_id)

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

        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()

                jobs.append(jobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if block_id is not UNSET:
            field_dict["block_id"] = block_id
        if name is not UNSET:
            field_dict["name"] = name
        if build_req_id is not UNSET:
            field_dict["build_req_id"] = build_req_id
        if state is not UNSET:
            field_dict["state"] = state
        if result is not UNSET:
            field_dict["result"] = result
        if result_reason is not UNSET:
            field_dict["result_reason"] = result_reason
        if error_description is not UNSET:
            field_dict["error_description"] = error_description
        if jobs is not UNSET:
            field_dict["jobs"] = jobs

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
    def _decode_block_id(d: Mapping[str, Any]) -> UUID | Unset:
        _block_id = d.get("block_id", UNSET)
        block_id: UUID | Unset
        if isinstance(_block_id, Unset):
            block_id = UNSET
        else:
            block_id = UUID(_block_id)

        return block_id

    @staticmethod
    def _decode_build_req_id(d: Mapping[str, Any]) -> UUID | Unset:
        _build_req_id = d.get("build_req_id", UNSET)
        build_req_id: UUID | Unset
        if isinstance(_build_req_id, Unset):
            build_req_id = UNSET
        else:
            build_req_id = UUID(_build_req_id)

        return build_req_id

    @staticmethod
    def _decode_jobs(d: Mapping[str, Any]) -> list[BlockJobsItem] | Unset:
        from ..models.block_jobs_item import BlockJobsItem  # noqa: PLC0415

        _jobs = d.get("jobs", UNSET)
        jobs: list[BlockJobsItem] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = model_list(BlockJobsItem, _jobs)

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
