from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.notification_filter import NotificationFilter
    from ..models.notification_targets import NotificationTargets


T = TypeVar("T", bound="NotificationRule")


@_attrs_define
class NotificationRule:
    name: str
    filter_: NotificationFilter
    """ When the rule fires. Each list holds exact names or `/regex/` patterns; `projects` must not be empty. """
    notify: NotificationTargets
    """ Where the rule sends. All three keys are always present; a target that is not configured is null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        filter_ = self.filter_.to_dict()

        notify = self.notify.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "filter": filter_,
                "notify": notify,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_filter import NotificationFilter  # noqa: PLC0415
        from ..models.notification_targets import NotificationTargets  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        filter_ = NotificationFilter.from_dict(d.pop("filter"))

        notify = NotificationTargets.from_dict(d.pop("notify"))

        notification_rule = cls(
            name=name,
            filter_=filter_,
            notify=notify,
        )

        notification_rule.additional_properties = d
        return notification_rule

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
