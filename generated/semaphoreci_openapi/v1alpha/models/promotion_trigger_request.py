from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.promotion_trigger_request_override_type_1 import PromotionTriggerRequestOverrideType1
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionTriggerRequest")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "pipeline_id",
        "name",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "pipeline_id",
        "name",
        "override",
        "request_token",
    }
)


@lazy_fields(
    ("pipeline_id", "pipeline_id"),
    ("name", "name"),
    ("request_token", "request_token"),
    converted=(),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class PromotionTriggerRequest:
    """Every key besides the named ones is a promotion parameter (top-level keys, not a nested object). This includes stray
    query-string parameters. Parameters must be strings.

    """

    pipeline_id: str
    """ ID of the pipeline to promote. """
    name: str
    """ Name of the promotion target, e.g. `Production deployment`. """
    override: bool | PromotionTriggerRequestOverrideType1 | Unset = UNSET
    """ Set to true to promote a pipeline that failed or is still running. A JSON boolean or the strings
    `"true"`/`"false"`; anything else is rejected with 400. """
    request_token: str | Unset = UNSET
    """ Idempotency token (undocumented): a retry with the same token is answered with success and does not trigger
    the promotion again. """
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pipeline_id = self.pipeline_id

        name = self.name

        override: bool | str | Unset
        if isinstance(self.override, Unset):
            override = UNSET
        elif isinstance(self.override, PromotionTriggerRequestOverrideType1):
            override = self.override.value

        else:
            override = self.override

        request_token = self.request_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pipeline_id": pipeline_id,
                "name": name,
            }
        )
        if override is not UNSET:
            field_dict["override"] = override
        if request_token is not UNSET:
            field_dict["request_token"] = request_token

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
    def _decode_override(
        d: Mapping[str, Any],
    ) -> bool | PromotionTriggerRequestOverrideType1 | Unset:
        def _parse_override(data: object) -> bool | PromotionTriggerRequestOverrideType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                override_type_1 = PromotionTriggerRequestOverrideType1.from_value(data)

                return override_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | PromotionTriggerRequestOverrideType1 | Unset, data)

        override = _parse_override(d.get("override", UNSET))

        return override

    @staticmethod
    def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, str]:
        return {key: value for key, value in d.items() if key not in _KNOWN}

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
