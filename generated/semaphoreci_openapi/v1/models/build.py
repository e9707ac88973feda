from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commit import Commit
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="Build")


@_attrs_define
class Build:
    """One build of a branch: the commits it covers, its result and timing. Returned by build information and by the
    rebuild/launch and stop actions.

    """

    commits: list[Commit]
    """ The commits the build covers, oldest first. """
    project_name: str
    """ Name of the build's project. """
    branch_name: str
    """ Name of the build's branch. """
    number: int
    """ Number of the build within the branch (called `build_number` in branch status and history items). """
    result: None | str
    """ Result of the build: `passed`, `failed`, `stopped` or `pending` in the docs; null right after the build was
    triggered and while it runs. """
    created_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    updated_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    started_at: None | Timestamp
    """ When the build started; null until it starts. """
    finished_at: None | Timestamp
    """ When the build finished; null until it finishes (the stop response may still have null). """
    html_url: str
    """ The build's page on Semaphore. """
    build_log_url: str | Unset = UNSET
    """ API URL of the build's log, with the caller's `auth_token`. Missing from older responses. """
    build_info_url: str | Unset = UNSET
    """ API URL of this build's information, with the caller's `auth_token`. The rebuild/launch and stop actions
    send it; build information may leave it out. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        commits = []
        for commits_item_data in self.commits:
            commits_item = commits_item_data.to_dict()

            commits.append(commits_item)

        project_name = self.project_name

        branch_name = self.branch_name

        number = self.number

        result: None | str
        result = self.result

        created_at = self.created_at.to_dict()

        updated_at = self.updated_at.to_dict()

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

        html_url = self.html_url

        build_log_url = self.build_log_url

        build_info_url = self.build_info_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commits": commits,
                "project_name": project_name,
                "branch_name": branch_name,
                "number": number,
                "result": result,
                "created_at": created_at,
                "updated_at": updated_at,
                "started_at": started_at,
                "finished_at": finished_at,
                "html_url": html_url,
            }
        )
        if build_log_url is not UNSET:
            field_dict["build_log_url"] = build_log_url
        if build_info_url is not UNSET:
            field_dict["build_info_url"] = build_info_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.commit import Commit  # noqa: PLC0415
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        commits = []
        _commits = d.pop("commits")
        for commits_item_data in _commits:
            commits_item = Commit.from_dict(commits_item_data)

            commits.append(commits_item)

        project_name = d.pop("project_name")

        branch_name = d.pop("branch_name")

        number = d.pop("number")

        def _parse_result(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        result = _parse_result(d.pop("result"))

        created_at = Timestamp.from_dict(d.pop("created_at"))

        updated_at = Timestamp.from_dict(d.pop("updated_at"))

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

        html_url = d.pop("html_url")

        build_log_url = d.pop("build_log_url", UNSET)

        build_info_url = d.pop("build_info_url", UNSET)

        build = cls(
            commits=commits,
            project_name=project_name,
            branch_name=branch_name,
            number=number,
            result=result,
            created_at=created_at,
            updated_at=updated_at,
            started_at=started_at,
            finished_at=finished_at,
            html_url=html_url,
            build_log_url=build_log_url,
            build_info_url=build_info_url,
        )

        build.additional_properties = d
        return build

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
