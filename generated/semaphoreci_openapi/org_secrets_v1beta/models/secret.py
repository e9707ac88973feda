from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object

if TYPE_CHECKING:
    from ..models.secret_data import SecretData
    from ..models.secret_metadata import SecretMetadata
    from ..models.secret_org_config import SecretOrgConfig


T = TypeVar("T", bound="Secret")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "metadata",
        "data",
        "org_config",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "metadata",
        "data",
        "org_config",
    }
)


@lazy_fields(
    converted=(
        ("metadata", "metadata", "secret_metadata:SecretMetadata"),
        ("data", "data", "secret_data:SecretData"),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class Secret:
    """An organization secret."""

    metadata: SecretMetadata
    data: SecretData
    org_config: None | SecretOrgConfig
    """ Which projects and which kinds of job may use the secret. `null` when the organization does not have the
    secrets access policy feature. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.secret_org_config import SecretOrgConfig  # noqa: PLC0415

        metadata = self.metadata.to_dict()

        data = self.data.to_dict()

        org_config: dict[str, Any] | None
        if isinstance(self.org_config, SecretOrgConfig):
            org_config = self.org_config.to_dict()

        else:
            org_config = self.org_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "data": data,
                "org_config": org_config,
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
    def _decode_org_config(d: Mapping[str, Any]) -> None | SecretOrgConfig:
        from ..models.secret_org_config import SecretOrgConfig  # noqa: PLC0415

        def _parse_org_config(data: object) -> None | SecretOrgConfig:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                org_config_type_0 = SecretOrgConfig.from_dict(data)

                return org_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SecretOrgConfig, data)

        org_config = _parse_org_config(d["org_config"])

        return org_config

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
