from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commit import Commit
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="BranchHistoryBuild")


@_attrs_define
class BranchHistoryBuild:
    """One build in a branch's history."""

    build_url: str
    """ The build's page on Semaphore. """
    build_info_url: str
    """ API URL of the build's information, with the caller's `auth_token`. """
    build_number: int
    """ Number of the build within the branch (called `number` in build information). """
    result: None | str
    """ Result of the build. Documented values are `passed`, `failed`, `stopped` and `pending`; null while the build
    has not finished. """
    started_at: None | Timestamp
    """ When the build started; null until it starts. """
    finished_at: None | Timestamp
    """ When the build finished; null until it finishes. """
    build_log_url: str | Unset = UNSET
    """ API URL of the build's log, with the caller's `auth_token`. Sent by the server although the docs do not show
    it. """
    commit: Commit | Unset = UNSET
    """ A commit of the project's repository, as Semaphore recorded it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        build_url = self.build_url

        build_info_url = self.build_info_url

        build_number = self.build_number

        result: None | str
        result = self.result

        started_at: dict[str, Any] | None
        if isinstance(self.started_at, Timestamp):
            started_at = self.started_at.to_dict()

        else:
            started_at = self.started_at

        finished_at: dict[str, Any] | None
        if isinstance(self.finished_at, Timestamp):
            finished_at = self.finished_at.to_dict()

        else:
            finished_at = self.finished_at

        build_log_url = self.build_log_url

        commit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.commit, Unset):
            commit = self.commit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "build_url": build_url,
                "build_info_url": build_info_url,
                "build_number": build_number,
                "result": result,
                "started_at": started_at,
                "finished_at": finished_at,
            }
        )
        if build_log_url is not UNSET:
            field_dict["build_log_url"] = build_log_url
        if commit is not UNSET:
            field_dict["commit"] = commit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.commit import Commit  # noqa: PLC0415
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        build_url = d.pop("build_url")

        build_info_url = d.pop("build_info_url")

        build_number = d.pop("build_number")

        def _parse_result(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        result = _parse_result(d.pop("result"))

        def _parse_started_at(data: object) -> None | Timestamp:
            if data is None:
                return data
            try:
                if not Timestamp.accepts(data):
                    raise TypeError()
                started_at_type_0 = Timestamp.from_dict(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Timestamp, data)

        started_at = _parse_started_at(d.pop("started_at"))

        def _parse_finished_at(data: object) -> None | Timestamp:
            if data is None:
                return data
            try:
                if not Timestamp.accepts(data):
                    raise TypeError()
                finished_at_type_0 = Timestamp.from_dict(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Timestamp, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        build_log_url = d.pop("build_log_url", UNSET)

        _commit = d.pop("commit", UNSET)
        commit: Commit | Unset
        if isinstance(_commit, Unset):
            commit = UNSET
        else:
            commit = Commit.from_dict(_commit)

        branch_history_build = cls(
            build_url=build_url,
            build_info_url=build_info_url,
            build_number=build_number,
            result=result,
            started_at=started_at,
            finished_at=finished_at,
            build_log_url=build_log_url,
            commit=commit,
        )

        branch_history_build.additional_properties = d
        return branch_history_build

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
