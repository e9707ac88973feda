from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_container import JobContainer
    from ..models.job_machine import JobMachine
    from ..models.job_secret_ref import JobSecretRef


T = TypeVar("T", bound="JobAgentSpec")


@_attrs_define
class JobAgentSpec:
    machine: JobMachine
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
        from ..models.job_container import JobContainer  # noqa: PLC0415
        from ..models.job_machine import JobMachine  # noqa: PLC0415
        from ..models.job_secret_ref import JobSecretRef  # noqa: PLC0415

        d = dict(src_dict)
        machine = JobMachine.from_dict(d.pop("machine"))

        _containers = d.pop("containers", UNSET)
        containers: list[JobContainer] | Unset = UNSET
        if _containers is not UNSET:
            containers = []
            for containers_item_data in _containers:
                containers_item = JobContainer.from_dict(containers_item_data)

                containers.append(containers_item)

        _image_pull_secrets = d.pop("image_pull_secrets", UNSET)
        image_pull_secrets: list[JobSecretRef] | Unset = UNSET
        if _image_pull_secrets is not UNSET:
            image_pull_secrets = []
            for image_pull_secrets_item_data in _image_pull_secrets:
                image_pull_secrets_item = JobSecretRef.from_dict(image_pull_secrets_item_data)

                image_pull_secrets.append(image_pull_secrets_item)

        job_agent_spec = cls(
            machine=machine,
            containers=containers,
            image_pull_secrets=image_pull_secrets,
        )

        job_agent_spec.additional_properties = d
        return job_agent_spec

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
