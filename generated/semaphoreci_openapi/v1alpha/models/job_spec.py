from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_agent_spec import JobAgentSpec
    from ..models.job_file import JobFile
    from ..models.job_secret_ref import JobSecretRef
    from ..models.name_value import NameValue


T = TypeVar("T", bound="JobSpec")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "project_id",
        "agent",
        "env_vars",
        "commands",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "project_id",
        "agent",
        "env_vars",
        "commands",
        "secrets",
        "files",
        "epilogue_commands",
        "epilogue_always_commands",
        "epilogue_on_pass_commands",
        "epilogue_on_fail_commands",
    }
)


@lazy_fields(
    ("project_id", "project_id"),
    converted=(("agent", "agent", "job_agent_spec:JobAgentSpec"),),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class JobSpec:
    """What the job runs. The real server sends every list, empty or not; the environment, files and secrets of restricted
    jobs are emptied.

    """

    project_id: str
    """ Often `""`. """
    agent: JobAgentSpec
    env_vars: list[NameValue]
    """ Environment of the job, including the `SEMAPHORE_GIT_*` variables. """
    commands: list[str]
    secrets: list[JobSecretRef] | Unset = UNSET
    files: list[JobFile] | Unset = UNSET
    epilogue_commands: list[str] | Unset = UNSET
    epilogue_always_commands: list[str] | Unset = UNSET
    epilogue_on_pass_commands: list[str] | Unset = UNSET
    epilogue_on_fail_commands: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        agent = self.agent.to_dict()

        env_vars = []
        for env_vars_item_data in self.env_vars:
            env_vars_item = env_vars_item_data.to_dict()

            env_vars.append(env_vars_item)

        commands = self.commands

        secrets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.secrets, Unset):
            secrets = []
            for secrets_item_data in self.secrets:
                secrets_item = secrets_item_data.to_dict()

                secrets.append(secrets_item)

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()

                files.append(files_item)

        epilogue_commands: list[str] | Unset = UNSET
        if not isinstance(self.epilogue_commands, Unset):
            epilogue_commands = self.epilogue_commands

        epilogue_always_commands: list[str] | Unset = UNSET
        if not isinstance(self.epilogue_always_commands, Unset):
            epilogue_always_commands = self.epilogue_always_commands

        epilogue_on_pass_commands: list[str] | Unset = UNSET
        if not isinstance(self.epilogue_on_pass_commands, Unset):
            epilogue_on_pass_commands = self.epilogue_on_pass_commands

        epilogue_on_fail_commands: list[str] | Unset = UNSET
        if not isinstance(self.epilogue_on_fail_commands, Unset):
            epilogue_on_fail_commands = self.epilogue_on_fail_commands

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "agent": agent,
                "env_vars": env_vars,
                "commands": commands,
            }
        )
        if secrets is not UNSET:
            field_dict["secrets"] = secrets
        if files is not UNSET:
            field_dict["files"] = files
        if epilogue_commands is not UNSET:
            field_dict["epilogue_commands"] = epilogue_commands
        if epilogue_always_commands is not UNSET:
            field_dict["epilogue_always_commands"] = epilogue_always_commands
        if epilogue_on_pass_commands is not UNSET:
            field_dict["epilogue_on_pass_commands"] = epilogue_on_pass_commands
        if epilogue_on_fail_commands is not UNSET:
            field_dict["epilogue_on_fail_commands"] = epilogue_on_fail_commands

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
    def _decode_env_vars(d: Mapping[str, Any]) -> list[NameValue]:
        from ..models.name_value import NameValue  # noqa: PLC0415

        env_vars = model_list(NameValue, d["env_vars"])

        return env_vars

    @staticmethod
    def _decode_commands(d: Mapping[str, Any]) -> list[str]:
        commands = cast(list[str], d["commands"])

        return commands

    @staticmethod
    def _decode_secrets(d: Mapping[str, Any]) -> list[JobSecretRef] | Unset:
        from ..models.job_secret_ref import JobSecretRef  # noqa: PLC0415

        _secrets = d.get("secrets", UNSET)
        secrets: list[JobSecretRef] | Unset = UNSET
        if _secrets is not UNSET:
            secrets = model_list(JobSecretRef, _secrets)

        return secrets

    @staticmethod
    def _decode_files(d: Mapping[str, Any]) -> list[JobFile] | Unset:
        from ..models.job_file import JobFile  # noqa: PLC0415

        _files = d.get("files", UNSET)
        files: list[JobFile] | Unset = UNSET
        if _files is not UNSET:
            files = model_list(JobFile, _files)

        return files

    @staticmethod
    def _decode_epilogue_commands(d: Mapping[str, Any]) -> list[str] | Unset:
        epilogue_commands = cast(list[str], d.get("epilogue_commands", UNSET))

        return epilogue_commands

    @staticmethod
    def _decode_epilogue_always_commands(d: Mapping[str, Any]) -> list[str] | Unset:
        epilogue_always_commands = cast(list[str], d.get("epilogue_always_commands", UNSET))

        return epilogue_always_commands

    @staticmethod
    def _decode_epilogue_on_pass_commands(d: Mapping[str, Any]) -> list[str] | Unset:
        epilogue_on_pass_commands = cast(list[str], d.get("epilogue_on_pass_commands", UNSET))

        return epilogue_on_pass_commands

    @staticmethod
    def _decode_epilogue_on_fail_commands(d: Mapping[str, Any]) -> list[str] | Unset:
        epilogue_on_fail_commands = cast(list[str], d.get("epilogue_on_fail_commands", UNSET))

        return epilogue_on_fail_commands

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
