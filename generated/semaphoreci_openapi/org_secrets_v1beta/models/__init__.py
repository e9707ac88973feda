"""Contains all the data models used in inputs/outputs (each loaded on first use)."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_names as _lazy_names

if TYPE_CHECKING:
    from .empty import Empty
    from .gateway_error import GatewayError
    from .gateway_error_detail import GatewayErrorDetail
    from .list_secrets_order import ListSecretsOrder
    from .secret import Secret
    from .secret_data import SecretData
    from .secret_env_var import SecretEnvVar
    from .secret_file import SecretFile
    from .secret_input import SecretInput
    from .secret_input_data import SecretInputData
    from .secret_input_metadata import SecretInputMetadata
    from .secret_list import SecretList
    from .secret_metadata import SecretMetadata
    from .secret_org_config import SecretOrgConfig
    from .secret_org_config_attach_access import SecretOrgConfigAttachAccess
    from .secret_org_config_debug_access import SecretOrgConfigDebugAccess
    from .secret_org_config_projects_access import SecretOrgConfigProjectsAccess
    from .timestamp import Timestamp

__all__ = (
    "Empty",
    "GatewayError",
    "GatewayErrorDetail",
    "ListSecretsOrder",
    "Secret",
    "SecretData",
    "SecretEnvVar",
    "SecretFile",
    "SecretInput",
    "SecretInputData",
    "SecretInputMetadata",
    "SecretList",
    "SecretMetadata",
    "SecretOrgConfig",
    "SecretOrgConfigAttachAccess",
    "SecretOrgConfigDebugAccess",
    "SecretOrgConfigProjectsAccess",
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
            "ListSecretsOrder": ".list_secrets_order",
            "Secret": ".secret",
            "SecretData": ".secret_data",
            "SecretEnvVar": ".secret_env_var",
            "SecretFile": ".secret_file",
            "SecretInput": ".secret_input",
            "SecretInputData": ".secret_input_data",
            "SecretInputMetadata": ".secret_input_metadata",
            "SecretList": ".secret_list",
            "SecretMetadata": ".secret_metadata",
            "SecretOrgConfig": ".secret_org_config",
            "SecretOrgConfigAttachAccess": ".secret_org_config_attach_access",
            "SecretOrgConfigDebugAccess": ".secret_org_config_debug_access",
            "SecretOrgConfigProjectsAccess": ".secret_org_config_projects_access",
            "Timestamp": ".timestamp",
        },
    )
