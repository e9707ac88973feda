from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reference import Reference
    from ..models.trigger_parameter import TriggerParameter


T = TypeVar("T", bound="TriggerSpec")


@_attrs_define
class TriggerSpec:
    reference: Reference | Unset = UNSET
    """ A git branch or tag. """
    branch: str | Unset = UNSET
    """ Older form of `reference.name` for a branch. """
    pipeline_file: str | Unset = UNSET
    parameters: list[TriggerParameter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference, Unset):
            reference = self.reference.to_dict()

        branch = self.branch

        pipeline_file = self.pipeline_file

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()

                parameters.append(parameters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reference is not UNSET:
            field_dict["reference"] = reference
        if branch is not UNSET:
            field_dict["branch"] = branch
        if pipeline_file is not UNSET:
            field_dict["pipeline_file"] = pipeline_file
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reference import Reference  # noqa: PLC0415
        from ..models.trigger_parameter import TriggerParameter  # noqa: PLC0415

        d = dict(src_dict)
        _reference = d.pop("reference", UNSET)
        reference: Reference | Unset
        if isinstance(_reference, Unset):
            reference = UNSET
        else:
            reference = Reference.from_dict(_reference)

        branch = d.pop("branch", UNSET)

        pipeline_file = d.pop("pipeline_file", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: list[TriggerParameter] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = TriggerParameter.from_dict(parameters_item_data)

                parameters.append(parameters_item)

        trigger_spec = cls(
            reference=reference,
            branch=branch,
            pipeline_file=pipeline_file,
            parameters=parameters,
        )

        trigger_spec.additional_properties = d
        return trigger_spec

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
