"""Contains all the data models used in inputs/outputs"""

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
