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
    from ..models.schedule_parameter import ScheduleParameter


T = TypeVar("T", bound="Schedule")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "project_id",
        "branch",
        "at",
        "pipeline_file",
        "requester_id",
        "updated_at",
        "inserted_at",
        "suspended",
        "paused",
        "pause_toggled_by",
        "pause_toggled_at",
        "recurring",
        "parameters",
        "description",
        "organization_id",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "project_id",
        "branch",
        "at",
        "pipeline_file",
        "requester_id",
        "updated_at",
        "inserted_at",
        "suspended",
        "paused",
        "pause_toggled_by",
        "pause_toggled_at",
        "recurring",
        "parameters",
        "description",
        "organization_id",
        "reference",
    }
)


@lazy_fields(
    ("id", "id"),
    ("name", "name"),
    ("project_id", "project_id"),
    ("branch", "branch"),
    ("at", "at"),
    ("pipeline_file", "pipeline_file"),
    ("requester_id", "requester_id"),
    ("suspended", "suspended"),
    ("paused", "paused"),
    ("pause_toggled_by", "pause_toggled_by"),
    ("recurring", "recurring"),
    ("description", "description"),
    ("organization_id", "organization_id"),
    ("reference", "reference"),
    converted=(
        ("updated_at", "updated_at", Timestamp.from_dict),
        ("inserted_at", "inserted_at", Timestamp.from_dict),
        ("pause_toggled_at", "pause_toggled_at", Timestamp.from_dict),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class Schedule:
    """A schedule. `branch` is the short branch name when the stored reference is a branch (`refs/heads/...`); newer
    servers also send the full `reference`.

    """

    id: str
    name: str
    project_id: str
    branch: str
    at: str
    """ Cron expression; `""` for a task that only runs on demand. """
    pipeline_file: str
    requester_id: str
    """ The user who last applied it. """
    updated_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    inserted_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    suspended: bool
    """ Suspended by Semaphore (e.g. the organization is blocked). """
    paused: bool
    pause_toggled_by: str
    pause_toggled_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    recurring: bool
    """ Whether it runs on its cron schedule (false for on-demand tasks). """
    parameters: list[ScheduleParameter]
    description: str
    organization_id: str
    reference: str | Unset = UNSET
    """ Full git reference, e.g. `refs/heads/master` or `refs/tags/v1.0`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        project_id = self.project_id

        branch = self.branch

        at = self.at

        pipeline_file = self.pipeline_file

        requester_id = self.requester_id

        updated_at = self.updated_at.to_dict()

        inserted_at = self.inserted_at.to_dict()

        suspended = self.suspended

        paused = self.paused

        pause_toggled_by = self.pause_toggled_by

        pause_toggled_at = self.pause_toggled_at.to_dict()

        recurring = self.recurring

        parameters = []
        for parameters_item_data in self.parameters:
            parameters_item = parameters_item_data.to_dict()

            parameters.append(parameters_item)

        description = self.description

        organization_id = self.organization_id

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "project_id": project_id,
                "branch": branch,
                "at": at,
                "pipeline_file": pipeline_file,
                "requester_id": requester_id,
                "updated_at": updated_at,
                "inserted_at": inserted_at,
                "suspended": suspended,
                "paused": paused,
                "pause_toggled_by": pause_toggled_by,
                "pause_toggled_at": pause_toggled_at,
                "recurring": recurring,
                "parameters": parameters,
                "description": description,
                "organization_id": organization_id,
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
    def _decode_parameters(d: Mapping[str, Any]) -> list[ScheduleParameter]:
        from ..models.schedule_parameter import ScheduleParameter  # noqa: PLC0415

        parameters = model_list(ScheduleParameter, d["parameters"])

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
