from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.disruption_day import DisruptionDay
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="FlakyTest")


@_attrs_define
class FlakyTest:
    """A test that has both passed and failed on the same code."""

    test_id: str
    test_name: str
    test_group: str
    test_runner: str
    test_file: str
    test_suite: str
    pass_rate: int
    """ Share of passing runs, in whole percent. """
    labels: list[str]
    disruptions_count: int
    latest_disruption_hash: str
    """ Commit SHA of the latest disruption. """
    latest_disruption_run_id: str
    """ ID of the run (job) of the latest disruption. """
    resolved: bool
    scheduled: bool
    """ Whether a fix is scheduled. """
    ticket_url: str
    age: int
    """ Days since the first disruption. """
    latest_disruption_at: None | Timestamp
    first_disruption_at: None | Timestamp
    disruption_history: list[DisruptionDay]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        test_id = self.test_id

        test_name = self.test_name

        test_group = self.test_group

        test_runner = self.test_runner

        test_file = self.test_file

        test_suite = self.test_suite

        pass_rate = self.pass_rate

        labels = self.labels

        disruptions_count = self.disruptions_count

        latest_disruption_hash = self.latest_disruption_hash

        latest_disruption_run_id = self.latest_disruption_run_id

        resolved = self.resolved

        scheduled = self.scheduled

        ticket_url = self.ticket_url

        age = self.age

        latest_disruption_at: dict[str, Any] | None
        if isinstance(self.latest_disruption_at, Timestamp):
            latest_disruption_at = self.latest_disruption_at.to_dict()

        else:
            latest_disruption_at = self.latest_disruption_at

        first_disruption_at: dict[str, Any] | None
        if isinstance(self.first_disruption_at, Timestamp):
            first_disruption_at = self.first_disruption_at.to_dict()

        else:
            first_disruption_at = self.first_disruption_at

        disruption_history = []
        for disruption_history_item_data in self.disruption_history:
            disruption_history_item = disruption_history_item_data.to_dict()

            disruption_history.append(disruption_history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_id": test_id,
                "test_name": test_name,
                "test_group": test_group,
                "test_runner": test_runner,
                "test_file": test_file,
                "test_suite": test_suite,
                "pass_rate": pass_rate,
                "labels": labels,
                "disruptions_count": disruptions_count,
                "latest_disruption_hash": latest_disruption_hash,
                "latest_disruption_run_id": latest_disruption_run_id,
                "resolved": resolved,
                "scheduled": scheduled,
                "ticket_url": ticket_url,
                "age": age,
                "latest_disruption_at": latest_disruption_at,
                "first_disruption_at": first_disruption_at,
                "disruption_history": disruption_history,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.disruption_day import DisruptionDay  # noqa: PLC0415
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        test_id = d.pop("test_id")

        test_name = d.pop("test_name")

        test_group = d.pop("test_group")

        test_runner = d.pop("test_runner")

        test_file = d.pop("test_file")

        test_suite = d.pop("test_suite")

        pass_rate = d.pop("pass_rate")

        labels = cast(list[str], d.pop("labels"))

        disruptions_count = d.pop("disruptions_count")

        latest_disruption_hash = d.pop("latest_disruption_hash")

        latest_disruption_run_id = d.pop("latest_disruption_run_id")

        resolved = d.pop("resolved")

        scheduled = d.pop("scheduled")

        ticket_url = d.pop("ticket_url")

        age = d.pop("age")

        def _parse_latest_disruption_at(data: object) -> None | Timestamp:
            if data is None:
                return data
            try:
                if not Timestamp.accepts(data):
                    raise TypeError()
                latest_disruption_at_type_0 = Timestamp.from_dict(data)

                return latest_disruption_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Timestamp, data)

        latest_disruption_at = _parse_latest_disruption_at(d.pop("latest_disruption_at"))

        def _parse_first_disruption_at(data: object) -> None | Timestamp:
            if data is None:
                return data
            try:
                if not Timestamp.accepts(data):
                    raise TypeError()
                first_disruption_at_type_0 = Timestamp.from_dict(data)

                return first_disruption_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Timestamp, data)

        first_disruption_at = _parse_first_disruption_at(d.pop("first_disruption_at"))

        disruption_history = []
        _disruption_history = d.pop("disruption_history")
        for disruption_history_item_data in _disruption_history:
            disruption_history_item = DisruptionDay.from_dict(disruption_history_item_data)

            disruption_history.append(disruption_history_item)

        flaky_test = cls(
            test_id=test_id,
            test_name=test_name,
            test_group=test_group,
            test_runner=test_runner,
            test_file=test_file,
            test_suite=test_suite,
            pass_rate=pass_rate,
            labels=labels,
            disruptions_count=disruptions_count,
            latest_disruption_hash=latest_disruption_hash,
            latest_disruption_run_id=latest_disruption_run_id,
            resolved=resolved,
            scheduled=scheduled,
            ticket_url=ticket_url,
            age=age,
            latest_disruption_at=latest_disruption_at,
            first_disruption_at=first_disruption_at,
            disruption_history=disruption_history,
        )

        flaky_test.additional_properties = d
        return flaky_test

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
