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


T = TypeVar("T", bound="BranchHistoryBuild")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "build_url",
        "build_info_url",
        "build_number",
        "result",
        "started_at",
        "finished_at",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "build_url",
        "build_info_url",
        "build_number",
        "result",
        "started_at",
        "finished_at",
        "build_log_url",
        "commit",
    }
)


@lazy_fields(
    ("build_url", "build_url"),
    ("build_info_url", "build_info_url"),
    ("build_number", "build_number"),
    ("build_log_url", "build_log_url"),
    converted=(("commit", "commit", "commit:Commit"),),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
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
    def _decode_result(d: Mapping[str, Any]) -> None | str:
        def _parse_result(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        result = _parse_result(d["result"])

        return result

    @staticmethod
    def _decode_started_at(d: Mapping[str, Any]) -> None | Timestamp:
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

        started_at = _parse_started_at(d["started_at"])

        return started_at

    @staticmethod
    def _decode_finished_at(d: Mapping[str, Any]) -> None | Timestamp:
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

        finished_at = _parse_finished_at(d["finished_at"])

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
