"""Contains all the data models used in inputs/outputs (each loaded on first use)."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_names as _lazy_names

if TYPE_CHECKING:
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

# At run time only: for type checkers a name outside the imports above is an error.
if not TYPE_CHECKING:
    __getattr__, __dir__ = _lazy_names(
        __name__,
        {
            "Branch": ".branch",
            "BranchHistory": ".branch_history",
            "BranchHistoryBuild": ".branch_history_build",
            "BranchStatus": ".branch_status",
            "Build": ".build",
            "BuildLog": ".build_log",
            "Commit": ".commit",
            "Deploy": ".deploy",
            "DeployLog": ".deploy_log",
            "Error": ".error",
            "HookType": ".hook_type",
            "LogCommand": ".log_command",
            "LogThread": ".log_thread",
            "Pagination": ".pagination",
            "Project": ".project",
            "Server": ".server",
            "ServerHistory": ".server_history",
            "ServerStatus": ".server_status",
            "Timestamp": ".timestamp",
            "Webhook": ".webhook",
            "WebhookRequest": ".webhook_request",
        },
    )
