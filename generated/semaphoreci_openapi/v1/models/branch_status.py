from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commit import Commit
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="BranchStatus")


@_attrs_define
class BranchStatus:
    """A branch with its latest build. A branch that was never built carries only the branch fields (`branch_name`,
    `branch_url`, `branch_status_url`, `branch_history_url`, `project_name`); the build fields and `commit` are then
    absent.

    """

    branch_name: str
    """ The branch name in the repository. """
    branch_url: str
    """ The branch's page on Semaphore. """
    branch_status_url: str
    """ API URL of this branch's status, with the caller's `auth_token`. """
    branch_history_url: str
    """ API URL of this branch's build history, with the caller's `auth_token`. """
    project_name: str
    """ Name of the branch's project. """
    build_url: str | Unset = UNSET
    """ The latest build's page on Semaphore. """
    build_info_url: str | Unset = UNSET
    """ API URL of the latest build's information, with the caller's `auth_token`. """
    build_log_url: str | Unset = UNSET
    """ API URL of the latest build's log, with the caller's `auth_token`. Sent by the server although the docs do
    not show it. """
    build_number: int | Unset = UNSET
    """ Number of the latest build within the branch (the same value is called `number` in build information). """
    result: None | str | Unset = UNSET
    """ Result of the latest build. Documented values are `passed`, `failed`, `stopped` and `pending`; null while
    the build has not finished. """
    started_at: None | Timestamp | Unset = UNSET
    """ When the latest build started; null until it starts. """
    finished_at: None | Timestamp | Unset = UNSET
    """ When the latest build finished; null until it finishes. """
    commit: Commit | Unset = UNSET
    """ A commit of the project's repository, as Semaphore recorded it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        branch_name = self.branch_name

        branch_url = self.branch_url

        branch_status_url = self.branch_status_url

        branch_history_url = self.branch_history_url

        project_name = self.project_name

        build_url = self.build_url

        build_info_url = self.build_info_url

        build_log_url = self.build_log_url

        build_number = self.build_number

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        started_at: dict[str, Any] | None | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, Timestamp):
            started_at = self.started_at.to_dict()

        else:
            started_at = self.started_at

        finished_at: dict[str, Any] | None | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, Timestamp):
            finished_at = self.finished_at.to_dict()

        else:
            finished_at = self.finished_at

        commit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.commit, Unset):
            commit = self.commit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "branch_name": branch_name,
                "branch_url": branch_url,
                "branch_status_url": branch_status_url,
                "branch_history_url": branch_history_url,
                "project_name": project_name,
            }
        )
        if build_url is not UNSET:
            field_dict["build_url"] = build_url
        if build_info_url is not UNSET:
            field_dict["build_info_url"] = build_info_url
        if build_log_url is not UNSET:
            field_dict["build_log_url"] = build_log_url
        if build_number is not UNSET:
            field_dict["build_number"] = build_number
        if result is not UNSET:
            field_dict["result"] = result
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if commit is not UNSET:
            field_dict["commit"] = commit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.commit import Commit  # noqa: PLC0415
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        branch_name = d.pop("branch_name")

        branch_url = d.pop("branch_url")

        branch_status_url = d.pop("branch_status_url")

        branch_history_url = d.pop("branch_history_url")

        project_name = d.pop("project_name")

        build_url = d.pop("build_url", UNSET)

        build_info_url = d.pop("build_info_url", UNSET)

        build_log_url = d.pop("build_log_url", UNSET)

        build_number = d.pop("build_number", UNSET)

        def _parse_result(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        def _parse_started_at(data: object) -> None | Timestamp | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not Timestamp.accepts(data):
                    raise TypeError()
                started_at_type_0 = Timestamp.from_dict(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Timestamp | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_finished_at(data: object) -> None | Timestamp | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not Timestamp.accepts(data):
                    raise TypeError()
                finished_at_type_0 = Timestamp.from_dict(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Timestamp | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        _commit = d.pop("commit", UNSET)
        commit: Commit | Unset
        if isinstance(_commit, Unset):
            commit = UNSET
        else:
            commit = Commit.from_dict(_commit)

        branch_status = cls(
            branch_name=branch_name,
            branch_url=branch_url,
            branch_status_url=branch_status_url,
            branch_history_url=branch_history_url,
            project_name=project_name,
            build_url=build_url,
            build_info_url=build_info_url,
            build_log_url=build_log_url,
            build_number=build_number,
            result=result,
            started_at=started_at,
            finished_at=finished_at,
            commit=commit,
        )

        branch_status.additional_properties = d
        return branch_status

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
