from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.timestamp import Timestamp
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commit import Commit


T = TypeVar("T", bound="Deploy")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "project_name",
        "server_name",
        "number",
        "created_at",
        "updated_at",
        "html_url",
        "deploy_url",
        "deploy_log_url",
        "build_url",
        "build_html_url",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "project_name",
        "server_name",
        "number",
        "created_at",
        "updated_at",
        "html_url",
        "deploy_url",
        "deploy_log_url",
        "build_url",
        "build_html_url",
        "result",
        "started_at",
        "finished_at",
        "commit",
    }
)


@lazy_fields(
    ("project_name", "project_name"),
    ("server_name", "server_name"),
    ("number", "number"),
    ("html_url", "html_url"),
    ("deploy_url", "deploy_url"),
    ("deploy_log_url", "deploy_log_url"),
    ("build_url", "build_url"),
    ("build_html_url", "build_html_url"),
    converted=(
        ("created_at", "created_at", Timestamp.from_dict),
        ("updated_at", "updated_at", Timestamp.from_dict),
        ("commit", "commit", "commit:Commit"),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
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
    def _decode_result(d: Mapping[str, Any]) -> None | str | Unset:
        def _parse_result(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result = _parse_result(d.get("result", UNSET))

        return result

    @staticmethod
    def _decode_started_at(d: Mapping[str, Any]) -> None | Timestamp | Unset:
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

        started_at = _parse_started_at(d.get("started_at", UNSET))

        return started_at

    @staticmethod
    def _decode_finished_at(d: Mapping[str, Any]) -> None | Timestamp | Unset:
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

        finished_at = _parse_finished_at(d.get("finished_at", UNSET))

        return finished_at

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
