from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_input_metadata import NotificationInputMetadata
    from ..models.notification_input_spec import NotificationInputSpec


T = TypeVar("T", bound="NotificationInput")


@_attrs_define
class NotificationInput:
    """A notification to create, or the new content of one. Unknown fields are ignored; `metadata.id`, the timestamps and
    `status` are set by the server.

    """

    api_version: str | Unset = UNSET
    """ Ignored (`sem` sends `v1alpha`). """
    kind: str | Unset = UNSET
    """ Ignored (`sem` sends `Notification`). """
    metadata: NotificationInputMetadata | Unset = UNSET
    spec: NotificationInputSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version = self.api_version

        kind = self.kind

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
        from ..models.notification_input_metadata import NotificationInputMetadata  # noqa: PLC0415
        from ..models.notification_input_spec import NotificationInputSpec  # noqa: PLC0415

        d = dict(src_dict)
        api_version = d.pop("apiVersion", UNSET)

        kind = d.pop("kind", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: NotificationInputMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = NotificationInputMetadata.from_dict(_metadata)

        _spec = d.pop("spec", UNSET)
        spec: NotificationInputSpec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = NotificationInputSpec.from_dict(_spec)

        notification_input = cls(
            api_version=api_version,
            kind=kind,
            metadata=metadata,
            spec=spec,
        )

        notification_input.additional_properties = d
        return notification_input

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
