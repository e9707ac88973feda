from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_container import JobContainer
    from ..models.job_input_spec_agent_machine import JobInputSpecAgentMachine
    from ..models.job_secret_ref import JobSecretRef


T = TypeVar("T", bound="JobInputSpecAgent")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "machine",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "machine",
        "containers",
        "image_pull_secrets",
    }
)


@lazy_fields(
    converted=(("machine", "machine", "job_input_spec_agent_machine:JobInputSpecAgentMachine"),),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class JobInputSpecAgent:
    machine: JobInputSpecAgentMachine
    containers: list[JobContainer] | Unset = UNSET
    image_pull_secrets: list[JobSecretRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        machine = self.machine.to_dict()

        containers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.containers, Unset):
            containers = []
            for containers_item_data in self.containers:
                containers_item = containers_item_data.to_dict()

                containers.append(containers_item)

        image_pull_secrets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.image_pull_secrets, Unset):
            image_pull_secrets = []
            for image_pull_secrets_item_data in self.image_pull_secrets:
                image_pull_secrets_item = image_pull_secrets_item_data.to_dict()

                image_pull_secrets.append(image_pull_secrets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "machine": machine,
            }
        )
        if containers is not UNSET:
            field_dict["containers"] = containers
        if image_pull_secrets is not UNSET:
            field_dict["image_pull_secrets"] = image_pull_secrets

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
    def _decode_containers(d: Mapping[str, Any]) -> list[JobContainer] | Unset:
        from ..models.job_container import JobContainer  # noqa: PLC0415

        _containers = d.get("containers", UNSET)
        containers: list[JobContainer] | Unset = UNSET
        if _containers is not UNSET:
            containers = model_list(JobContainer, _containers)

        return containers

    @staticmethod
    def _decode_image_pull_secrets(d: Mapping[str, Any]) -> list[JobSecretRef] | Unset:
        from ..models.job_secret_ref import JobSecretRef  # noqa: PLC0415

        _image_pull_secrets = d.get("image_pull_secrets", UNSET)
        image_pull_secrets: list[JobSecretRef] | Unset = UNSET
        if _image_pull_secrets is not UNSET:
            image_pull_secrets = model_list(JobSecretRef, _image_pull_secrets)

        return image_pull_secrets

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
