from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.name_value import NameValue
    from ..models.object_rule_input import ObjectRuleInput
    from ..models.subject_rule_input import SubjectRuleInput
    from ..models.target_file import TargetFile


T = TypeVar("T", bound="DeploymentTargetUpdate")


@_attrs_define
class DeploymentTargetUpdate:
    """Fields to change; the others keep their current values. `unique_token` is required although the docs say every field
    is optional.

    """

    unique_token: UUID
    """ Client-generated idempotency UUID. A retry with the same token returns the current target and does not apply
    the change again. """
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    url: str | Unset = UNSET
    bookmark_parameter1: str | Unset = UNSET
    bookmark_parameter2: str | Unset = UNSET
    bookmark_parameter3: str | Unset = UNSET
    subject_rules: list[SubjectRuleInput] | Unset = UNSET
    object_rules: list[ObjectRuleInput] | Unset = UNSET
    env_vars: list[NameValue] | Unset = UNSET
    files: list[TargetFile] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unique_token = str(self.unique_token)

        name = self.name

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
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
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
        from ..models.name_value import NameValue  # noqa: PLC0415
        from ..models.object_rule_input import ObjectRuleInput  # noqa: PLC0415
        from ..models.subject_rule_input import SubjectRuleInput  # noqa: PLC0415
        from ..models.target_file import TargetFile  # noqa: PLC0415

        d = dict(src_dict)
        unique_token = UUID(d.pop("unique_token"))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        url = d.pop("url", UNSET)

        bookmark_parameter1 = d.pop("bookmark_parameter1", UNSET)

        bookmark_parameter2 = d.pop("bookmark_parameter2", UNSET)

        bookmark_parameter3 = d.pop("bookmark_parameter3", UNSET)

        _subject_rules = d.pop("subject_rules", UNSET)
        subject_rules: list[SubjectRuleInput] | Unset = UNSET
        if _subject_rules is not UNSET:
            subject_rules = []
            for subject_rules_item_data in _subject_rules:
                subject_rules_item = SubjectRuleInput.from_dict(subject_rules_item_data)

                subject_rules.append(subject_rules_item)

        _object_rules = d.pop("object_rules", UNSET)
        object_rules: list[ObjectRuleInput] | Unset = UNSET
        if _object_rules is not UNSET:
            object_rules = []
            for object_rules_item_data in _object_rules:
                object_rules_item = ObjectRuleInput.from_dict(object_rules_item_data)

                object_rules.append(object_rules_item)

        _env_vars = d.pop("env_vars", UNSET)
        env_vars: list[NameValue] | Unset = UNSET
        if _env_vars is not UNSET:
            env_vars = []
            for env_vars_item_data in _env_vars:
                env_vars_item = NameValue.from_dict(env_vars_item_data)

                env_vars.append(env_vars_item)

        _files = d.pop("files", UNSET)
        files: list[TargetFile] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = TargetFile.from_dict(files_item_data)

                files.append(files_item)

        deployment_target_update = cls(
            unique_token=unique_token,
            name=name,
            description=description,
            url=url,
            bookmark_parameter1=bookmark_parameter1,
            bookmark_parameter2=bookmark_parameter2,
            bookmark_parameter3=bookmark_parameter3,
            subject_rules=subject_rules,
            object_rules=object_rules,
            env_vars=env_vars,
            files=files,
        )

        deployment_target_update.additional_properties = d
        return deployment_target_update

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
