from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dashboard import Dashboard


T = TypeVar("T", bound="DashboardList")


@_attrs_define
class DashboardList:
    dashboards: list[Dashboard]
    next_page_token: str
    """ Pass as `page_token` for the next page; `""` when there is none. """
    total_size: int
    """ A 32-bit count, so a JSON number (not a string like the 64-bit times). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dashboards = []
        for dashboards_item_data in self.dashboards:
            dashboards_item = dashboards_item_data.to_dict()

            dashboards.append(dashboards_item)

        next_page_token = self.next_page_token

        total_size = self.total_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dashboards": dashboards,
                "next_page_token": next_page_token,
                "total_size": total_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dashboard import Dashboard  # noqa: PLC0415

        d = dict(src_dict)
        dashboards = []
        _dashboards = d.pop("dashboards")
        for dashboards_item_data in _dashboards:
            dashboards_item = Dashboard.from_dict(dashboards_item_data)

            dashboards.append(dashboards_item)

        next_page_token = d.pop("next_page_token")

        total_size = d.pop("total_size")

        dashboard_list = cls(
            dashboards=dashboards,
            next_page_token=next_page_token,
            total_size=total_size,
        )

        dashboard_list.additional_properties = d
        return dashboard_list

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
