from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="FlakyTestDisruption")


@_attrs_define
class FlakyTestDisruption:
    """One failing run of a flaky test."""

    context: str
    hash_: str
    """ Commit SHA. """
    run_id: str
    timestamp: None | Timestamp
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        context = self.context

        hash_ = self.hash_

        run_id = self.run_id

        timestamp: dict[str, Any] | None
        if isinstance(self.timestamp, Timestamp):
            timestamp = self.timestamp.to_dict()

        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "context": context,
                "hash": hash_,
                "run_id": run_id,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        context = d.pop("context")

        hash_ = d.pop("hash")

        run_id = d.pop("run_id")

        def _parse_timestamp(data: object) -> None | Timestamp:
            if data is None:
                return data
            try:
                if not Timestamp.accepts(data):
                    raise TypeError()
                timestamp_type_0 = Timestamp.from_dict(data)

                return timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Timestamp, data)

        timestamp = _parse_timestamp(d.pop("timestamp"))

        flaky_test_disruption = cls(
            context=context,
            hash_=hash_,
            run_id=run_id,
            timestamp=timestamp,
        )

        flaky_test_disruption.additional_properties = d
        return flaky_test_disruption

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
