"""The `semaphore` template global: what our client templates know beyond what
openapi-python-client parses: the surface's registry facts (servers, auth, pagination)
and each operation's `x-semaphore-*` extensions.

Stage 4 has already checked every spec rule these rely on (pagination bodies,
idempotency tokens); the only check left here is a Python one: a generated method
name must not shadow the runtime client's own attributes or another method.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.strings import PythonIdentifier

from ..document import iter_operations, join_pointer, operation_parameters, resolve
from ..errors import GenerationError
from ..registry import Surface
from ..stages.validate_extensions import page_shape
from .timestamps import TIMESTAMP_MODEL

# The public names of the runtime's BaseClient (generator/runtime/.../client.py): no
# generated method may take one of them.
CLIENT_ATTRIBUTES = frozenset({"aclose", "base_url", "close", "surface", "with_options"})


def auth_context(surface: Surface) -> list[dict[str, str]]:
    """The registry's auth schemes as (location, param, prefix) the runtime applies."""
    return [
        {
            "name": scheme.name,
            "location": scheme.location,
            "param": scheme.param,
            "prefix": scheme.token_prefix,
            "description": scheme.description.strip(),
        }
        for scheme in surface.auth
    ]


def pagination_context(surface: Surface) -> dict[str, dict[str, Any]]:
    """Each registry pagination style with how a client walks it (its `kind` and fields)."""
    return {
        name: {
            "name": name,
            **style.model_dump(exclude_unset=True, exclude={"description", "headers"}),
        }
        for name, style in surface.pagination.items()
    }


def _parameter_docs(
    document: dict[str, Any], path_item: dict[str, Any], op: dict[str, Any], field_prefix: str
) -> dict[str, str]:
    """Python argument name -> the spec's description of the parameter (or request body).

    openapi-python-client documents an argument with its schema's description only; the
    parameter's own description is the one the spec writes.
    """
    docs = {}
    for param in operation_parameters(document, path_item, op):
        if param.get("description"):
            name = PythonIdentifier(str(param["name"]), prefix=field_prefix)
            docs[str(name)] = " ".join(str(param["description"]).split())
    body = resolve(document, op.get("requestBody"))
    if isinstance(body, dict) and body.get("description"):
        docs["body"] = " ".join(str(body["description"]).split())
    return docs


def operations_context(
    document: dict[str, Any], surface: Surface, field_prefix: str
) -> dict[str, dict[str, Any]]:
    """Per operation (by generated module name): method, path, server and extensions."""
    operations: dict[str, dict[str, Any]] = {}
    method_names: set[str] = set()
    for path, method, op in iter_operations(document):
        op_id = str(op["operationId"])
        style_name = op.get("x-semaphore-pagination")
        items = page_shape(document, op)[0] if style_name is not None else None
        name = PythonIdentifier(op_id, prefix=field_prefix)
        methods = [name, f"{name}_async"] + ([f"iter_{name}"] if style_name else [])
        taken = [m for m in methods if m in CLIENT_ATTRIBUTES or m in method_names]
        if taken or name.startswith("_"):
            raise GenerationError(
                f"{op_id}: the client method name(s) {', '.join(taken or [name])} are "
                "taken; rename the operation",
                file=f"{surface.published_dir}/openapi.json",
                pointer=join_pointer("/paths", path, method),
            )
        method_names.update(methods)
        item = (document.get("paths") or {})[path]
        operations[name] = {
            "id": op_id,
            "method": method.upper(),
            "path": path,
            "server": op.get("x-semaphore-server", "default"),
            "pagination": style_name,
            "items": items,
            "idempotency_token": op.get("x-semaphore-idempotency-token"),
            "stability": op.get("x-semaphore-stability"),
            "parameters": _parameter_docs(document, item, op, field_prefix),
        }
    return operations


def surface_context(
    surface: Surface, document: dict[str, Any], field_prefix: str
) -> dict[str, Any]:
    """The `semaphore` template global: registry facts and operation extensions."""
    variables: list[str] = []
    for server in surface.servers.values():
        for variable in server.variables or {}:
            if variable not in variables:
                variables.append(variable)
    return {
        "name": surface.name,
        "title": surface.title,
        "description": surface.description.strip(),
        "package": surface.client_package,
        "servers": [{"name": name, "url": server.url} for name, server in surface.servers.items()],
        "variables": variables,
        "variable_descriptions": {
            variable: facts.description
            for server in surface.servers.values()
            for variable, facts in (server.variables or {}).items()
        },
        "auth": auth_context(surface),
        "pagination": pagination_context(surface),
        "operations": operations_context(document, surface, field_prefix),
        "timestamp_model": TIMESTAMP_MODEL,
    }
