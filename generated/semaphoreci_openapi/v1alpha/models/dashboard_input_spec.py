from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboard_input_spec_widgets_item import DashboardInputSpecWidgetsItem


T = TypeVar("T", bound="DashboardInputSpec")


@_attrs_define
class DashboardInputSpec:
    widgets: list[DashboardInputSpecWidgetsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        widgets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.widgets, Unset):
            widgets = []
            for widgets_item_data in self.widgets:
                widgets_item = widgets_item_data.to_dict()

                widgets.append(widgets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if widgets is not UNSET:
            field_dict["widgets"] = widgets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dashboard_input_spec_widgets_item import DashboardInputSpecWidgetsItem  # noqa: PLC0415

        d = dict(src_dict)
        _widgets = d.pop("widgets", UNSET)
        widgets: list[DashboardInputSpecWidgetsItem] | Unset = UNSET
        if _widgets is not UNSET:
            widgets = []
            for widgets_item_data in _widgets:
                widgets_item = DashboardInputSpecWidgetsItem.from_dict(widgets_item_data)

                widgets.append(widgets_item)

        dashboard_input_spec = cls(
            widgets=widgets,
        )

        dashboard_input_spec.additional_properties = d
        return dashboard_input_spec

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
