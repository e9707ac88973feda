from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PipelineBlockJob")


@_attrs_define
class PipelineBlockJob:
    """A job of a block. `status` and `result` come from the job service as upper-case strings (e.g. `ENQUEUED`, `RUNNING`,
    `STOPPING`, `FINISHED`; `PASSED`, `FAILED`, `STOPPED`); a job that has not finished may already show `PASSED`, so
    read `result` only when `status` is `FINISHED`.

    """

    name: str
    index: int
    """ Position of the job in the block (parallel jobs share a name prefix). """
    job_id: str
    status: str
    result: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        index = self.index

        job_id = self.job_id

        status = self.status

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "index": index,
                "job_id": job_id,
                "status": status,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        index = d.pop("index")

        job_id = d.pop("job_id")

        status = d.pop("status")

        result = d.pop("result")

        pipeline_block_job = cls(
            name=name,
            index=index,
            job_id=job_id,
            status=status,
            result=result,
        )

        pipeline_block_job.additional_properties = d
        return pipeline_block_job

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
