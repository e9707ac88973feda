"""Contains all the data models used in inputs/outputs (each loaded on first use)."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_names as _lazy_names

if TYPE_CHECKING:
    from .empty import Empty
    from .gateway_error import GatewayError
    from .gateway_error_detail import GatewayErrorDetail
    from .project_secret import ProjectSecret
    from .project_secret_data import ProjectSecretData
    from .project_secret_env_var import ProjectSecretEnvVar
    from .project_secret_file import ProjectSecretFile
    from .project_secret_input import ProjectSecretInput
    from .project_secret_input_data import ProjectSecretInputData
    from .project_secret_input_metadata import ProjectSecretInputMetadata
    from .project_secret_list import ProjectSecretList
    from .project_secret_metadata import ProjectSecretMetadata
    from .timestamp import Timestamp

__all__ = (
    "Empty",
    "GatewayError",
    "GatewayErrorDetail",
    "ProjectSecret",
    "ProjectSecretData",
    "ProjectSecretEnvVar",
    "ProjectSecretFile",
    "ProjectSecretInput",
    "ProjectSecretInputData",
    "ProjectSecretInputMetadata",
    "ProjectSecretList",
    "ProjectSecretMetadata",
    "Timestamp",
)

# At run time only: for type checkers a name outside the imports above is an error.
if not TYPE_CHECKING:
    __getattr__, __dir__ = _lazy_names(
        __name__,
        {
            "Empty": ".empty",
            "GatewayError": ".gateway_error",
            "GatewayErrorDetail": ".gateway_error_detail",
            "ProjectSecret": ".project_secret",
            "ProjectSecretData": ".project_secret_data",
            "ProjectSecretEnvVar": ".project_secret_env_var",
            "ProjectSecretFile": ".project_secret_file",
            "ProjectSecretInput": ".project_secret_input",
            "ProjectSecretInputData": ".project_secret_input_data",
            "ProjectSecretInputMetadata": ".project_secret_input_metadata",
            "ProjectSecretList": ".project_secret_list",
            "ProjectSecretMetadata": ".project_secret_metadata",
            "Timestamp": ".timestamp",
        },
    )
