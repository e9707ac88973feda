from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_version import ApiVersion
from ..models.task_input_kind import TaskInputKind

if TYPE_CHECKING:
    from ..models.task_spec import TaskSpec


T = TypeVar("T", bound="TaskInput")


@_attrs_define
class TaskInput:
    """A task as sent to create, replace or change one; `metadata` is read-only and ignored."""

    api_version: ApiVersion
    """ Version of the resource's representation; always `v2`. """
    kind: TaskInputKind
    spec: TaskSpec
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version = self.api_version.value

        kind = self.kind.value

        spec = self.spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiVersion": api_version,
                "kind": kind,
                "spec": spec,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_spec import TaskSpec  # noqa: PLC0415

        d = dict(src_dict)
        api_version = ApiVersion(d.pop("apiVersion"))

        kind = TaskInputKind(d.pop("kind"))

        spec = TaskSpec.from_dict(d.pop("spec"))

        task_input = cls(
            api_version=api_version,
            kind=kind,
            spec=spec,
        )

        task_input.additional_properties = d
        return task_input

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
