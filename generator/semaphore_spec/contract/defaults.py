"""The contract command's defaults that the runner, the reports and the command line
share; a module of its own, so that `semaphore-spec contract --help` loads no runner."""

from __future__ import annotations

# The one environment variable the token is read from; the README and `--help` name it,
# and the curl commands of the reports refer to it instead of writing the token down.
TOKEN_VARIABLE = "SEMAPHORE_API_TOKEN"
# Seconds for a whole run: a full read-only run of the largest surface takes minutes.
DEFAULT_MAX_TIME = 1800.0
