from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.secret_data import SecretData
    from ..models.secret_metadata import SecretMetadata
    from ..models.secret_org_config import SecretOrgConfig


T = TypeVar("T", bound="Secret")


@_attrs_define
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
        from ..models.secret_data import SecretData  # noqa: PLC0415
        from ..models.secret_metadata import SecretMetadata  # noqa: PLC0415
        from ..models.secret_org_config import SecretOrgConfig  # noqa: PLC0415

        d = dict(src_dict)
        metadata = SecretMetadata.from_dict(d.pop("metadata"))

        data = SecretData.from_dict(d.pop("data"))

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

        org_config = _parse_org_config(d.pop("org_config"))

        secret = cls(
            metadata=metadata,
            data=data,
            org_config=org_config,
        )

        secret.additional_properties = d
        return secret

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
