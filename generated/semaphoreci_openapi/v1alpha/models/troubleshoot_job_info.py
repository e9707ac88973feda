from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="TroubleshootJobInfo")


@_attrs_define
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
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        build_req_id = d.pop("build_req_id")

        name = d.pop("name")

        state = d.pop("state")

        failure_reason = d.pop("failure_reason")

        is_debug_job = d.pop("is_debug_job")

        is_self_hosted = d.pop("is_self_hosted")

        machine_type = d.pop("machine_type")

        os_image = d.pop("os_image")

        agent_name = d.pop("agent_name")

        created_at = Timestamp.from_dict(d.pop("created_at"))

        enqueued_at = Timestamp.from_dict(d.pop("enqueued_at"))

        started_at = Timestamp.from_dict(d.pop("started_at"))

        finished_at = Timestamp.from_dict(d.pop("finished_at"))

        priority = d.pop("priority")

        troubleshoot_job_info = cls(
            id=id,
            build_req_id=build_req_id,
            name=name,
            state=state,
            failure_reason=failure_reason,
            is_debug_job=is_debug_job,
            is_self_hosted=is_self_hosted,
            machine_type=machine_type,
            os_image=os_image,
            agent_name=agent_name,
            created_at=created_at,
            enqueued_at=enqueued_at,
            started_at=started_at,
            finished_at=finished_at,
            priority=priority,
        )

        troubleshoot_job_info.additional_properties = d
        return troubleshoot_job_info

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
