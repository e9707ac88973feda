from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowRescheduleResult")


@_attrs_define
class WorkflowRescheduleResult:
    """The new workflow and its initial pipeline."""

    wf_id: str
    """ ID of the new workflow. """
    ppl_id: str
    """ ID of the new workflow's initial pipeline. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wf_id = self.wf_id

        ppl_id = self.ppl_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wf_id": wf_id,
                "ppl_id": ppl_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wf_id = d.pop("wf_id")

        ppl_id = d.pop("ppl_id")

        workflow_reschedule_result = cls(
            wf_id=wf_id,
            ppl_id=ppl_id,
        )

        workflow_reschedule_result.additional_properties = d
        return workflow_reschedule_result

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
