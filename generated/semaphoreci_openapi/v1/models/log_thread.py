from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.log_command import LogCommand


T = TypeVar("T", bound="LogThread")


@_attrs_define
class LogThread:
    """One parallel thread (job) of a build or deploy and the commands it ran."""

    number: int
    """ Position of the thread, starting at 1. """
    commands: list[LogCommand]
    """ The commands the thread ran, in order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        commands = []
        for commands_item_data in self.commands:
            commands_item = commands_item_data.to_dict()

            commands.append(commands_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "commands": commands,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.log_command import LogCommand  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        commands = []
        _commands = d.pop("commands")
        for commands_item_data in _commands:
            commands_item = LogCommand.from_dict(commands_item_data)

            commands.append(commands_item)

        log_thread = cls(
            number=number,
            commands=commands,
        )

        log_thread.additional_properties = d
        return log_thread

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
