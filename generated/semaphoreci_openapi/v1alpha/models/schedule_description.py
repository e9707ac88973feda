from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.schedule import Schedule
    from ..models.schedule_trigger import ScheduleTrigger


T = TypeVar("T", bound="ScheduleDescription")


@_attrs_define
class ScheduleDescription:
    schedule: Schedule
    """ A schedule. `branch` is the short branch name when the stored reference is a branch (`refs/heads/...`);
    newer servers also send the full `reference`. """
    triggers: list[ScheduleTrigger]
    """ The latest runs, newest first. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule = self.schedule.to_dict()

        triggers = []
        for triggers_item_data in self.triggers:
            triggers_item = triggers_item_data.to_dict()

            triggers.append(triggers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedule": schedule,
                "triggers": triggers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schedule import Schedule  # noqa: PLC0415
        from ..models.schedule_trigger import ScheduleTrigger  # noqa: PLC0415

        d = dict(src_dict)
        schedule = Schedule.from_dict(d.pop("schedule"))

        triggers = []
        _triggers = d.pop("triggers")
        for triggers_item_data in _triggers:
            triggers_item = ScheduleTrigger.from_dict(triggers_item_data)

            triggers.append(triggers_item)

        schedule_description = cls(
            schedule=schedule,
            triggers=triggers,
        )

        schedule_description.additional_properties = d
        return schedule_description

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
