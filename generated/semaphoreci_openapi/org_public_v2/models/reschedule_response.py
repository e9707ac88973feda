from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RescheduleResponse")


@_attrs_define
class RescheduleResponse:
    wf_id: UUID | Unset = UNSET
    ppl_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wf_id: str | Unset = UNSET
        if not isinstance(self.wf_id, Unset):
            wf_id = str(self.wf_id)

        ppl_id: str | Unset = UNSET
        if not isinstance(self.ppl_id, Unset):
            ppl_id = str(self.ppl_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wf_id is not UNSET:
            field_dict["wf_id"] = wf_id
        if ppl_id is not UNSET:
            field_dict["ppl_id"] = ppl_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _wf_id = d.pop("wf_id", UNSET)
        wf_id: UUID | Unset
        if isinstance(_wf_id, Unset):
            wf_id = UNSET
        else:
            wf_id = UUID(_wf_id)

        _ppl_id = d.pop("ppl_id", UNSET)
        ppl_id: UUID | Unset
        if isinstance(_ppl_id, Unset):
            ppl_id = UNSET
        else:
            ppl_id = UUID(_ppl_id)

        reschedule_response = cls(
            wf_id=wf_id,
            ppl_id=ppl_id,
        )

        reschedule_response.additional_properties = d
        return reschedule_response

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
