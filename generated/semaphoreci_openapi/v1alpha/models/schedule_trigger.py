from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list
from ..models.timestamp import Timestamp
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.name_value import NameValue


T = TypeVar("T", bound="ScheduleTrigger")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "triggered_at",
        "project_id",
        "branch",
        "pipeline_file",
        "scheduling_status",
        "scheduled_workflow_id",
        "scheduled_at",
        "error_description",
        "run_now_requester_id",
        "periodic_id",
        "parameter_values",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "triggered_at",
        "project_id",
        "branch",
        "pipeline_file",
        "scheduling_status",
        "scheduled_workflow_id",
        "scheduled_at",
        "error_description",
        "run_now_requester_id",
        "periodic_id",
        "parameter_values",
        "reference",
    }
)


@lazy_fields(
    ("project_id", "project_id"),
    ("branch", "branch"),
    ("pipeline_file", "pipeline_file"),
    ("scheduling_status", "scheduling_status"),
    ("scheduled_workflow_id", "scheduled_workflow_id"),
    ("error_description", "error_description"),
    ("run_now_requester_id", "run_now_requester_id"),
    ("periodic_id", "periodic_id"),
    ("reference", "reference"),
    converted=(
        ("triggered_at", "triggered_at", Timestamp.from_dict),
        ("scheduled_at", "scheduled_at", Timestamp.from_dict),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
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
        """A model of the received JSON object `src_dict`: a `KeyError` now if a required
        key is missing; each field is decoded from `src_dict` when first read
        (`ModelDecodeError` if it does not fit the spec). `src_dict` is kept, not copied:
        do not change it afterwards (pass a `copy.deepcopy` if you must)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(cls, src_dict)
        if not src_dict.keys() >= _REQUIRED:
            raise missing_keys(cls, src_dict, _REQUIRED)
        model = cls.__new__(cls)
        _setattr(model, RAW, src_dict)  # past the models' __setattr__ (decoding.py)
        return model

    @staticmethod
    def _decode_parameter_values(d: Mapping[str, Any]) -> list[NameValue]:
        from ..models.name_value import NameValue  # noqa: PLC0415

        parameter_values = model_list(NameValue, d["parameter_values"])

        return parameter_values

    @staticmethod
    def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in d.items() if key not in _KNOWN}

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
