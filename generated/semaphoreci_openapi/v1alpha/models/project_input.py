from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_input_metadata import ProjectInputMetadata
    from ..models.project_input_spec import ProjectInputSpec


T = TypeVar("T", bound="ProjectInput")


@_attrs_define
class ProjectInput:
    """A project to create or update. Unknown enum values (in `run_on`, the permission lists or a pipeline file's `level`)
    are dropped silently; a missing `visibility` means `private`. With a non-empty `tasks` list, `schedulers` is
    ignored. `spec.repository` must be an object (without it the service fails with 500).

    """

    metadata: ProjectInputMetadata
    spec: ProjectInputSpec
    api_version: str | Unset = UNSET
    """ Ignored; `sem` sends `v1alpha`. """
    kind: str | Unset = UNSET
    """ Ignored; `sem` sends `Project`. """
    skip_onboarding: bool | Unset = UNSET
    """ Create only (default true). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        spec = self.spec.to_dict()

        api_version = self.api_version

        kind = self.kind

        skip_onboarding = self.skip_onboarding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "spec": spec,
            }
        )
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if kind is not UNSET:
            field_dict["kind"] = kind
        if skip_onboarding is not UNSET:
            field_dict["skip_onboarding"] = skip_onboarding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_input_metadata import ProjectInputMetadata  # noqa: PLC0415
        from ..models.project_input_spec import ProjectInputSpec  # noqa: PLC0415

        d = dict(src_dict)
        metadata = ProjectInputMetadata.from_dict(d.pop("metadata"))

        spec = ProjectInputSpec.from_dict(d.pop("spec"))

        api_version = d.pop("apiVersion", UNSET)

        kind = d.pop("kind", UNSET)

        skip_onboarding = d.pop("skip_onboarding", UNSET)

        project_input = cls(
            metadata=metadata,
            spec=spec,
            api_version=api_version,
            kind=kind,
            skip_onboarding=skip_onboarding,
        )

        project_input.additional_properties = d
        return project_input

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
