from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.stage_spec_connections_item import StageSpecConnectionsItem
    from ..models.stage_spec_run import StageSpecRun


T = TypeVar("T", bound="StageSpec")


@_attrs_define
class StageSpec:
    connections: list[StageSpecConnectionsItem]
    """ What feeds the stage (sources and other stages, with filters). """
    run: StageSpecRun
    """ What the stage runs (a Semaphore workflow template). """
    approval_required: bool = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approval_required = self.approval_required

        connections = []
        for connections_item_data in self.connections:
            connections_item = connections_item_data.to_dict()

            connections.append(connections_item)

        run = self.run.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approval_required": approval_required,
                "connections": connections,
                "run": run,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stage_spec_connections_item import StageSpecConnectionsItem  # noqa: PLC0415
        from ..models.stage_spec_run import StageSpecRun  # noqa: PLC0415

        d = dict(src_dict)
        approval_required = d.pop("approval_required")

        connections = []
        _connections = d.pop("connections")
        for connections_item_data in _connections:
            connections_item = StageSpecConnectionsItem.from_dict(connections_item_data)

            connections.append(connections_item)

        run = StageSpecRun.from_dict(d.pop("run"))

        stage_spec = cls(
            approval_required=approval_required,
            connections=connections,
            run=run,
        )

        stage_spec.additional_properties = d
        return stage_spec

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
