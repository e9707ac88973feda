from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list
from ..models.deployment_target_state import DeploymentTargetState
from ..models.timestamp import Timestamp
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment import Deployment
    from ..models.name_value import NameValue
    from ..models.object_rule import ObjectRule
    from ..models.subject_rule import SubjectRule
    from ..models.target_file import TargetFile


T = TypeVar("T", bound="DeploymentTarget")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "url",
        "organization_id",
        "project_id",
        "created_by",
        "created_at",
        "updated_by",
        "updated_at",
        "state",
        "state_message",
        "subject_rules",
        "object_rules",
        "last_deployment",
        "active",
        "bookmark_parameter1",
        "bookmark_parameter2",
        "bookmark_parameter3",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "url",
        "organization_id",
        "project_id",
        "created_by",
        "created_at",
        "updated_by",
        "updated_at",
        "state",
        "state_message",
        "subject_rules",
        "object_rules",
        "last_deployment",
        "active",
        "bookmark_parameter1",
        "bookmark_parameter2",
        "bookmark_parameter3",
        "env_vars",
        "files",
    }
)


@lazy_fields(
    ("id", "id"),
    ("name", "name"),
    ("description", "description"),
    ("url", "url"),
    ("organization_id", "organization_id"),
    ("project_id", "project_id"),
    ("created_by", "created_by"),
    ("updated_by", "updated_by"),
    ("state_message", "state_message"),
    ("active", "active"),
    ("bookmark_parameter1", "bookmark_parameter1"),
    ("bookmark_parameter2", "bookmark_parameter2"),
    ("bookmark_parameter3", "bookmark_parameter3"),
    converted=(
        ("created_at", "created_at", Timestamp.from_dict),
        ("updated_at", "updated_at", Timestamp.from_dict),
        ("state", "state", DeploymentTargetState.from_value),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class DeploymentTarget:
    """A deployment target. The server sends exactly these 19 keys (plus `env_vars` and `files` with
    `include_secrets=true`); it does not send `cordoned` (see `active`) or `secret_name`.

    """

    id: str
    name: str
    description: str
    url: str
    organization_id: str
    project_id: str
    created_by: str
    """ ID of the user who created the target. """
    created_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    updated_by: str
    updated_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    state: DeploymentTargetState
    """ `SYNCING` while the target's secret is being written (right after create or update), then `USABLE` or
    `UNUSABLE`. """
    state_message: str
    subject_rules: list[SubjectRule]
    """ Who may trigger a promotion to the target. """
    object_rules: list[ObjectRule]
    """ Which git references may be promoted to the target. """
    last_deployment: Deployment | None
    """ The latest deployment, or null when there has been none. """
    active: bool
    """ False when the target is deactivated (cordoned). """
    bookmark_parameter1: str
    """ Name of a promotion parameter whose values the history can be filtered by. """
    bookmark_parameter2: str
    bookmark_parameter3: str
    env_vars: list[NameValue] | Unset = UNSET
    """ Only with `include_secrets=true`; values are MD5 hashes, not the secrets. """
    files: list[TargetFile] | Unset = UNSET
    """ Only with `include_secrets=true`; contents are MD5 hashes, not the secrets. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment import Deployment  # noqa: PLC0415

        id = self.id

        name = self.name

        description = self.description

        url = self.url

        organization_id = self.organization_id

        project_id = self.project_id

        created_by = self.created_by

        created_at = self.created_at.to_dict()

        updated_by = self.updated_by

        updated_at = self.updated_at.to_dict()

        state = self.state.value

        state_message = self.state_message

        subject_rules = []
        for subject_rules_item_data in self.subject_rules:
            subject_rules_item = subject_rules_item_data.to_dict()

            subject_rules.append(subject_rules_item)

        object_rules = []
        for object_rules_item_data in self.object_rules:
            object_rules_item = object_rules_item_data.to_dict()

            object_rules.append(object_rules_item)

        last_deployment: dict[str, Any] | None
        if isinstance(self.last_deployment, Deployment):
            last_deployment = self.last_deployment.to_dict()

        else:
            last_deployment = self.last_deployment

        active = self.active

        bookmark_parameter1 = self.bookmark_parameter1

        bookmark_parameter2 = self.bookmark_parameter2

        bookmark_parameter3 = self.bookmark_parameter3

        env_vars: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.env_vars, Unset):
            env_vars = []
            for env_vars_item_data in self.env_vars:
                env_vars_item = env_vars_item_data.to_dict()

                env_vars.append(env_vars_item)

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()

                files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "url": url,
                "organization_id": organization_id,
                "project_id": project_id,
                "created_by": created_by,
                "created_at": created_at,
                "updated_by": updated_by,
                "updated_at": updated_at,
                "state": state,
                "state_message": state_message,
                "subject_rules": subject_rules,
                "object_rules": object_rules,
                "last_deployment": last_deployment,
                "active": active,
                "bookmark_parameter1": bookmark_parameter1,
                "bookmark_parameter2": bookmark_parameter2,
                "bookmark_parameter3": bookmark_parameter3,
            }
        )
        if env_vars is not UNSET:
            field_dict["env_vars"] = env_vars
        if files is not UNSET:
            field_dict["files"] = files

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
    def _decode_subject_rules(d: Mapping[str, Any]) -> list[SubjectRule]:
        from ..models.subject_rule import SubjectRule  # noqa: PLC0415

        subject_rules = model_list(SubjectRule, d["subject_rules"])

        return subject_rules

    @staticmethod
    def _decode_object_rules(d: Mapping[str, Any]) -> list[ObjectRule]:
        from ..models.object_rule import ObjectRule  # noqa: PLC0415

        object_rules = model_list(ObjectRule, d["object_rules"])

        return object_rules

    @staticmethod
    def _decode_last_deployment(d: Mapping[str, Any]) -> Deployment | None:
        from ..models.deployment import Deployment  # noqa: PLC0415

        def _parse_last_deployment(data: object) -> Deployment | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_deployment_type_0 = Deployment.from_dict(data)

                return last_deployment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Deployment | None, data)

        last_deployment = _parse_last_deployment(d["last_deployment"])

        return last_deployment

    @staticmethod
    def _decode_env_vars(d: Mapping[str, Any]) -> list[NameValue] | Unset:
        from ..models.name_value import NameValue  # noqa: PLC0415

        _env_vars = d.get("env_vars", UNSET)
        env_vars: list[NameValue] | Unset = UNSET
        if _env_vars is not UNSET:
            env_vars = model_list(NameValue, _env_vars)

        return env_vars

    @staticmethod
    def _decode_files(d: Mapping[str, Any]) -> list[TargetFile] | Unset:
        from ..models.target_file import TargetFile  # noqa: PLC0415

        _files = d.get("files", UNSET)
        files: list[TargetFile] | Unset = UNSET
        if _files is not UNSET:
            files = model_list(TargetFile, _files)

        return files

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
