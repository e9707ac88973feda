from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleResponse")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset({})
_KNOWN: frozenset[str] = frozenset(
    {
        "wf_id",
        "ppl_id",
        "hook_id",
    }
)


@lazy_fields(
    converted=(),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class ScheduleResponse:
    wf_id: UUID | Unset = UNSET
    ppl_id: UUID | Unset = UNSET
    hook_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wf_id: str | Unset = UNSET
        if not isinstance(self.wf_id, Unset):
            wf_id = str(self.wf_id)

        ppl_id: str | Unset = UNSET
        if not isinstance(self.ppl_id, Unset):
            ppl_id = str(self.ppl_id)

        hook_id: str | Unset = UNSET
        if not isinstance(self.hook_id, Unset):
            hook_id = str(self.hook_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wf_id is not UNSET:
            field_dict["wf_id"] = wf_id
        if ppl_id is not UNSET:
            field_dict["ppl_id"] = ppl_id
        if hook_id is not UNSET:
            field_dict["hook_id"] = hook_id

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
    def _decode_wf_id(d: Mapping[str, Any]) -> UUID | Unset:
        _wf_id = d.get("wf_id", UNSET)
        wf_id: UUID | Unset
        if isinstance(_wf_id, Unset):
            wf_id = UNSET
        else:
            wf_id = UUID(_wf_id)

        return wf_id

    @staticmethod
    def _decode_ppl_id(d: Mapping[str, Any]) -> UUID | Unset:
        _ppl_id = d.get("ppl_id", UNSET)
        ppl_id: UUID | Unset
        if isinstance(_ppl_id, Unset):
            ppl_id = UNSET
        else:
            ppl_id = UUID(_ppl_id)

        return ppl_id

    @staticmethod
    def _decode_hook_id(d: Mapping[str, Any]) -> UUID | Unset:
        _hook_id = d.get("hook_id", UNSET)
        hook_id: UUID | Unset
        if isinstance(_hook_id, Unset):
            hook_id = UNSET
        else:
            hook_id = UUID(_hook_id)

        return hook_id

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
