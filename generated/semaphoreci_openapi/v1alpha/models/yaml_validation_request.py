from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="YamlValidationRequest")


@_attrs_define
class YamlValidationRequest:
    yaml_definition: str
    """ The pipeline YAML document to validate, as one string. """
    pipeline_id: str | Unset = UNSET
    """ Undocumented and not a dry run: when present, the server also schedules a new pipeline from this YAML in
    that pipeline's workflow (needs permission to run jobs in the project). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        yaml_definition = self.yaml_definition

        pipeline_id = self.pipeline_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "yaml_definition": yaml_definition,
            }
        )
        if pipeline_id is not UNSET:
            field_dict["pipeline_id"] = pipeline_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        yaml_definition = d.pop("yaml_definition")

        pipeline_id = d.pop("pipeline_id", UNSET)

        yaml_validation_request = cls(
            yaml_definition=yaml_definition,
            pipeline_id=pipeline_id,
        )

        yaml_validation_request.additional_properties = d
        return yaml_validation_request

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
