from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.timestamp import Timestamp

T = TypeVar("T", bound="LogCommand")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "name",
        "result",
        "output",
        "start_time",
        "finish_time",
        "duration",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "name",
        "result",
        "output",
        "start_time",
        "finish_time",
        "duration",
    }
)


@lazy_fields(
    ("name", "name"),
    ("result", "result"),
    ("output", "output"),
    ("duration", "duration"),
    converted=(
        ("start_time", "start_time", Timestamp.from_dict),
        ("finish_time", "finish_time", Timestamp.from_dict),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class LogCommand:
    """One command of a thread and its output."""

    name: str
    """ The command line as configured. """
    result: str
    """ The command's exit status as a decimal string, e.g. `"0"`. """
    output: str
    """ The command's output, HTML-escaped (`&gt;` for `>`). It may contain `<span>` markup for terminal colours and
    `\\r\\n` line ends, and a very long output is replaced by an HTML snippet that links to the full log. """
    start_time: Timestamp
    """ A point in time in any of the encodings the servers use. """
    finish_time: Timestamp
    """ A point in time in any of the encodings the servers use. """
    duration: str
    """ How long the command ran, as `mm:ss`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        result = self.result

        output = self.output

        start_time = self.start_time.to_dict()

        finish_time = self.finish_time.to_dict()

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "result": result,
                "output": output,
                "start_time": start_time,
                "finish_time": finish_time,
                "duration": duration,
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
