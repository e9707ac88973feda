from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.name_value import NameValue
    from ..models.object_rule_input import ObjectRuleInput
    from ..models.subject_rule_input import SubjectRuleInput
    from ..models.target_file import TargetFile


T = TypeVar("T", bound="DeploymentTargetCreate")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "unique_token",
        "name",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "unique_token",
        "name",
        "project_id",
        "description",
        "url",
        "bookmark_parameter1",
        "bookmark_parameter2",
        "bookmark_parameter3",
        "subject_rules",
        "object_rules",
        "env_vars",
        "files",
    }
)


@lazy_fields(
    ("name", "name"),
    ("project_id", "project_id"),
    ("description", "description"),
    ("url", "url"),
    ("bookmark_parameter1", "bookmark_parameter1"),
    ("bookmark_parameter2", "bookmark_parameter2"),
    ("bookmark_parameter3", "bookmark_parameter3"),
    converted=(),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class DeploymentTargetCreate:
    unique_token: UUID
    """ Client-generated idempotency UUID. A retry with the same token returns the target created the first time.
    """
    name: str
    """ Unique within the project. """
    project_id: str | Unset = UNSET
    """ ID of the project; may be given here or as the `project_id` query parameter. """
    description: str | Unset = UNSET
    url: str | Unset = UNSET
    bookmark_parameter1: str | Unset = UNSET
    bookmark_parameter2: str | Unset = UNSET
    bookmark_parameter3: str | Unset = UNSET
    subject_rules: list[SubjectRuleInput] | Unset = UNSET
    """ Default `[{"type": "ANY"}]`. Rules other than ANY need the advanced deployment targets feature. """
    object_rules: list[ObjectRuleInput] | Unset = UNSET
    """ Default all branches, all tags and all pull requests. """
    env_vars: list[NameValue] | Unset = UNSET
    files: list[TargetFile] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unique_token = str(self.unique_token)

        name = self.name

        project_id = self.project_id

        description = self.description

        url = self.url

        bookmark_parameter1 = self.bookmark_parameter1

        bookmark_parameter2 = self.bookmark_parameter2

        bookmark_parameter3 = self.bookmark_parameter3

        subject_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subject_rules, Unset):
            subject_rules = []
            for subject_rules_item_data in self.subject_rules:
                subject_rules_item = subject_rules_item_data.to_dict()

                subject_rules.append(subject_rules_item)

        object_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.object_rules, Unset):
            object_rules = []
            for object_rules_item_data in self.object_rules:
                object_rules_item = object_rules_item_data.to_dict()

                object_rules.append(object_rules_item)

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
                "unique_token": unique_token,
                "name": name,
            }
        )
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if description is not UNSET:
            field_dict["description"] = description
        if url is not UNSET:
            field_dict["url"] = url
        if bookmark_parameter1 is not UNSET:
            field_dict["bookmark_parameter1"] = bookmark_parameter1
        if bookmark_parameter2 is not UNSET:
            field_dict["bookmark_parameter2"] = bookmark_parameter2
        if bookmark_parameter3 is not UNSET:
            field_dict["bookmark_parameter3"] = bookmark_parameter3
        if subject_rules is not UNSET:
            field_dict["subject_rules"] = subject_rules
        if object_rules is not UNSET:
            field_dict["object_rules"] = object_rules
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
    def _decode_unique_token(d: Mapping[str, Any]) -> UUID:
        unique_token = UUID(d["unique_token"])

        return unique_token

    @staticmethod
    def _decode_subject_rules(d: Mapping[str, Any]) -> list[SubjectRuleInput] | Unset:
        from ..models.subject_rule_input import SubjectRuleInput  # noqa: PLC0415

        _subject_rules = d.get("subject_rules", UNSET)
        subject_rules: list[SubjectRuleInput] | Unset = UNSET
        if _subject_rules is not UNSET:
            subject_rules = model_list(SubjectRuleInput, _subject_rules)

        return subject_rules

    @staticmethod
    def _decode_object_rules(d: Mapping[str, Any]) -> list[ObjectRuleInput] | Unset:
        from ..models.object_rule_input import ObjectRuleInput  # noqa: PLC0415

        _object_rules = d.get("object_rules", UNSET)
        object_rules: list[ObjectRuleInput] | Unset = UNSET
        if _object_rules is not UNSET:
            object_rules = model_list(ObjectRuleInput, _object_rules)

        return object_rules

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
