from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pipeline_queue_listed_type import PipelineQueueListedType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PipelineQueueListed")


@_attrs_define
class PipelineQueueListed:
    """The queue the pipeline ran in (list encoding, enum as a name). Not in the docs."""

    queue_id: str | Unset = UNSET
    name: str | Unset = UNSET
    scope: str | Unset = UNSET
    project_id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    type_: PipelineQueueListedType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue_id = self.queue_id

        name = self.name

        scope = self.scope

        project_id = self.project_id

        organization_id = self.organization_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if queue_id is not UNSET:
            field_dict["queue_id"] = queue_id
        if name is not UNSET:
            field_dict["name"] = name
        if scope is not UNSET:
            field_dict["scope"] = scope
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        queue_id = d.pop("queue_id", UNSET)

        name = d.pop("name", UNSET)

        scope = d.pop("scope", UNSET)

        project_id = d.pop("project_id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PipelineQueueListedType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PipelineQueueListedType(_type_)

        pipeline_queue_listed = cls(
            queue_id=queue_id,
            name=name,
            scope=scope,
            project_id=project_id,
            organization_id=organization_id,
            type_=type_,
        )

        pipeline_queue_listed.additional_properties = d
        return pipeline_queue_listed

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
