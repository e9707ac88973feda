from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_version import ApiVersion
from ..models.task_kind import TaskKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_metadata import TaskMetadata
    from ..models.task_spec import TaskSpec


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """A task (scheduler) of a project."""

    api_version: ApiVersion | Unset = UNSET
    """ Version of the resource's representation; always `v2`. """
    kind: TaskKind | Unset = UNSET
    metadata: TaskMetadata | Unset = UNSET
    spec: TaskSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version: str | Unset = UNSET
        if not isinstance(self.api_version, Unset):
            api_version = self.api_version.value

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if kind is not UNSET:
            field_dict["kind"] = kind
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if spec is not UNSET:
            field_dict["spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_metadata import TaskMetadata  # noqa: PLC0415
        from ..models.task_spec import TaskSpec  # noqa: PLC0415

        d = dict(src_dict)
        _api_version = d.pop("apiVersion", UNSET)
        api_version: ApiVersion | Unset
        if isinstance(_api_version, Unset):
            api_version = UNSET
        else:
            api_version = ApiVersion(_api_version)

        _kind = d.pop("kind", UNSET)
        kind: TaskKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = TaskKind(_kind)

        _metadata = d.pop("metadata", UNSET)
        metadata: TaskMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = TaskMetadata.from_dict(_metadata)

        _spec = d.pop("spec", UNSET)
        spec: TaskSpec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = TaskSpec.from_dict(_spec)

        task = cls(
            api_version=api_version,
            kind=kind,
            metadata=metadata,
            spec=spec,
        )

        task.additional_properties = d
        return task

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
