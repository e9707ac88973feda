from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dashboard_spec_widgets_item_type import DashboardSpecWidgetsItemType

if TYPE_CHECKING:
    from ..models.dashboard_spec_widgets_item_filters import DashboardSpecWidgetsItemFilters


T = TypeVar("T", bound="DashboardSpecWidgetsItem")


@_attrs_define
class DashboardSpecWidgetsItem:
    name: str
    type_: DashboardSpecWidgetsItemType
    filters: DashboardSpecWidgetsItemFilters
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "filters": filters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dashboard_spec_widgets_item_filters import DashboardSpecWidgetsItemFilters  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        type_ = DashboardSpecWidgetsItemType(d.pop("type"))

        filters = DashboardSpecWidgetsItemFilters.from_dict(d.pop("filters"))

        dashboard_spec_widgets_item = cls(
            name=name,
            type_=type_,
            filters=filters,
        )

        dashboard_spec_widgets_item.additional_properties = d
        return dashboard_spec_widgets_item

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
