from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboard_input_spec_widgets_item_filters import (
        DashboardInputSpecWidgetsItemFilters,
    )


T = TypeVar("T", bound="DashboardInputSpecWidgetsItem")


@_attrs_define
class DashboardInputSpecWidgetsItem:
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    filters: DashboardInputSpecWidgetsItemFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dashboard_input_spec_widgets_item_filters import (
            DashboardInputSpecWidgetsItemFilters,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        _filters = d.pop("filters", UNSET)
        filters: DashboardInputSpecWidgetsItemFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = DashboardInputSpecWidgetsItemFilters.from_dict(_filters)

        dashboard_input_spec_widgets_item = cls(
            name=name,
            type_=type_,
            filters=filters,
        )

        dashboard_input_spec_widgets_item.additional_properties = d
        return dashboard_input_spec_widgets_item

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
