from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.target_input_deployment_target import TargetInputDeploymentTarget


T = TypeVar("T", bound="TargetInput")


@_attrs_define
class TargetInput:
    """What create and update take: the target (`metadata` is read-only and ignored) and an idempotency token."""

    unique_token: str
    """ Idempotency token chosen by the caller: of several requests with the same token only the first is carried
    out, and the others are answered 200 as if they had been. """
    deployment_target: TargetInputDeploymentTarget
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unique_token = self.unique_token

        deployment_target = self.deployment_target.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unique_token": unique_token,
                "deployment_target": deployment_target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.target_input_deployment_target import TargetInputDeploymentTarget  # noqa: PLC0415

        d = dict(src_dict)
        unique_token = d.pop("unique_token")

        deployment_target = TargetInputDeploymentTarget.from_dict(d.pop("deployment_target"))

        target_input = cls(
            unique_token=unique_token,
            deployment_target=deployment_target,
        )

        target_input.additional_properties = d
        return target_input

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
