from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.service_account import ServiceAccount


T = TypeVar("T", bound="ServiceAccountList")


@_attrs_define
class ServiceAccountList:
    """One page of service accounts; `next_page_token` is `""` on the last page."""

    service_accounts: list[ServiceAccount]
    next_page_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_accounts = []
        for service_accounts_item_data in self.service_accounts:
            service_accounts_item = service_accounts_item_data.to_dict()

            service_accounts.append(service_accounts_item)

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_accounts": service_accounts,
                "next_page_token": next_page_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_account import ServiceAccount  # noqa: PLC0415

        d = dict(src_dict)
        service_accounts = []
        _service_accounts = d.pop("service_accounts")
        for service_accounts_item_data in _service_accounts:
            service_accounts_item = ServiceAccount.from_dict(service_accounts_item_data)

            service_accounts.append(service_accounts_item)

        next_page_token = d.pop("next_page_token")

        service_account_list = cls(
            service_accounts=service_accounts,
            next_page_token=next_page_token,
        )

        service_account_list.additional_properties = d
        return service_account_list

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
