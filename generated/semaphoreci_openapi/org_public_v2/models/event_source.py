from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_version import ApiVersion
from ..models.event_source_kind import EventSourceKind

if TYPE_CHECKING:
    from ..models.event_source_metadata import EventSourceMetadata
    from ..models.event_source_spec import EventSourceSpec


T = TypeVar("T", bound="EventSource")


@_attrs_define
class EventSource:
    api_version: ApiVersion
    """ Version of the resource's representation; always `v2`. """
    kind: EventSourceKind
    metadata: EventSourceMetadata
    spec: EventSourceSpec
    """ Empty for now. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version = self.api_version.value

        kind = self.kind.value

        metadata = self.metadata.to_dict()

        spec = self.spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiVersion": api_version,
                "kind": kind,
                "metadata": metadata,
                "spec": spec,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_source_metadata import EventSourceMetadata  # noqa: PLC0415
        from ..models.event_source_spec import EventSourceSpec  # noqa: PLC0415

        d = dict(src_dict)
        api_version = ApiVersion(d.pop("apiVersion"))

        kind = EventSourceKind(d.pop("kind"))

        metadata = EventSourceMetadata.from_dict(d.pop("metadata"))

        spec = EventSourceSpec.from_dict(d.pop("spec"))

        event_source = cls(
            api_version=api_version,
            kind=kind,
            metadata=metadata,
            spec=spec,
        )

        event_source.additional_properties = d
        return event_source

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
