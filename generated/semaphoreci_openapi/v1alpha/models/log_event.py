from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="LogEvent")


@_attrs_define
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
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        event = d.pop("event")

        timestamp = Timestamp.from_dict(d.pop("timestamp"))

        directive = d.pop("directive", UNSET)

        output = d.pop("output", UNSET)

        exit_code = d.pop("exit_code", UNSET)

        _started_at = d.pop("started_at", UNSET)
        started_at: Timestamp | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = Timestamp.from_dict(_started_at)

        _finished_at = d.pop("finished_at", UNSET)
        finished_at: Timestamp | Unset
        if isinstance(_finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = Timestamp.from_dict(_finished_at)

        result = d.pop("result", UNSET)

        log_event = cls(
            event=event,
            timestamp=timestamp,
            directive=directive,
            output=output,
            exit_code=exit_code,
            started_at=started_at,
            finished_at=finished_at,
            result=result,
        )

        log_event.additional_properties = d
        return log_event

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
