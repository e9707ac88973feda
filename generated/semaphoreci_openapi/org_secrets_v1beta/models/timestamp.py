"""Timestamps in any encoding the servers use: see `semaphoreci_openapi.Timestamp`."""

from ..._runtime.timestamps import Timestamp

__all__ = ["Timestamp"]
