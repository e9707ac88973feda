"""Contains all the data models used in inputs/outputs"""

from .branch import Branch
from .branch_history import BranchHistory
from .branch_history_build import BranchHistoryBuild
from .branch_status import BranchStatus
from .build import Build
from .build_log import BuildLog
from .commit import Commit
from .deploy import Deploy
from .deploy_log import DeployLog
from .error import Error
from .hook_type import HookType
from .log_command import LogCommand
from .log_thread import LogThread
from .pagination import Pagination
from .project import Project
from .server import Server
from .server_history import ServerHistory
from .server_status import ServerStatus
from .timestamp import Timestamp
from .webhook import Webhook
from .webhook_request import WebhookRequest

__all__ = (
    "Branch",
    "BranchHistory",
    "BranchHistoryBuild",
    "BranchStatus",
    "Build",
    "BuildLog",
    "Commit",
    "Deploy",
    "DeployLog",
    "Error",
    "HookType",
    "LogCommand",
    "LogThread",
    "Pagination",
    "Project",
    "Server",
    "ServerHistory",
    "ServerStatus",
    "Timestamp",
    "Webhook",
    "WebhookRequest",
)
