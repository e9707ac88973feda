from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.secret_input_data import SecretInputData
    from ..models.secret_input_metadata import SecretInputMetadata
    from ..models.secret_org_config import SecretOrgConfig


T = TypeVar("T", bound="SecretInput")


@_attrs_define
class SecretInput:
    """A secret to create, or the new state of one (an update replaces the name and the whole content). Fields the server
    sets (`id`, the times, `content_included`) are ignored, as are unknown fields.

    """

    metadata: SecretInputMetadata
    data: SecretInputData | Unset = UNSET
    """ The environment variables and files; a list left out is empty. """
    org_config: SecretOrgConfig | Unset = UNSET
    """ The secret's access policy. In a request it is applied only when the organization has the access policy
    feature and the user may manage the organization's settings; otherwise it is ignored. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        org_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.org_config, Unset):
            org_config = self.org_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if org_config is not UNSET:
            field_dict["org_config"] = org_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.secret_input_data import SecretInputData  # noqa: PLC0415
        from ..models.secret_input_metadata import SecretInputMetadata  # noqa: PLC0415
        from ..models.secret_org_config import SecretOrgConfig  # noqa: PLC0415

        d = dict(src_dict)
        metadata = SecretInputMetadata.from_dict(d.pop("metadata"))

        _data = d.pop("data", UNSET)
        data: SecretInputData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = SecretInputData.from_dict(_data)

        _org_config = d.pop("org_config", UNSET)
        org_config: SecretOrgConfig | Unset
        if isinstance(_org_config, Unset):
            org_config = UNSET
        else:
            org_config = SecretOrgConfig.from_dict(_org_config)

        secret_input = cls(
            metadata=metadata,
            data=data,
            org_config=org_config,
        )

        secret_input.additional_properties = d
        return secret_input

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
