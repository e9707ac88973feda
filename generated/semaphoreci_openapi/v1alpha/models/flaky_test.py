from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list
from ..models.timestamp import Timestamp

if TYPE_CHECKING:
    from ..models.disruption_day import DisruptionDay


T = TypeVar("T", bound="FlakyTest")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "test_id",
        "test_name",
        "test_group",
        "test_runner",
        "test_file",
        "test_suite",
        "pass_rate",
        "labels",
        "disruptions_count",
        "latest_disruption_hash",
        "latest_disruption_run_id",
        "resolved",
        "scheduled",
        "ticket_url",
        "age",
        "latest_disruption_at",
        "first_disruption_at",
        "disruption_history",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "test_id",
        "test_name",
        "test_group",
        "test_runner",
        "test_file",
        "test_suite",
        "pass_rate",
        "labels",
        "disruptions_count",
        "latest_disruption_hash",
        "latest_disruption_run_id",
        "resolved",
        "scheduled",
        "ticket_url",
        "age",
        "latest_disruption_at",
        "first_disruption_at",
        "disruption_history",
    }
)


@lazy_fields(
    ("test_id", "test_id"),
    ("test_name", "test_name"),
    ("test_group", "test_group"),
    ("test_runner", "test_runner"),
    ("test_file", "test_file"),
    ("test_suite", "test_suite"),
    ("pass_rate", "pass_rate"),
    ("disruptions_count", "disruptions_count"),
    ("latest_disruption_hash", "latest_disruption_hash"),
    ("latest_disruption_run_id", "latest_disruption_run_id"),
    ("resolved", "resolved"),
    ("scheduled", "scheduled"),
    ("ticket_url", "ticket_url"),
    ("age", "age"),
    converted=(),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
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
        """A model of the received JSON object `src_dict`: a `KeyError` now if a required
        key is missing; each field is decoded from `src_dict` when first read
        (`ModelDecodeError` if it does not fit the spec). `src_dict` is kept, not copied:
        do not change it afterwards (pass a `copy.deepcopy` if you must)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(cls, src_dict)
        if not src_dict.keys() >= _REQUIRED:
            raise missing_keys(cls, src_dict, _REQUIRED)
        model = cls.__new__(cls)
        _setattr(model, RAW, src_dict)  # past the models' __setattr__ (decoding.py)
        return model

    @staticmethod
    def _decode_labels(d: Mapping[str, Any]) -> list[str]:
        labels = cast(list[str], d["labels"])

        return labels

    @staticmethod
    def _decode_latest_disruption_at(d: Mapping[str, Any]) -> None | Timestamp:
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

        latest_disruption_at = _parse_latest_disruption_at(d["latest_disruption_at"])

        return latest_disruption_at

    @staticmethod
    def _decode_first_disruption_at(d: Mapping[str, Any]) -> None | Timestamp:
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

        first_disruption_at = _parse_first_disruption_at(d["first_disruption_at"])

        return first_disruption_at

    @staticmethod
    def _decode_disruption_history(d: Mapping[str, Any]) -> list[DisruptionDay]:
        from ..models.disruption_day import DisruptionDay  # noqa: PLC0415

        disruption_history = model_list(DisruptionDay, d["disruption_history"])

        return disruption_history

    @staticmethod
    def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in d.items() if key not in _KNOWN}

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
