from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.promotion_trigger_form_override import PromotionTriggerFormOverride
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionTriggerForm")


@_attrs_define
class PromotionTriggerForm:
    """The same fields, form-encoded (the docs' curl example)."""

    pipeline_id: str
    name: str
    override: PromotionTriggerFormOverride | Unset = UNSET
    request_token: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pipeline_id = self.pipeline_id

        name = self.name

        override: str | Unset = UNSET
        if not isinstance(self.override, Unset):
            override = self.override.value

        request_token = self.request_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pipeline_id": pipeline_id,
                "name": name,
            }
        )
        if override is not UNSET:
            field_dict["override"] = override
        if request_token is not UNSET:
            field_dict["request_token"] = request_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pipeline_id = d.pop("pipeline_id")

        name = d.pop("name")

        _override = d.pop("override", UNSET)
        override: PromotionTriggerFormOverride | Unset
        if isinstance(_override, Unset):
            override = UNSET
        else:
            override = PromotionTriggerFormOverride(_override)

        request_token = d.pop("request_token", UNSET)

        promotion_trigger_form = cls(
            pipeline_id=pipeline_id,
            name=name,
            override=override,
            request_token=request_token,
        )

        promotion_trigger_form.additional_properties = d
        return promotion_trigger_form

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
