from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.disable_agents_form_only_idle import DisableAgentsFormOnlyIdle
from ..types import UNSET, Unset

T = TypeVar("T", bound="DisableAgentsForm")


@_attrs_define
class DisableAgentsForm:
    only_idle: DisableAgentsFormOnlyIdle | Unset = DisableAgentsFormOnlyIdle.TRUE
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        only_idle: str | Unset = UNSET
        if not isinstance(self.only_idle, Unset):
            only_idle = self.only_idle.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if only_idle is not UNSET:
            field_dict["only_idle"] = only_idle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _only_idle = d.pop("only_idle", UNSET)
        only_idle: DisableAgentsFormOnlyIdle | Unset
        if isinstance(_only_idle, Unset):
            only_idle = UNSET
        else:
            only_idle = DisableAgentsFormOnlyIdle(_only_idle)

        disable_agents_form = cls(
            only_idle=only_idle,
        )

        disable_agents_form.additional_properties = d
        return disable_agents_form

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
