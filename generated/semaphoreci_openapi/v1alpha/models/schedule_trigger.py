from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.name_value import NameValue
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="ScheduleTrigger")


@_attrs_define
class ScheduleTrigger:
    """One run of a schedule (by its cron or on demand)."""

    triggered_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    project_id: str
    branch: str
    pipeline_file: str
    scheduling_status: str
    """ `passed` when the workflow was started, `failed` otherwise. """
    scheduled_workflow_id: str
    scheduled_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    error_description: str
    run_now_requester_id: str
    """ The user who asked for the run; `""` for a cron run. """
    periodic_id: str
    parameter_values: list[NameValue]
    reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        triggered_at = self.triggered_at.to_dict()

        project_id = self.project_id

        branch = self.branch

        pipeline_file = self.pipeline_file

        scheduling_status = self.scheduling_status

        scheduled_workflow_id = self.scheduled_workflow_id

        scheduled_at = self.scheduled_at.to_dict()

        error_description = self.error_description

        run_now_requester_id = self.run_now_requester_id

        periodic_id = self.periodic_id

        parameter_values = []
        for parameter_values_item_data in self.parameter_values:
            parameter_values_item = parameter_values_item_data.to_dict()

            parameter_values.append(parameter_values_item)

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "triggered_at": triggered_at,
                "project_id": project_id,
                "branch": branch,
                "pipeline_file": pipeline_file,
                "scheduling_status": scheduling_status,
                "scheduled_workflow_id": scheduled_workflow_id,
                "scheduled_at": scheduled_at,
                "error_description": error_description,
                "run_now_requester_id": run_now_requester_id,
                "periodic_id": periodic_id,
                "parameter_values": parameter_values,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.name_value import NameValue  # noqa: PLC0415
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        triggered_at = Timestamp.from_dict(d.pop("triggered_at"))

        project_id = d.pop("project_id")

        branch = d.pop("branch")

        pipeline_file = d.pop("pipeline_file")

        scheduling_status = d.pop("scheduling_status")

        scheduled_workflow_id = d.pop("scheduled_workflow_id")

        scheduled_at = Timestamp.from_dict(d.pop("scheduled_at"))

        error_description = d.pop("error_description")

        run_now_requester_id = d.pop("run_now_requester_id")

        periodic_id = d.pop("periodic_id")

        parameter_values = []
        _parameter_values = d.pop("parameter_values")
        for parameter_values_item_data in _parameter_values:
            parameter_values_item = NameValue.from_dict(parameter_values_item_data)

            parameter_values.append(parameter_values_item)

        reference = d.pop("reference", UNSET)

        schedule_trigger = cls(
            triggered_at=triggered_at,
            project_id=project_id,
            branch=branch,
            pipeline_file=pipeline_file,
            scheduling_status=scheduling_status,
            scheduled_workflow_id=scheduled_workflow_id,
            scheduled_at=scheduled_at,
            error_description=error_description,
            run_now_requester_id=run_now_requester_id,
            periodic_id=periodic_id,
            parameter_values=parameter_values,
            reference=reference,
        )

        schedule_trigger.additional_properties = d
        return schedule_trigger

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
