from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.log_thread import LogThread


T = TypeVar("T", bound="DeployLog")


@_attrs_define
class DeployLog:
    """The log of a deploy, one entry per thread."""

    threads: list[LogThread]
    """ The deploy's threads in order. """
    deploy_info_url: str
    """ API URL of the deploy's information, with the caller's `auth_token`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        threads = []
        for threads_item_data in self.threads:
            threads_item = threads_item_data.to_dict()

            threads.append(threads_item)

        deploy_info_url = self.deploy_info_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "threads": threads,
                "deploy_info_url": deploy_info_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.log_thread import LogThread  # noqa: PLC0415

        d = dict(src_dict)
        threads = []
        _threads = d.pop("threads")
        for threads_item_data in _threads:
            threads_item = LogThread.from_dict(threads_item_data)

            threads.append(threads_item)

        deploy_info_url = d.pop("deploy_info_url")

        deploy_log = cls(
            threads=threads,
            deploy_info_url=deploy_info_url,
        )

        deploy_log.additional_properties = d
        return deploy_log

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
