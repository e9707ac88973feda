from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.timestamp import Timestamp

T = TypeVar("T", bound="ReliabilityMetric")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "all_count",
        "passed_count",
        "failed_count",
        "from_date",
        "to_date",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "all_count",
        "passed_count",
        "failed_count",
        "from_date",
        "to_date",
    }
)


@lazy_fields(
    ("all_count", "all_count"),
    ("passed_count", "passed_count"),
    ("failed_count", "failed_count"),
    converted=(),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class ReliabilityMetric:
    all_count: int
    passed_count: int
    failed_count: int
    from_date: None | Timestamp
    to_date: None | Timestamp
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_count = self.all_count

        passed_count = self.passed_count

        failed_count = self.failed_count

        from_date: dict[str, Any] | None
        if isinstance(self.from_date, Timestamp):
            from_date = self.from_date.to_dict()

        else:
            from_date = self.from_date

        to_date: dict[str, Any] | None
        if isinstance(self.to_date, Timestamp):
            to_date = self.to_date.to_dict()

        else:
            to_date = self.to_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "all_count": all_count,
                "passed_count": passed_count,
                "failed_count": failed_count,
                "from_date": from_date,
                "to_date": to_date,
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
    def _decode_from_date(d: Mapping[str, Any]) -> None | Timestamp:
        def _parse_from_date(data: object) -> None | Timestamp:
            if data is None:
                return data
            try:
                if not Timestamp.accepts(data):
                    raise TypeError()
                from_date_type_0 = Timestamp.from_dict(data)

                return from_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Timestamp, data)

        from_date = _parse_from_date(d["from_date"])

        return from_date

    @staticmethod
    def _decode_to_date(d: Mapping[str, Any]) -> None | Timestamp:
        def _parse_to_date(data: object) -> None | Timestamp:
            if data is None:
                return data
            try:
                if not Timestamp.accepts(data):
                    raise TypeError()
                to_date_type_0 = Timestamp.from_dict(data)

                return to_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Timestamp, data)

        to_date = _parse_to_date(d["to_date"])

        return to_date

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
