"""The registry of API surfaces (`spec/surfaces.yaml`): the one place that names a
surface and says where it lives, how it authenticates, how it paginates and how its
real servers answer what no single operation pins down. See `model.py`."""

from __future__ import annotations

from ..project import REGISTRY_FILE
from .load import Registry, check_spec_folders, load_registry, select
from .model import (
    ApiKeyAuth,
    AuthScheme,
    CannedResponse,
    HttpAuth,
    RouteRule,
    Server,
    ServerConventions,
    Surface,
)
from .pagination import (
    BodyCursorStyle,
    BodyPageCountStyle,
    JsonPageHeaderStyle,
    LinkRelationStyle,
    MoreFlagHeaderStyle,
    PaginationStyle,
)

__all__ = [
    "REGISTRY_FILE",
    "ApiKeyAuth",
    "AuthScheme",
    "BodyCursorStyle",
    "BodyPageCountStyle",
    "CannedResponse",
    "HttpAuth",
    "JsonPageHeaderStyle",
    "LinkRelationStyle",
    "MoreFlagHeaderStyle",
    "PaginationStyle",
    "Registry",
    "RouteRule",
    "Server",
    "ServerConventions",
    "Surface",
    "check_spec_folders",
    "load_registry",
    "select",
]
