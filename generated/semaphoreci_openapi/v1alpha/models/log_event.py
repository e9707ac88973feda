from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.timestamp import Timestamp
from ..types import UNSET, Unset

T = TypeVar("T", bound="LogEvent")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "event",
        "timestamp",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "event",
        "timestamp",
        "directive",
        "output",
        "exit_code",
        "started_at",
        "finished_at",
        "result",
    }
)


@lazy_fields(
    ("event", "event"),
    ("directive", "directive"),
    ("output", "output"),
    ("exit_code", "exit_code"),
    ("result", "result"),
    converted=(
        ("timestamp", "timestamp", Timestamp.from_dict),
        ("started_at", "started_at", Timestamp.from_dict),
        ("finished_at", "finished_at", Timestamp.from_dict),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class LogEvent:
    """One log event. Every event has `event` and `timestamp`; the other fields depend on the kind: `cmd_started` has
    `directive`, `cmd_output` has `output`, `cmd_finished` has `directive`, `exit_code`, `started_at` and `finished_at`,
    `job_finished` has `result`.

    """

    event: str
    """ `job_started`, `cmd_started`, `cmd_output`, `cmd_finished` or `job_finished`. """
    timestamp: Timestamp
    """ A point in time in any of the encodings the servers use. """
    directive: str | Unset = UNSET
    """ The command. """
    output: str | Unset = UNSET
    """ A chunk of the command's output. """
    exit_code: int | Unset = UNSET
    started_at: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    finished_at: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    result: str | Unset = UNSET
    """ Result of the job (`passed`, `failed`, `stopped`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        timestamp = self.timestamp.to_dict()

        directive = self.directive

        output = self.output

        exit_code = self.exit_code

        started_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.to_dict()

        finished_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.finished_at, Unset):
            finished_at = self.finished_at.to_dict()

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "timestamp": timestamp,
            }
        )
        if directive is not UNSET:
            field_dict["directive"] = directive
        if output is not UNSET:
            field_dict["output"] = output
        if exit_code is not UNSET:
            field_dict["exit_code"] = exit_code
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if result is not UNSET:
            field_dict["result"] = result

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
