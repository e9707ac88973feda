"""Contains all the data models used in inputs/outputs (each loaded on first use)."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_names as _lazy_names

if TYPE_CHECKING:
    from .config_file import ConfigFile
    from .config_file_create import ConfigFileCreate
    from .config_file_update import ConfigFileUpdate
    from .conflict_error import ConflictError
    from .env_var import EnvVar
    from .env_var_create import EnvVarCreate
    from .env_var_update import EnvVarUpdate
    from .error import Error
    from .org import Org
    from .project import Project
    from .project_create import ProjectCreate
    from .project_create_repo_provider import ProjectCreateRepoProvider
    from .secret import Secret
    from .secret_create import SecretCreate
    from .secret_update import SecretUpdate
    from .team import Team
    from .team_create import TeamCreate
    from .team_update import TeamUpdate
    from .timestamp import Timestamp
    from .user import User
    from .validation_error import ValidationError
    from .validation_error_detail import ValidationErrorDetail
    from .validation_error_detail_code import ValidationErrorDetailCode

__all__ = (
    "ConfigFile",
    "ConfigFileCreate",
    "ConfigFileUpdate",
    "ConflictError",
    "EnvVar",
    "EnvVarCreate",
    "EnvVarUpdate",
    "Error",
    "Org",
    "Project",
    "ProjectCreate",
    "ProjectCreateRepoProvider",
    "Secret",
    "SecretCreate",
    "SecretUpdate",
    "Team",
    "TeamCreate",
    "TeamUpdate",
    "Timestamp",
    "User",
    "ValidationError",
    "ValidationErrorDetail",
    "ValidationErrorDetailCode",
)

# At run time only: for type checkers a name outside the imports above is an error.
if not TYPE_CHECKING:
    __getattr__, __dir__ = _lazy_names(
        __name__,
        {
            "ConfigFile": ".config_file",
            "ConfigFileCreate": ".config_file_create",
            "ConfigFileUpdate": ".config_file_update",
            "ConflictError": ".conflict_error",
            "EnvVar": ".env_var",
            "EnvVarCreate": ".env_var_create",
            "EnvVarUpdate": ".env_var_update",
            "Error": ".error",
            "Org": ".org",
            "Project": ".project",
            "ProjectCreate": ".project_create",
            "ProjectCreateRepoProvider": ".project_create_repo_provider",
            "Secret": ".secret",
            "SecretCreate": ".secret_create",
            "SecretUpdate": ".secret_update",
            "Team": ".team",
            "TeamCreate": ".team_create",
            "TeamUpdate": ".team_update",
            "Timestamp": ".timestamp",
            "User": ".user",
            "ValidationError": ".validation_error",
            "ValidationErrorDetail": ".validation_error_detail",
            "ValidationErrorDetailCode": ".validation_error_detail_code",
        },
    )
