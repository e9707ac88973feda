from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="LogCommand")


@_attrs_define
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
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        result = d.pop("result")

        output = d.pop("output")

        start_time = Timestamp.from_dict(d.pop("start_time"))

        finish_time = Timestamp.from_dict(d.pop("finish_time"))

        duration = d.pop("duration")

        log_command = cls(
            name=name,
            result=result,
            output=output,
            start_time=start_time,
            finish_time=finish_time,
            duration=duration,
        )

        log_command.additional_properties = d
        return log_command

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
