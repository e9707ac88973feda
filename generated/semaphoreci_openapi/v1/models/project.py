from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list
from ..models.timestamp import Timestamp
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.branch_status import BranchStatus
    from ..models.deploy import Deploy


T = TypeVar("T", bound="Project")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "id",
        "hash_id",
        "name",
        "owner",
        "html_url",
        "created_at",
        "updated_at",
        "branches",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "hash_id",
        "name",
        "owner",
        "html_url",
        "created_at",
        "updated_at",
        "branches",
        "servers",
    }
)


@lazy_fields(
    ("id", "id"),
    ("hash_id", "hash_id"),
    ("name", "name"),
    ("owner", "owner"),
    ("html_url", "html_url"),
    converted=(
        ("created_at", "created_at", Timestamp.from_dict),
        ("updated_at", "updated_at", Timestamp.from_dict),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class Project:
    """A project the token's owner can access, with the latest build of each of its branches and the latest deploy to each
    of its servers.

    """

    id: int
    """ Numeric project id, used in some HTML URLs. """
    hash_id: str
    """ The project's hash id, the `hash_id` path parameter of every other call. Both 40-hex strings and UUIDs
    occur. """
    name: str
    """ Project name. """
    owner: str
    """ Name of the account or organization that owns the project. """
    html_url: str
    """ The project's page on Semaphore. """
    created_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    updated_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    branches: list[BranchStatus]
    """ Every branch of the project with its latest build. """
    servers: list[Deploy] | Unset = UNSET
    """ The latest deploy to each of the project's servers. Empty, or left out altogether, for a project without
    servers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        hash_id = self.hash_id

        name = self.name

        owner = self.owner

        html_url = self.html_url

        created_at = self.created_at.to_dict()

        updated_at = self.updated_at.to_dict()

        branches = []
        for branches_item_data in self.branches:
            branches_item = branches_item_data.to_dict()

            branches.append(branches_item)

        servers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.servers, Unset):
            servers = []
            for servers_item_data in self.servers:
                servers_item = servers_item_data.to_dict()

                servers.append(servers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "hash_id": hash_id,
                "name": name,
                "owner": owner,
                "html_url": html_url,
                "created_at": created_at,
                "updated_at": updated_at,
                "branches": branches,
            }
        )
        if servers is not UNSET:
            field_dict["servers"] = servers

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
    def _decode_branches(d: Mapping[str, Any]) -> list[BranchStatus]:
        from ..models.branch_status import BranchStatus  # noqa: PLC0415

        branches = model_list(BranchStatus, d["branches"])

        return branches

    @staticmethod
    def _decode_servers(d: Mapping[str, Any]) -> list[Deploy] | Unset:
        from ..models.deploy import Deploy  # noqa: PLC0415

        _servers = d.get("servers", UNSET)
        servers: list[Deploy] | Unset = UNSET
        if _servers is not UNSET:
            servers = model_list(Deploy, _servers)

        return servers

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
