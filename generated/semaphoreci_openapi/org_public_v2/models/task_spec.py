from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.parameter import Parameter
    from ..models.reference import Reference


T = TypeVar("T", bound="TaskSpec")


@_attrs_define
class TaskSpec:
    name: str
    reference: Reference
    """ A git branch or tag. """
    pipeline_file: str
    description: str | Unset = UNSET
    cron_schedule: str | Unset = UNSET
    """ Cron expression; without one the task runs only when triggered. """
    paused: bool | Unset = UNSET
    skip_scheduled_run_notifications: bool | Unset = UNSET
    """ Send no commit statuses for runs the schedule starts. Left out of a PATCH, the stored value stays; left out
    of a PUT, it becomes false. """
    skip_manual_run_notifications: bool | Unset = UNSET
    """ Send no commit statuses for runs started by hand. Left out of a PATCH, the stored value stays; left out of a
    PUT, it becomes false. """
    parameters: list[Parameter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        reference = self.reference.to_dict()

        pipeline_file = self.pipeline_file

        description = self.description

        cron_schedule = self.cron_schedule

        paused = self.paused

        skip_scheduled_run_notifications = self.skip_scheduled_run_notifications

        skip_manual_run_notifications = self.skip_manual_run_notifications

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()

                parameters.append(parameters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "reference": reference,
                "pipeline_file": pipeline_file,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if cron_schedule is not UNSET:
            field_dict["cron_schedule"] = cron_schedule
        if paused is not UNSET:
            field_dict["paused"] = paused
        if skip_scheduled_run_notifications is not UNSET:
            field_dict["skip_scheduled_run_notifications"] = skip_scheduled_run_notifications
        if skip_manual_run_notifications is not UNSET:
            field_dict["skip_manual_run_notifications"] = skip_manual_run_notifications
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.parameter import Parameter  # noqa: PLC0415
        from ..models.reference import Reference  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        reference = Reference.from_dict(d.pop("reference"))

        pipeline_file = d.pop("pipeline_file")

        description = d.pop("description", UNSET)

        cron_schedule = d.pop("cron_schedule", UNSET)

        paused = d.pop("paused", UNSET)

        skip_scheduled_run_notifications = d.pop("skip_scheduled_run_notifications", UNSET)

        skip_manual_run_notifications = d.pop("skip_manual_run_notifications", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: list[Parameter] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = Parameter.from_dict(parameters_item_data)

                parameters.append(parameters_item)

        task_spec = cls(
            name=name,
            reference=reference,
            pipeline_file=pipeline_file,
            description=description,
            cron_schedule=cron_schedule,
            paused=paused,
            skip_scheduled_run_notifications=skip_scheduled_run_notifications,
            skip_manual_run_notifications=skip_manual_run_notifications,
            parameters=parameters,
        )

        task_spec.additional_properties = d
        return task_spec

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
