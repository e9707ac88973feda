from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_target_metadata_state import DeploymentTargetMetadataState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.history_item_type_0 import HistoryItemType0
    from ..models.timestamp import Timestamp
    from ..models.user import User


T = TypeVar("T", bound="DeploymentTargetMetadata")


@_attrs_define
class DeploymentTargetMetadata:
    id: UUID
    project_id: UUID
    name: str
    org_id: UUID | Unset = UNSET
    description: str | Unset = UNSET
    created_at: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    updated_at: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    created_by: User | Unset = UNSET
    """ A user, by id. """
    updated_by: User | Unset = UNSET
    """ A user, by id. """
    state: DeploymentTargetMetadataState | Unset = UNSET
    """ SYNCING while its secret is written, USABLE, UNUSABLE (broken), CORDONED (deactivated). """
    last_deployment: HistoryItemType0 | None | Unset = UNSET
    """ One deployment to a target. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.history_item_type_0 import HistoryItemType0  # noqa: PLC0415

        id = str(self.id)

        project_id = str(self.project_id)

        name = self.name

        org_id: str | Unset = UNSET
        if not isinstance(self.org_id, Unset):
            org_id = str(self.org_id)

        description = self.description

        created_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.to_dict()

        updated_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.to_dict()

        created_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = self.created_by.to_dict()

        updated_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated_by, Unset):
            updated_by = self.updated_by.to_dict()

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        last_deployment: dict[str, Any] | None | Unset
        if isinstance(self.last_deployment, Unset):
            last_deployment = UNSET
        elif isinstance(self.last_deployment, HistoryItemType0):
            last_deployment = self.last_deployment.to_dict()

        else:
            last_deployment = self.last_deployment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "name": name,
            }
        )
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if description is not UNSET:
            field_dict["description"] = description
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if state is not UNSET:
            field_dict["state"] = state
        if last_deployment is not UNSET:
            field_dict["last_deployment"] = last_deployment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.history_item_type_0 import HistoryItemType0  # noqa: PLC0415
        from ..models.timestamp import Timestamp  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        project_id = UUID(d.pop("project_id"))

        name = d.pop("name")

        _org_id = d.pop("org_id", UNSET)
        org_id: UUID | Unset
        if isinstance(_org_id, Unset):
            org_id = UNSET
        else:
            org_id = UUID(_org_id)

        description = d.pop("description", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: Timestamp | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = Timestamp.from_dict(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: Timestamp | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = Timestamp.from_dict(_updated_at)

        _created_by = d.pop("created_by", UNSET)
        created_by: User | Unset
        if isinstance(_created_by, Unset):
            created_by = UNSET
        else:
            created_by = User.from_dict(_created_by)

        _updated_by = d.pop("updated_by", UNSET)
        updated_by: User | Unset
        if isinstance(_updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = User.from_dict(_updated_by)

        _state = d.pop("state", UNSET)
        state: DeploymentTargetMetadataState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = DeploymentTargetMetadataState(_state)

        def _parse_last_deployment(data: object) -> HistoryItemType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_history_item_type_0 = HistoryItemType0.from_dict(data)

                return componentsschemas_history_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HistoryItemType0 | None | Unset, data)

        last_deployment = _parse_last_deployment(d.pop("last_deployment", UNSET))

        deployment_target_metadata = cls(
            id=id,
            project_id=project_id,
            name=name,
            org_id=org_id,
            description=description,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            updated_by=updated_by,
            state=state,
            last_deployment=last_deployment,
        )

        deployment_target_metadata.additional_properties = d
        return deployment_target_metadata

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
