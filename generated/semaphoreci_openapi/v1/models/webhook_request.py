from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hook_type import HookType

T = TypeVar("T", bound="WebhookRequest")


@_attrs_define
class WebhookRequest:
    """The fields of a webhook to create, or the new fields of one to update."""

    url: str
    """ The URL Semaphore should post to. """
    hook_type: HookType
    """ When Semaphore calls the webhook: after every build (`post_build`), after every deploy (`post_deploy`) or
    after both (`all`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        hook_type = self.hook_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "hook_type": hook_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        hook_type = HookType(d.pop("hook_type"))

        webhook_request = cls(
            url=url,
            hook_type=hook_type,
        )

        webhook_request.additional_properties = d
        return webhook_request

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
