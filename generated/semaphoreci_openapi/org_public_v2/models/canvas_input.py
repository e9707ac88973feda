from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_version import ApiVersion
from ..models.canvas_input_kind import CanvasInputKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.canvas_input_metadata import CanvasInputMetadata
    from ..models.canvas_input_spec import CanvasInputSpec


T = TypeVar("T", bound="CanvasInput")


@_attrs_define
class CanvasInput:
    metadata: CanvasInputMetadata
    api_version: ApiVersion | Unset = UNSET
    """ Version of the resource's representation; always `v2`. """
    kind: CanvasInputKind | Unset = UNSET
    spec: CanvasInputSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        api_version: str | Unset = UNSET
        if not isinstance(self.api_version, Unset):
            api_version = self.api_version.value

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
            }
        )
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if kind is not UNSET:
            field_dict["kind"] = kind
        if spec is not UNSET:
            field_dict["spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.canvas_input_metadata import CanvasInputMetadata  # noqa: PLC0415
        from ..models.canvas_input_spec import CanvasInputSpec  # noqa: PLC0415

        d = dict(src_dict)
        metadata = CanvasInputMetadata.from_dict(d.pop("metadata"))

        _api_version = d.pop("apiVersion", UNSET)
        api_version: ApiVersion | Unset
        if isinstance(_api_version, Unset):
            api_version = UNSET
        else:
            api_version = ApiVersion(_api_version)

        _kind = d.pop("kind", UNSET)
        kind: CanvasInputKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = CanvasInputKind(_kind)

        _spec = d.pop("spec", UNSET)
        spec: CanvasInputSpec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = CanvasInputSpec.from_dict(_spec)

        canvas_input = cls(
            metadata=metadata,
            api_version=api_version,
            kind=kind,
            spec=spec,
        )

        canvas_input.additional_properties = d
        return canvas_input

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
