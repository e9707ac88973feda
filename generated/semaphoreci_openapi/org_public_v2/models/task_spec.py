from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.parameter import Parameter
    from ..models.reference import Reference


T = TypeVar("T", bound="TaskSpec")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "name",
        "reference",
        "pipeline_file",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "name",
        "reference",
        "pipeline_file",
        "description",
        "cron_schedule",
        "paused",
        "skip_scheduled_run_notifications",
        "skip_manual_run_notifications",
        "parameters",
    }
)


@lazy_fields(
    ("name", "name"),
    ("pipeline_file", "pipeline_file"),
    ("description", "description"),
    ("cron_schedule", "cron_schedule"),
    ("paused", "paused"),
    ("skip_scheduled_run_notifications", "skip_scheduled_run_notifications"),
    ("skip_manual_run_notifications", "skip_manual_run_notifications"),
    converted=(("reference", "reference", "reference:Reference"),),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
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
    def _decode_parameters(d: Mapping[str, Any]) -> list[Parameter] | Unset:
        from ..models.parameter import Parameter  # noqa: PLC0415

        _parameters = d.get("parameters", UNSET)
        parameters: list[Parameter] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = model_list(Parameter, _parameters)

        return parameters

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
