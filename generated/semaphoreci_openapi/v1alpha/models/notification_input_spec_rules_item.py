from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_input_spec_rules_item_filter import (
        NotificationInputSpecRulesItemFilter,
    )
    from ..models.notification_input_spec_rules_item_notify import (
        NotificationInputSpecRulesItemNotify,
    )


T = TypeVar("T", bound="NotificationInputSpecRulesItem")


@_attrs_define
class NotificationInputSpecRulesItem:
    name: str | Unset = UNSET
    filter_: NotificationInputSpecRulesItemFilter | Unset = UNSET
    notify: NotificationInputSpecRulesItemNotify | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        notify: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notify, Unset):
            notify = self.notify.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if notify is not UNSET:
            field_dict["notify"] = notify

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_input_spec_rules_item_filter import (
            NotificationInputSpecRulesItemFilter,  # noqa: PLC0415
        )
        from ..models.notification_input_spec_rules_item_notify import (
            NotificationInputSpecRulesItemNotify,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: NotificationInputSpecRulesItemFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = NotificationInputSpecRulesItemFilter.from_dict(_filter_)

        _notify = d.pop("notify", UNSET)
        notify: NotificationInputSpecRulesItemNotify | Unset
        if isinstance(_notify, Unset):
            notify = UNSET
        else:
            notify = NotificationInputSpecRulesItemNotify.from_dict(_notify)

        notification_input_spec_rules_item = cls(
            name=name,
            filter_=filter_,
            notify=notify,
        )

        notification_input_spec_rules_item.additional_properties = d
        return notification_input_spec_rules_item

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
