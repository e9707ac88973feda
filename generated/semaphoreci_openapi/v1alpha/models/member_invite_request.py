from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.member_invite_request_provider import MemberInviteRequestProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberInviteRequest")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "provider",
        "handle",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "provider",
        "handle",
        "uid",
        "role_id",
        "name",
        "email",
    }
)


@lazy_fields(
    ("handle", "handle"),
    ("uid", "uid"),
    ("role_id", "role_id"),
    ("name", "name"),
    ("email", "email"),
    converted=(("provider", "provider", MemberInviteRequestProvider.from_value),),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class MemberInviteRequest:
    """Who to invite, by git provider handle, and the organization role to give."""

    provider: MemberInviteRequestProvider
    """ The git provider the handle belongs to (case-insensitive on the server). """
    handle: str
    """ The person's user name at the provider. """
    uid: str | Unset = UNSET
    """ The person's user ID at the provider; needed for Bitbucket, where a handle alone cannot be resolved. """
    role_id: str | Unset = UNSET
    """ Organization role to give; without it the person keeps the default Member role. """
    name: str | Unset = UNSET
    """ Display name. """
    email: str | Unset = UNSET
    """ E-mail address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider.value

        handle = self.handle

        uid = self.uid

        role_id = self.role_id

        name = self.name

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "handle": handle,
            }
        )
        if uid is not UNSET:
            field_dict["uid"] = uid
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email

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
