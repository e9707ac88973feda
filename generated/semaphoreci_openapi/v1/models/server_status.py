from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commit import Commit
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="ServerStatus")


@_attrs_define
class ServerStatus:
    """A server with its latest deploy: the server fields followed by the fields of the deploy."""

    server_name: str
    """ The server's name. """
    server_url: str
    """ The server's page on Semaphore. """
    server_status_url: str
    """ API URL of this server's status, with the caller's `auth_token`. """
    server_history_url: str
    """ API URL of this server's deploy history, with the caller's `auth_token`. """
    deployment_method: str
    """ How Semaphore deploys to the server, e.g. `capistrano` or `heroku`. """
    strategy: str
    """ The server's deploy strategy, e.g. `manual` (deploys are started by hand). """
    branch_name: None | str
    """ The branch the server is tied to; may be null (the documented example of a manual server has null). """
    project_name: str
    """ Name of the server's project. """
    number: int
    """ Number of the latest deploy within the server. """
    result: None | str
    """ Result of the latest deploy, e.g. `passed`, `failed` or `stopped`; null while it has not finished. """
    created_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    updated_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    started_at: None | Timestamp
    """ When the latest deploy started; null until it starts. """
    finished_at: None | Timestamp
    """ When the latest deploy finished; null until it finishes. """
    html_url: str
    """ The latest deploy's page on Semaphore. """
    deploy_url: str
    """ API URL of the latest deploy's information, with the caller's `auth_token`. """
    deploy_log_url: str
    """ API URL of the latest deploy's log, with the caller's `auth_token`. """
    build_url: str
    """ API URL of the deployed build's information, with the caller's `auth_token`. """
    build_html_url: str
    """ The deployed build's page on Semaphore. """
    commit: Commit | Unset = UNSET
    """ A commit of the project's repository, as Semaphore recorded it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        server_name = self.server_name

        server_url = self.server_url

        server_status_url = self.server_status_url

        server_history_url = self.server_history_url

        deployment_method = self.deployment_method

        strategy = self.strategy

        branch_name: None | str
        branch_name = self.branch_name

        project_name = self.project_name

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

        deploy_url = self.deploy_url

        deploy_log_url = self.deploy_log_url

        build_url = self.build_url

        build_html_url = self.build_html_url

        commit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.commit, Unset):
            commit = self.commit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "server_name": server_name,
                "server_url": server_url,
                "server_status_url": server_status_url,
                "server_history_url": server_history_url,
                "deployment_method": deployment_method,
                "strategy": strategy,
                "branch_name": branch_name,
                "project_name": project_name,
                "number": number,
                "result": result,
                "created_at": created_at,
                "updated_at": updated_at,
                "started_at": started_at,
                "finished_at": finished_at,
                "html_url": html_url,
                "deploy_url": deploy_url,
                "deploy_log_url": deploy_log_url,
                "build_url": build_url,
                "build_html_url": build_html_url,
            }
        )
        if commit is not UNSET:
            field_dict["commit"] = commit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.commit import Commit  # noqa: PLC0415
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        server_name = d.pop("server_name")

        server_url = d.pop("server_url")

        server_status_url = d.pop("server_status_url")

        server_history_url = d.pop("server_history_url")

        deployment_method = d.pop("deployment_method")

        strategy = d.pop("strategy")

        def _parse_branch_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        branch_name = _parse_branch_name(d.pop("branch_name"))

        project_name = d.pop("project_name")

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

        deploy_url = d.pop("deploy_url")

        deploy_log_url = d.pop("deploy_log_url")

        build_url = d.pop("build_url")

        build_html_url = d.pop("build_html_url")

        _commit = d.pop("commit", UNSET)
        commit: Commit | Unset
        if isinstance(_commit, Unset):
            commit = UNSET
        else:
            commit = Commit.from_dict(_commit)

        server_status = cls(
            server_name=server_name,
            server_url=server_url,
            server_status_url=server_status_url,
            server_history_url=server_history_url,
            deployment_method=deployment_method,
            strategy=strategy,
            branch_name=branch_name,
            project_name=project_name,
            number=number,
            result=result,
            created_at=created_at,
            updated_at=updated_at,
            started_at=started_at,
            finished_at=finished_at,
            html_url=html_url,
            deploy_url=deploy_url,
            deploy_log_url=deploy_log_url,
            build_url=build_url,
            build_html_url=build_html_url,
            commit=commit,
        )

        server_status.additional_properties = d
        return server_status

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
