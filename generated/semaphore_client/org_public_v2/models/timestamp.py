"""Timestamps in any encoding the servers use: see `semaphore_client.Timestamp`."""

from ..._runtime.timestamps import Timestamp

__all__ = ["Timestamp"]
