"""Contains all the data models used in inputs/outputs"""

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
