from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_source_metadata_status_type_0 import EventSourceMetadataStatusType0
    from ..models.simple_canvas import SimpleCanvas
    from ..models.simple_organization import SimpleOrganization
    from ..models.timeline import Timeline


T = TypeVar("T", bound="EventSourceMetadata")


@_attrs_define
class EventSourceMetadata:
    name: str
    canvas: SimpleCanvas
    """ The canvas a resource belongs to. """
    id: UUID | Unset = UNSET
    organization: SimpleOrganization | Unset = UNSET
    """ The organization a resource belongs to. """
    timeline: Timeline | Unset = UNSET
    status: EventSourceMetadataStatusType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_source_metadata_status_type_0 import EventSourceMetadataStatusType0  # noqa: PLC0415

        name = self.name

        canvas = self.canvas.to_dict()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

        timeline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timeline, Unset):
            timeline = self.timeline.to_dict()

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, EventSourceMetadataStatusType0):
            status = self.status.to_dict()

        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "canvas": canvas,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if organization is not UNSET:
            field_dict["organization"] = organization
        if timeline is not UNSET:
            field_dict["timeline"] = timeline
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_source_metadata_status_type_0 import EventSourceMetadataStatusType0  # noqa: PLC0415
        from ..models.simple_canvas import SimpleCanvas  # noqa: PLC0415
        from ..models.simple_organization import SimpleOrganization  # noqa: PLC0415
        from ..models.timeline import Timeline  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        canvas = SimpleCanvas.from_dict(d.pop("canvas"))

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _organization = d.pop("organization", UNSET)
        organization: SimpleOrganization | Unset
        if isinstance(_organization, Unset):
            organization = UNSET
        else:
            organization = SimpleOrganization.from_dict(_organization)

        _timeline = d.pop("timeline", UNSET)
        timeline: Timeline | Unset
        if isinstance(_timeline, Unset):
            timeline = UNSET
        else:
            timeline = Timeline.from_dict(_timeline)

        def _parse_status(data: object) -> EventSourceMetadataStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = EventSourceMetadataStatusType0.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventSourceMetadataStatusType0 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        event_source_metadata = cls(
            name=name,
            canvas=canvas,
            id=id,
            organization=organization,
            timeline=timeline,
            status=status,
        )

        event_source_metadata.additional_properties = d
        return event_source_metadata

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
