from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commit import Commit
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="Deploy")


@_attrs_define
class Deploy:
    """One deploy of a build to a server. `result`, `started_at` and `finished_at` are null while the deploy runs, and
    missing altogether from the response that starts a deploy from a build.

    """

    project_name: str
    """ Name of the deploy's project. """
    server_name: str
    """ Name of the server deployed to. """
    number: int
    """ Number of the deploy within the server. """
    created_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    updated_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    html_url: str
    """ The deploy's page on Semaphore. """
    deploy_url: str
    """ API URL of this deploy's information, with the caller's `auth_token`. """
    deploy_log_url: str
    """ API URL of this deploy's log, with the caller's `auth_token`. """
    build_url: str
    """ API URL of the deployed build's information, with the caller's `auth_token`. """
    build_html_url: str
    """ The deployed build's page on Semaphore. """
    result: None | str | Unset = UNSET
    """ Result of the deploy, e.g. `passed`, `failed` or `stopped`; null while it has not finished. """
    started_at: None | Timestamp | Unset = UNSET
    """ When the deploy started; null until it starts. """
    finished_at: None | Timestamp | Unset = UNSET
    """ When the deploy finished; null until it finishes. """
    commit: Commit | Unset = UNSET
    """ A commit of the project's repository, as Semaphore recorded it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        project_name = self.project_name

        server_name = self.server_name

        number = self.number

        created_at = self.created_at.to_dict()

        updated_at = self.updated_at.to_dict()

        html_url = self.html_url

        deploy_url = self.deploy_url

        deploy_log_url = self.deploy_log_url

        build_url = self.build_url

        build_html_url = self.build_html_url

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
                "project_name": project_name,
                "server_name": server_name,
                "number": number,
                "created_at": created_at,
                "updated_at": updated_at,
                "html_url": html_url,
                "deploy_url": deploy_url,
                "deploy_log_url": deploy_log_url,
                "build_url": build_url,
                "build_html_url": build_html_url,
            }
        )
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
        project_name = d.pop("project_name")

        server_name = d.pop("server_name")

        number = d.pop("number")

        created_at = Timestamp.from_dict(d.pop("created_at"))

        updated_at = Timestamp.from_dict(d.pop("updated_at"))

        html_url = d.pop("html_url")

        deploy_url = d.pop("deploy_url")

        deploy_log_url = d.pop("deploy_log_url")

        build_url = d.pop("build_url")

        build_html_url = d.pop("build_html_url")

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

        deploy = cls(
            project_name=project_name,
            server_name=server_name,
            number=number,
            created_at=created_at,
            updated_at=updated_at,
            html_url=html_url,
            deploy_url=deploy_url,
            deploy_log_url=deploy_log_url,
            build_url=build_url,
            build_html_url=build_html_url,
            result=result,
            started_at=started_at,
            finished_at=finished_at,
            commit=commit,
        )

        deploy.additional_properties = d
        return deploy

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
