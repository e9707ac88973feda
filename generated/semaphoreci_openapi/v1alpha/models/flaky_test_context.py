from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.timestamp import Timestamp

T = TypeVar("T", bound="FlakyTestContext")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "context",
        "pass_rate",
        "p95_duration",
        "impact",
        "total_count",
        "disruptions_count",
        "hash",
        "disruption_timestamp",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "context",
        "pass_rate",
        "p95_duration",
        "impact",
        "total_count",
        "disruptions_count",
        "hash",
        "disruption_timestamp",
    }
)


@lazy_fields(
    ("context", "context"),
    converted=(),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class FlakyTestContext:
    """Figures of a flaky test in one context. The service sends each figure as a list over the contexts; a figure missing
    for this context is null.

    """

    context: str
    pass_rate: float | None
    p95_duration: float | None
    impact: float | None
    total_count: int | None
    disruptions_count: int | None
    hash_: None | str
    disruption_timestamp: None | Timestamp
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context = self.context

        pass_rate: float | None
        pass_rate = self.pass_rate

        p95_duration: float | None
        p95_duration = self.p95_duration

        impact: float | None
        impact = self.impact

        total_count: int | None
        total_count = self.total_count

        disruptions_count: int | None
        disruptions_count = self.disruptions_count

        hash_: None | str
        hash_ = self.hash_

        disruption_timestamp: dict[str, Any] | None
        if isinstance(self.disruption_timestamp, Timestamp):
            disruption_timestamp = self.disruption_timestamp.to_dict()

        else:
            disruption_timestamp = self.disruption_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "context": context,
                "pass_rate": pass_rate,
                "p95_duration": p95_duration,
                "impact": impact,
                "total_count": total_count,
                "disruptions_count": disruptions_count,
                "hash": hash_,
                "disruption_timestamp": disruption_timestamp,
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
    def _decode_pass_rate(d: Mapping[str, Any]) -> float | None:
        def _parse_pass_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        pass_rate = _parse_pass_rate(d["pass_rate"])

        return pass_rate

    @staticmethod
    def _decode_p95_duration(d: Mapping[str, Any]) -> float | None:
        def _parse_p95_duration(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        p95_duration = _parse_p95_duration(d["p95_duration"])

        return p95_duration

    @staticmethod
    def _decode_impact(d: Mapping[str, Any]) -> float | None:
        def _parse_impact(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        impact = _parse_impact(d["impact"])

        return impact

    @staticmethod
    def _decode_total_count(d: Mapping[str, Any]) -> int | None:
        def _parse_total_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total_count = _parse_total_count(d["total_count"])

        return total_count

    @staticmethod
    def _decode_disruptions_count(d: Mapping[str, Any]) -> int | None:
        def _parse_disruptions_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        disruptions_count = _parse_disruptions_count(d["disruptions_count"])

        return disruptions_count

    @staticmethod
    def _decode_hash_(d: Mapping[str, Any]) -> None | str:
        def _parse_hash_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hash_ = _parse_hash_(d["hash"])

        return hash_

    @staticmethod
    def _decode_disruption_timestamp(d: Mapping[str, Any]) -> None | Timestamp:
        def _parse_disruption_timestamp(data: object) -> None | Timestamp:
            if data is None:
                return data
            try:
                if not Timestamp.accepts(data):
                    raise TypeError()
                disruption_timestamp_type_0 = Timestamp.from_dict(data)

                return disruption_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Timestamp, data)

        disruption_timestamp = _parse_disruption_timestamp(d["disruption_timestamp"])

        return disruption_timestamp

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
