from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.service_account import ServiceAccount


T = TypeVar("T", bound="ServiceAccountCreated")


@_attrs_define
class ServiceAccountCreated:
    """The new account and its API token, which is shown only here."""

    service_account: ServiceAccount
    """ A service account. `created_at` and `updated_at` are Unix seconds as JSON integers, or null when the service
    sent no time. """
    api_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_account = self.service_account.to_dict()

        api_token = self.api_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_account": service_account,
                "api_token": api_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_account import ServiceAccount  # noqa: PLC0415

        d = dict(src_dict)
        service_account = ServiceAccount.from_dict(d.pop("service_account"))

        api_token = d.pop("api_token")

        service_account_created = cls(
            service_account=service_account,
            api_token=api_token,
        )

        service_account_created.additional_properties = d
        return service_account_created

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
