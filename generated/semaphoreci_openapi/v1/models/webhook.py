from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hook_type import HookType

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A webhook of a project."""

    id: int
    """ Numeric webhook id, the `webhook_id` path parameter. """
    url: str
    """ The URL Semaphore posts to. """
    hook_type: HookType
    """ When Semaphore calls the webhook: after every build (`post_build`), after every deploy (`post_deploy`) or
    after both (`all`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        hook_type = self.hook_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "hook_type": hook_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        hook_type = HookType(d.pop("hook_type"))

        webhook = cls(
            id=id,
            url=url,
            hook_type=hook_type,
        )

        webhook.additional_properties = d
        return webhook

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
