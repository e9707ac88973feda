from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.pipeline_triggerer_described_ppl_triggered_by import (
    PipelineTriggererDescribedPplTriggeredBy,
)
from ..models.pipeline_triggerer_described_wf_triggered_by import (
    PipelineTriggererDescribedWfTriggeredBy,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PipelineTriggererDescribed")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset({})
_KNOWN: frozenset[str] = frozenset(
    {
        "wf_triggered_by",
        "wf_triggerer_id",
        "wf_triggerer_user_id",
        "wf_triggerer_provider_login",
        "wf_triggerer_provider_uid",
        "wf_triggerer_provider_avatar",
        "ppl_triggered_by",
        "ppl_triggerer_id",
        "ppl_triggerer_user_id",
        "workflow_rerun_of",
    }
)


@lazy_fields(
    ("wf_triggerer_id", "wf_triggerer_id"),
    ("wf_triggerer_user_id", "wf_triggerer_user_id"),
    ("wf_triggerer_provider_login", "wf_triggerer_provider_login"),
    ("wf_triggerer_provider_uid", "wf_triggerer_provider_uid"),
    ("wf_triggerer_provider_avatar", "wf_triggerer_provider_avatar"),
    ("ppl_triggerer_id", "ppl_triggerer_id"),
    ("ppl_triggerer_user_id", "ppl_triggerer_user_id"),
    ("workflow_rerun_of", "workflow_rerun_of"),
    converted=(
        ("wf_triggered_by", "wf_triggered_by", PipelineTriggererDescribedWfTriggeredBy.from_value),
        (
            "ppl_triggered_by",
            "ppl_triggered_by",
            PipelineTriggererDescribedPplTriggeredBy.from_value,
        ),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class PipelineTriggererDescribed:
    """Who and what started the workflow and the pipeline (describe encoding, enums as numbers). Not in the docs."""

    wf_triggered_by: PipelineTriggererDescribedWfTriggeredBy | Unset = UNSET
    """ 0 = HOOK, 1 = SCHEDULE, 2 = API, 3 = MANUAL_RUN. """
    wf_triggerer_id: str | Unset = UNSET
    wf_triggerer_user_id: str | Unset = UNSET
    wf_triggerer_provider_login: str | Unset = UNSET
    wf_triggerer_provider_uid: str | Unset = UNSET
    wf_triggerer_provider_avatar: str | Unset = UNSET
    ppl_triggered_by: PipelineTriggererDescribedPplTriggeredBy | Unset = UNSET
    """ 0 = WORKFLOW, 1 = PROMOTION, 2 = AUTO_PROMOTION, 3 = PARTIAL_RE_RUN. """
    ppl_triggerer_id: str | Unset = UNSET
    ppl_triggerer_user_id: str | Unset = UNSET
    workflow_rerun_of: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wf_triggered_by: int | Unset = UNSET
        if not isinstance(self.wf_triggered_by, Unset):
            wf_triggered_by = self.wf_triggered_by.value

        wf_triggerer_id = self.wf_triggerer_id

        wf_triggerer_user_id = self.wf_triggerer_user_id

        wf_triggerer_provider_login = self.wf_triggerer_provider_login

        wf_triggerer_provider_uid = self.wf_triggerer_provider_uid

        wf_triggerer_provider_avatar = self.wf_triggerer_provider_avatar

        ppl_triggered_by: int | Unset = UNSET
        if not isinstance(self.ppl_triggered_by, Unset):
            ppl_triggered_by = self.ppl_triggered_by.value

        ppl_triggerer_id = self.ppl_triggerer_id

        ppl_triggerer_user_id = self.ppl_triggerer_user_id

        workflow_rerun_of = self.workflow_rerun_of

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wf_triggered_by is not UNSET:
            field_dict["wf_triggered_by"] = wf_triggered_by
        if wf_triggerer_id is not UNSET:
            field_dict["wf_triggerer_id"] = wf_triggerer_id
        if wf_triggerer_user_id is not UNSET:
            field_dict["wf_triggerer_user_id"] = wf_triggerer_user_id
        if wf_triggerer_provider_login is not UNSET:
            field_dict["wf_triggerer_provider_login"] = wf_triggerer_provider_login
        if wf_triggerer_provider_uid is not UNSET:
            field_dict["wf_triggerer_provider_uid"] = wf_triggerer_provider_uid
        if wf_triggerer_provider_avatar is not UNSET:
            field_dict["wf_triggerer_provider_avatar"] = wf_triggerer_provider_avatar
        if ppl_triggered_by is not UNSET:
            field_dict["ppl_triggered_by"] = ppl_triggered_by
        if ppl_triggerer_id is not UNSET:
            field_dict["ppl_triggerer_id"] = ppl_triggerer_id
        if ppl_triggerer_user_id is not UNSET:
            field_dict["ppl_triggerer_user_id"] = ppl_triggerer_user_id
        if workflow_rerun_of is not UNSET:
            field_dict["workflow_rerun_of"] = workflow_rerun_of

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
