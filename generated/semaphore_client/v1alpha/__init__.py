"""A client library for accessing Semaphore 2.0 API v1alpha"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
