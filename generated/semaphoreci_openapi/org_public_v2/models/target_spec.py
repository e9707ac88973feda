from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.env_var import EnvVar
    from ..models.file import File
    from ..models.target_spec_object_rules import TargetSpecObjectRules
    from ..models.target_spec_subject_rules import TargetSpecSubjectRules


T = TypeVar("T", bound="TargetSpec")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "name",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "name",
        "description",
        "url",
        "active",
        "bookmark_parameters",
        "subject_rules",
        "object_rules",
        "env_vars",
        "files",
    }
)


@lazy_fields(
    ("name", "name"),
    ("description", "description"),
    ("url", "url"),
    ("active", "active"),
    converted=(
        ("subject_rules", "subject_rules", "target_spec_subject_rules:TargetSpecSubjectRules"),
        ("object_rules", "object_rules", "target_spec_object_rules:TargetSpecObjectRules"),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class TargetSpec:
    name: str
    description: str | Unset = UNSET
    url: str | Unset = UNSET
    active: bool | Unset = UNSET
    """ False while the target is deactivated (cordoned). """
    bookmark_parameters: list[str] | Unset = UNSET
    """ Promotion parameters whose values filter the history. """
    subject_rules: TargetSpecSubjectRules | Unset = UNSET
    """ Who may deploy (everyone when empty). """
    object_rules: TargetSpecObjectRules | Unset = UNSET
    """ Which branches, tags and pull requests may deploy (all when empty). """
    env_vars: list[EnvVar] | Unset = UNSET
    """ Only in create and update requests; never sent back. """
    files: list[File] | Unset = UNSET
    """ Only in create and update requests; never sent back. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        url = self.url

        active = self.active

        bookmark_parameters: list[str] | Unset = UNSET
        if not isinstance(self.bookmark_parameters, Unset):
            bookmark_parameters = self.bookmark_parameters

        subject_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subject_rules, Unset):
            subject_rules = self.subject_rules.to_dict()

        object_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.object_rules, Unset):
            object_rules = self.object_rules.to_dict()

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
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if url is not UNSET:
            field_dict["url"] = url
        if active is not UNSET:
            field_dict["active"] = active
        if bookmark_parameters is not UNSET:
            field_dict["bookmark_parameters"] = bookmark_parameters
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
    def _decode_bookmark_parameters(d: Mapping[str, Any]) -> list[str] | Unset:
        bookmark_parameters = cast(list[str], d.get("bookmark_parameters", UNSET))

        return bookmark_parameters

    @staticmethod
    def _decode_env_vars(d: Mapping[str, Any]) -> list[EnvVar] | Unset:
        from ..models.env_var import EnvVar  # noqa: PLC0415

        _env_vars = d.get("env_vars", UNSET)
        env_vars: list[EnvVar] | Unset = UNSET
        if _env_vars is not UNSET:
            env_vars = model_list(EnvVar, _env_vars)

        return env_vars

    @staticmethod
    def _decode_files(d: Mapping[str, Any]) -> list[File] | Unset:
        from ..models.file import File  # noqa: PLC0415

        _files = d.get("files", UNSET)
        files: list[File] | Unset = UNSET
        if _files is not UNSET:
            files = model_list(File, _files)

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
