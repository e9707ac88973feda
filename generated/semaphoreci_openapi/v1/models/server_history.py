from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list

if TYPE_CHECKING:
    from ..models.deploy import Deploy


T = TypeVar("T", bound="ServerHistory")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "server_name",
        "server_url",
        "server_status_url",
        "server_history_url",
        "deployment_method",
        "strategy",
        "branch_name",
        "project_name",
        "deploys",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "server_name",
        "server_url",
        "server_status_url",
        "server_history_url",
        "deployment_method",
        "strategy",
        "branch_name",
        "project_name",
        "deploys",
    }
)


@lazy_fields(
    ("server_name", "server_name"),
    ("server_url", "server_url"),
    ("server_status_url", "server_status_url"),
    ("server_history_url", "server_history_url"),
    ("deployment_method", "deployment_method"),
    ("strategy", "strategy"),
    ("project_name", "project_name"),
    converted=(),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class ServerHistory:
    """A server with one page of its deploys, newest first."""

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
    deploys: list[Deploy]
    """ One page of the server's deploys, newest first. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_name = self.server_name

        server_url = self.server_url

        server_status_url = self.server_status_url

        server_history_url = self.server_history_url

        deployment_method = self.deployment_method

        strategy = self.strategy

        branch_name: None | str
        branch_name = self.branch_name

        project_name = self.project_name

        deploys = []
        for deploys_item_data in self.deploys:
            deploys_item = deploys_item_data.to_dict()

            deploys.append(deploys_item)

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
                "deploys": deploys,
            }
        )

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
    def _decode_branch_name(d: Mapping[str, Any]) -> None | str:
        def _parse_branch_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        branch_name = _parse_branch_name(d["branch_name"])

        return branch_name

    @staticmethod
    def _decode_deploys(d: Mapping[str, Any]) -> list[Deploy]:
        from ..models.deploy import Deploy  # noqa: PLC0415

        deploys = model_list(Deploy, d["deploys"])

        return deploys

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
