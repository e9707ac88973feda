from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.timestamp import Timestamp

T = TypeVar("T", bound="TroubleshootJobInfo")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "id",
        "build_req_id",
        "name",
        "state",
        "failure_reason",
        "is_debug_job",
        "is_self_hosted",
        "machine_type",
        "os_image",
        "agent_name",
        "created_at",
        "enqueued_at",
        "started_at",
        "finished_at",
        "priority",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "build_req_id",
        "name",
        "state",
        "failure_reason",
        "is_debug_job",
        "is_self_hosted",
        "machine_type",
        "os_image",
        "agent_name",
        "created_at",
        "enqueued_at",
        "started_at",
        "finished_at",
        "priority",
    }
)


@lazy_fields(
    ("id", "id"),
    ("build_req_id", "build_req_id"),
    ("name", "name"),
    ("state", "state"),
    ("failure_reason", "failure_reason"),
    ("is_debug_job", "is_debug_job"),
    ("is_self_hosted", "is_self_hosted"),
    ("machine_type", "machine_type"),
    ("os_image", "os_image"),
    ("agent_name", "agent_name"),
    ("priority", "priority"),
    converted=(
        ("created_at", "created_at", Timestamp.from_dict),
        ("enqueued_at", "enqueued_at", Timestamp.from_dict),
        ("started_at", "started_at", Timestamp.from_dict),
        ("finished_at", "finished_at", Timestamp.from_dict),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class TroubleshootJobInfo:
    id: str
    build_req_id: str
    name: str
    state: str
    """ The job's state in the job service, lower-case: `pending`, `enqueued`, `scheduled`, `dispatched`, `started`
    or `finished`. """
    failure_reason: str
    is_debug_job: bool
    is_self_hosted: bool
    machine_type: str
    os_image: str
    agent_name: str
    created_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    enqueued_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    started_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    finished_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    priority: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        build_req_id = self.build_req_id

        name = self.name

        state = self.state

        failure_reason = self.failure_reason

        is_debug_job = self.is_debug_job

        is_self_hosted = self.is_self_hosted

        machine_type = self.machine_type

        os_image = self.os_image

        agent_name = self.agent_name

        created_at = self.created_at.to_dict()

        enqueued_at = self.enqueued_at.to_dict()

        started_at = self.started_at.to_dict()

        finished_at = self.finished_at.to_dict()

        priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "build_req_id": build_req_id,
                "name": name,
                "state": state,
                "failure_reason": failure_reason,
                "is_debug_job": is_debug_job,
                "is_self_hosted": is_self_hosted,
                "machine_type": machine_type,
                "os_image": os_image,
                "agent_name": agent_name,
                "created_at": created_at,
                "enqueued_at": enqueued_at,
                "started_at": started_at,
                "finished_at": finished_at,
                "priority": priority,
            }
        )

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
