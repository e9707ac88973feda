from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_run_request_parameters import ScheduleRunRequestParameters
    from ..models.schedule_run_request_reference import ScheduleRunRequestReference


T = TypeVar("T", bound="ScheduleRunRequest")


@_attrs_define
class ScheduleRunRequest:
    """What to run; everything defaults to the schedule's own settings. `reference` wins over `branch`."""

    branch: str | Unset = UNSET
    """ Branch name (sent as `refs/heads/<branch>`). """
    reference: ScheduleRunRequestReference | Unset = UNSET
    pipeline_file: str | Unset = UNSET
    parameters: ScheduleRunRequestParameters | Unset = UNSET
    """ Parameter values by name (strings). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch = self.branch

        reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference, Unset):
            reference = self.reference.to_dict()

        pipeline_file = self.pipeline_file

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if branch is not UNSET:
            field_dict["branch"] = branch
        if reference is not UNSET:
            field_dict["reference"] = reference
        if pipeline_file is not UNSET:
            field_dict["pipeline_file"] = pipeline_file
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schedule_run_request_parameters import ScheduleRunRequestParameters  # noqa: PLC0415
        from ..models.schedule_run_request_reference import ScheduleRunRequestReference  # noqa: PLC0415

        d = dict(src_dict)
        branch = d.pop("branch", UNSET)

        _reference = d.pop("reference", UNSET)
        reference: ScheduleRunRequestReference | Unset
        if isinstance(_reference, Unset):
            reference = UNSET
        else:
            reference = ScheduleRunRequestReference.from_dict(_reference)

        pipeline_file = d.pop("pipeline_file", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: ScheduleRunRequestParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ScheduleRunRequestParameters.from_dict(_parameters)

        schedule_run_request = cls(
            branch=branch,
            reference=reference,
            pipeline_file=pipeline_file,
            parameters=parameters,
        )

        schedule_run_request.additional_properties = d
        return schedule_run_request

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
