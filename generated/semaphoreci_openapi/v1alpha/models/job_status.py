from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.job_status_result import JobStatusResult
from ..models.job_status_state import JobStatusState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_agent_status import JobAgentStatus


T = TypeVar("T", bound="JobStatus")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "result",
        "state",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "result",
        "state",
        "agent",
    }
)


@lazy_fields(
    converted=(
        ("result", "result", JobStatusResult.from_value),
        ("state", "state", JobStatusState.from_value),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class JobStatus:
    result: JobStatusResult
    """ `NONE` until the job finishes. """
    state: JobStatusState
    agent: JobAgentStatus | None | Unset = UNSET
    """ Where the job runs; null until the job has been given to an agent (the real server always sends the key).
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_agent_status import JobAgentStatus  # noqa: PLC0415

        result = self.result.value

        state = self.state.value

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, JobAgentStatus):
            agent = self.agent.to_dict()

        else:
            agent = self.agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
                "state": state,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent

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
    def _decode_agent(d: Mapping[str, Any]) -> JobAgentStatus | None | Unset:
        from ..models.job_agent_status import JobAgentStatus  # noqa: PLC0415

        def _parse_agent(data: object) -> JobAgentStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_type_0 = JobAgentStatus.from_dict(data)

                return agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobAgentStatus | None | Unset, data)

        agent = _parse_agent(d.get("agent", UNSET))

        return agent

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
