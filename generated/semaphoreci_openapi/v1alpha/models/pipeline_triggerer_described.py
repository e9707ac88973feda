from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pipeline_triggerer_described_ppl_triggered_by import (
    PipelineTriggererDescribedPplTriggeredBy,
)
from ..models.pipeline_triggerer_described_wf_triggered_by import (
    PipelineTriggererDescribedWfTriggeredBy,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PipelineTriggererDescribed")


@_attrs_define
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
        d = dict(src_dict)
        _wf_triggered_by = d.pop("wf_triggered_by", UNSET)
        wf_triggered_by: PipelineTriggererDescribedWfTriggeredBy | Unset
        if isinstance(_wf_triggered_by, Unset):
            wf_triggered_by = UNSET
        else:
            wf_triggered_by = PipelineTriggererDescribedWfTriggeredBy(_wf_triggered_by)

        wf_triggerer_id = d.pop("wf_triggerer_id", UNSET)

        wf_triggerer_user_id = d.pop("wf_triggerer_user_id", UNSET)

        wf_triggerer_provider_login = d.pop("wf_triggerer_provider_login", UNSET)

        wf_triggerer_provider_uid = d.pop("wf_triggerer_provider_uid", UNSET)

        wf_triggerer_provider_avatar = d.pop("wf_triggerer_provider_avatar", UNSET)

        _ppl_triggered_by = d.pop("ppl_triggered_by", UNSET)
        ppl_triggered_by: PipelineTriggererDescribedPplTriggeredBy | Unset
        if isinstance(_ppl_triggered_by, Unset):
            ppl_triggered_by = UNSET
        else:
            ppl_triggered_by = PipelineTriggererDescribedPplTriggeredBy(_ppl_triggered_by)

        ppl_triggerer_id = d.pop("ppl_triggerer_id", UNSET)

        ppl_triggerer_user_id = d.pop("ppl_triggerer_user_id", UNSET)

        workflow_rerun_of = d.pop("workflow_rerun_of", UNSET)

        pipeline_triggerer_described = cls(
            wf_triggered_by=wf_triggered_by,
            wf_triggerer_id=wf_triggerer_id,
            wf_triggerer_user_id=wf_triggerer_user_id,
            wf_triggerer_provider_login=wf_triggerer_provider_login,
            wf_triggerer_provider_uid=wf_triggerer_provider_uid,
            wf_triggerer_provider_avatar=wf_triggerer_provider_avatar,
            ppl_triggered_by=ppl_triggered_by,
            ppl_triggerer_id=ppl_triggerer_id,
            ppl_triggerer_user_id=ppl_triggerer_user_id,
            workflow_rerun_of=workflow_rerun_of,
        )

        pipeline_triggerer_described.additional_properties = d
        return pipeline_triggerer_described

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
