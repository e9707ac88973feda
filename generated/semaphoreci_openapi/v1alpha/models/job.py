from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.job_metadata import JobMetadata
    from ..models.job_spec import JobSpec
    from ..models.job_status import JobStatus


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    metadata: JobMetadata
    spec: JobSpec
    """ What the job runs. The real server sends every list, empty or not; the environment, files and secrets of
    restricted jobs are emptied. """
    status: JobStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        spec = self.spec.to_dict()

        status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "spec": spec,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_metadata import JobMetadata  # noqa: PLC0415
        from ..models.job_spec import JobSpec  # noqa: PLC0415
        from ..models.job_status import JobStatus  # noqa: PLC0415

        d = dict(src_dict)
        metadata = JobMetadata.from_dict(d.pop("metadata"))

        spec = JobSpec.from_dict(d.pop("spec"))

        status = JobStatus.from_dict(d.pop("status"))

        job = cls(
            metadata=metadata,
            spec=spec,
            status=status,
        )

        job.additional_properties = d
        return job

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
