from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.deployment import Deployment


T = TypeVar("T", bound="DeploymentHistory")


@_attrs_define
class DeploymentHistory:
    """At most 10 deployments and the cursors to the neighbouring pages."""

    deployments: list[Deployment]
    cursor_before: int
    """ Pass with `cursor_type=BEFORE` as `cursor_value` for older deployments; 0 when there are none. """
    cursor_after: int
    """ Pass with `cursor_type=AFTER` as `cursor_value` for newer deployments; 0 when there are none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployments = []
        for deployments_item_data in self.deployments:
            deployments_item = deployments_item_data.to_dict()

            deployments.append(deployments_item)

        cursor_before = self.cursor_before

        cursor_after = self.cursor_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deployments": deployments,
                "cursor_before": cursor_before,
                "cursor_after": cursor_after,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment import Deployment  # noqa: PLC0415

        d = dict(src_dict)
        deployments = []
        _deployments = d.pop("deployments")
        for deployments_item_data in _deployments:
            deployments_item = Deployment.from_dict(deployments_item_data)

            deployments.append(deployments_item)

        cursor_before = d.pop("cursor_before")

        cursor_after = d.pop("cursor_after")

        deployment_history = cls(
            deployments=deployments,
            cursor_before=cursor_before,
            cursor_after=cursor_after,
        )

        deployment_history.additional_properties = d
        return deployment_history

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
