from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object

T = TypeVar("T", bound="Pagination")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "total_entries",
        "total_pages",
        "per_page",
        "current_page",
        "first_page",
        "last_page",
        "previous_page",
        "next_page",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "total_entries",
        "total_pages",
        "per_page",
        "current_page",
        "first_page",
        "last_page",
        "previous_page",
        "next_page",
    }
)


@lazy_fields(
    ("total_entries", "total_entries"),
    ("total_pages", "total_pages"),
    ("per_page", "per_page"),
    ("current_page", "current_page"),
    ("first_page", "first_page"),
    ("last_page", "last_page"),
    converted=(),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class Pagination:
    """The value of the `Pagination` response header of a paginated list, a JSON object. The docs say 10 items a page; the
    server has been observed to send 20. `previous_page` is null on the first page and `next_page` on the last.

    """

    total_entries: int
    """ Number of items in the whole list. """
    total_pages: int
    """ Number of pages in the whole list. """
    per_page: int
    """ Page size (documented as 10, observed as 20). """
    current_page: int
    """ The page this response holds, starting at 1. """
    first_page: bool
    """ Whether this is the first page. """
    last_page: bool
    """ Whether this is the last page. """
    previous_page: int | None
    """ Number of the previous page, or null on the first page. """
    next_page: int | None
    """ Number of the next page, or null on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_entries = self.total_entries

        total_pages = self.total_pages

        per_page = self.per_page

        current_page = self.current_page

        first_page = self.first_page

        last_page = self.last_page

        previous_page: int | None
        previous_page = self.previous_page

        next_page: int | None
        next_page = self.next_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_entries": total_entries,
                "total_pages": total_pages,
                "per_page": per_page,
                "current_page": current_page,
                "first_page": first_page,
                "last_page": last_page,
                "previous_page": previous_page,
                "next_page": next_page,
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
    def _decode_previous_page(d: Mapping[str, Any]) -> int | None:
        def _parse_previous_page(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        previous_page = _parse_previous_page(d["previous_page"])

        return previous_page

    @staticmethod
    def _decode_next_page(d: Mapping[str, Any]) -> int | None:
        def _parse_next_page(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        next_page = _parse_next_page(d["next_page"])

        return next_page

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
