"""Why a contract run cannot start."""

from __future__ import annotations

from ..errors import SpecError


class ContractError(SpecError):
    """The run cannot start or carry on: an unknown tag or operationId, a write
    operation without `--allow-writes`, a server that does not answer."""


class Terminated(KeyboardInterrupt):
    """SIGTERM during a run: stops it the way Ctrl-C does, so its reports are written."""
