"""Stage 6 — generate: the Python client from the published document.

openapi-python-client (pinned) turns each surface's codegen document (published spec
plus the Python-only overlay) into a subpackage of `semaphore_client`, with our
templates (`generator/templates/openapi-python-client/`) layered over its own. Those
templates also see what openapi-python-client does not parse: the surface's registry
entry (servers, auth, pagination) and each operation's `x-semaphore-*` extensions,
as the `semaphore` template global built here. The distribution's own files are
rendered from `generator/templates/package/`, the hand-written runtime
(`generator/runtime/semaphore_client_runtime/`) is copied verbatim into
`semaphore_client/_runtime/`, and ruff formats the whole tree once at the end.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.strings import PythonIdentifier

from ..errors import GenerationError
from ..registry import REGISTRY_FILE, Surface
from ..yamlio import load_yaml

CODEGEN_CONFIG = "generator/codegen.yaml"
OAPC_TEMPLATES = "generator/templates/openapi-python-client"
PACKAGE_TEMPLATES = "generator/templates/package"
RUNTIME_SOURCE = "generator/runtime/semaphore_client_runtime"
DISTRIBUTION = "semaphore_client"
RUNTIME_PACKAGE = "_runtime"
# openapi-python-client's own templates, reachable from ours as "openapi-python-client/<name>"
# (so an override can wrap the original instead of copying it).
ORIGINAL_TEMPLATES_PREFIX = "openapi-python-client"

TIMESTAMP_MARK = "x-semaphore-timestamp"
TIMESTAMP_MODEL = "Timestamp"
_PAGINATION_KINDS = {
    "link-relation",
    "json-page-header",
    "body-cursor",
    "more-flag-header",
}
# The public names of the runtime's BaseClient (generator/runtime/.../client.py): no
# generated method may take one of them.
_CLIENT_ATTRIBUTES = frozenset({"aclose", "base_url", "close", "surface", "with_options"})
_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _codegen_settings(root: Path) -> dict[str, Any]:
    """openapi-python-client's configuration (generator/codegen.yaml)."""
    data, _ = load_yaml(root / CODEGEN_CONFIG, display=CODEGEN_CONFIG)
    if not isinstance(data, dict):
        raise GenerationError("the configuration must be a mapping", file=CODEGEN_CONFIG)
    return dict(data)


def _config(root: Path, surface: Surface, document_path: Path, out: Path) -> Config:
    data = _codegen_settings(root)
    subpackage = surface.client_package.rsplit(".", 1)[-1]
    data = {**data, "project_name_override": subpackage, "package_name_override": subpackage}
    data["post_hooks"] = []  # ruff runs once over the whole tree, see format_tree
    return Config.from_sources(
        ConfigFile(**data),
        MetaType.NONE,
        document_path,
        "utf-8",
        overwrite=True,
        output_path=out,
    )


# -- timestamps ----------------------------------------------------------------------


def rewrite_timestamps(document: dict[str, Any]) -> dict[str, Any]:
    """Point every schema marked `x-semaphore-timestamp` at one `Timestamp` component.

    The Python overlay marks the timestamp schemas (inline ones and components); each
    becomes a reference to a single object component, which openapi-python-client turns
    into a model the templates replace with the runtime's `Timestamp` (it parses every
    encoding and keeps the raw value). A nullable timestamp becomes `Timestamp | None`.
    """
    doc = copy.deepcopy(document)
    schemas: dict[str, Any] = doc.setdefault("components", {}).setdefault("schemas", {})
    ref = f"#/components/schemas/{TIMESTAMP_MODEL}"

    def nullable(schema: dict[str, Any]) -> bool:
        kind = schema.get("type")
        return (isinstance(kind, list) and "null" in kind) or schema.get("nullable") is True

    def replacement(schema: dict[str, Any]) -> dict[str, Any]:
        if nullable(schema):
            return {"oneOf": [{"$ref": ref}, {"type": "null"}]}
        return {"$ref": ref}

    marked = {
        f"#/components/schemas/{name}": replacement(schema)
        for name, schema in schemas.items()
        if isinstance(schema, dict) and schema.get(TIMESTAMP_MARK)
    }
    if TIMESTAMP_MODEL in schemas and f"#/components/schemas/{TIMESTAMP_MODEL}" not in marked:
        raise GenerationError(
            f"component `{TIMESTAMP_MODEL}` is not a timestamp, but the client needs the name",
            pointer=f"/components/schemas/{TIMESTAMP_MODEL}",
        )
    for pointer in marked:
        del schemas[pointer.rsplit("/", 1)[-1]]
    used = bool(marked)

    def walk(node: Any) -> Any:
        nonlocal used
        if isinstance(node, list):
            return [walk(item) for item in node]
        if not isinstance(node, dict):
            return node
        if node.get(TIMESTAMP_MARK):
            used = True
            new = replacement(node)
            if "description" in node:
                new["description"] = node["description"]
            return new
        if node.get("$ref") in marked:
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            return {**marked[node["$ref"]], **siblings}
        # Examples are data, not schemas: a `$ref` key in one must stay as it is.
        return {k: v if k in {"example", "examples"} else walk(v) for k, v in node.items()}

    doc = dict(walk(doc))
    if used:
        doc["components"]["schemas"][TIMESTAMP_MODEL] = {
            "type": "object",
            "description": "A point in time in any of the encodings the servers use.",
        }
    return doc


# -- what the templates know beyond openapi-python-client --------------------------


def _resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s until a non-reference node."""
    seen = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            break
        seen.add(ref)
        target: Any = document
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _auth(surface: Surface) -> list[dict[str, str]]:
    """The registry's auth schemes as (location, param, prefix) the runtime applies."""
    schemes = []
    for entry in surface.facts["auth"]:
        kind = entry.get("type")
        if kind == "apiKey" and entry.get("in") in {"header", "query"}:
            location, param, prefix = entry["in"], entry["param"], entry.get("prefix", "")
        elif kind == "http" and str(entry.get("scheme", "")).lower() == "bearer":
            location, param, prefix = "header", "Authorization", "Bearer "
        else:
            raise GenerationError(
                f"{surface.name}: auth scheme {entry.get('name')!r} ({kind}) is not supported "
                "by the client (apiKey in a header or query parameter, or http bearer)",
                file="spec/surfaces.yaml",
            )
        schemes.append(
            {
                "name": str(entry["name"]),
                "location": str(location),
                "param": str(param),
                "prefix": str(prefix),
                "description": str(entry.get("description", "")).strip(),
            }
        )
    return schemes


def _pagination(surface: Surface) -> dict[str, dict[str, Any]]:
    """Each registry pagination style with how a client walks it (its `kind` and fields)."""
    styles = {}
    for name, facts in (surface.facts.get("pagination") or {}).items():
        if facts.get("kind") not in _PAGINATION_KINDS:
            raise GenerationError(
                f"pagination style {name!r} of {surface.name} needs a `kind` "
                f"({', '.join(sorted(_PAGINATION_KINDS))})",
                file=REGISTRY_FILE,
            )
        listed = {str(h).lower() for h in facts.get("headers") or []}
        for key in ("header", "total_header"):
            header = facts.get(key)
            if header is not None and str(header).lower() not in listed:
                raise GenerationError(
                    f"pagination style {name!r}: {key} {header!r} is not among its headers "
                    f"({', '.join(sorted(listed)) or 'none'})",
                    file=REGISTRY_FILE,
                )
        mechanics = {k: v for k, v in facts.items() if k not in ("description", "headers")}
        styles[name] = {"name": name, **mechanics}
    return styles


def _query_params(
    document: dict[str, Any], path_item: dict[str, Any], op: dict[str, Any]
) -> set[str]:
    params = [*path_item.get("parameters", []), *op.get("parameters", [])]
    return {
        str(p["name"])
        for p in (_resolve(document, p) for p in params)
        if isinstance(p, dict) and p.get("in") == "query"
    }


def _parameter_docs(
    document: dict[str, Any], path_item: dict[str, Any], op: dict[str, Any], field_prefix: str
) -> dict[str, str]:
    """Python argument name -> the spec's description of the parameter (or request body).

    openapi-python-client documents an argument with its schema's description only; the
    parameter's own description is the one the spec writes.
    """
    docs = {}
    for param in [*path_item.get("parameters", []), *op.get("parameters", [])]:
        param = _resolve(document, param)
        if isinstance(param, dict) and param.get("description"):
            name = PythonIdentifier(str(param["name"]), prefix=field_prefix)
            docs[str(name)] = " ".join(str(param["description"]).split())
    body = _resolve(document, op.get("requestBody"))
    if isinstance(body, dict) and body.get("description"):
        docs["body"] = " ".join(str(body["description"]).split())
    return docs


def _body_fields(document: dict[str, Any], op: dict[str, Any]) -> set[str]:
    body = _resolve(document, op.get("requestBody")) or {}
    fields: set[str] = set()
    for media in (body.get("content") or {}).values():
        schema = _resolve(document, media.get("schema"))
        if isinstance(schema, dict):
            fields.update(schema.get("properties") or {})
    return fields


def _page_items(
    document: dict[str, Any], op_id: str, op: dict[str, Any], style: dict[str, Any]
) -> str | None:
    """The property of the 200 body holding the items (None: the body is the list)."""
    response = _resolve(document, (op.get("responses") or {}).get("200")) or {}
    schema = _resolve(
        document, ((response.get("content") or {}).get("application/json") or {}).get("schema")
    )
    if not isinstance(schema, dict):
        raise GenerationError(f"{op_id} is paginated but its 200 response has no JSON schema")
    if schema.get("type") == "array":
        return None
    properties = {
        name: _resolve(document, prop) for name, prop in (schema.get("properties") or {}).items()
    }
    for field in [style.get("stop_field")] + [
        v[1:-1] for v in (style.get("cursor_params") or {}).values() if str(v).startswith("{")
    ]:
        if field is not None and field not in properties:
            raise GenerationError(f"{op_id}: pagination field {field!r} is not in its 200 body")
    arrays: list[str] = [
        str(name)
        for name, prop in properties.items()
        if isinstance(prop, dict) and prop.get("type") == "array"
    ]
    if len(arrays) != 1:
        raise GenerationError(
            f"{op_id} is paginated: its 200 body must be an array or hold exactly one array "
            f"property (found {', '.join(arrays) or 'none'})"
        )
    return arrays[0]


def _operations(
    document: dict[str, Any], styles: dict[str, dict[str, Any]], field_prefix: str
) -> dict[str, dict[str, Any]]:
    """Per operation (by generated module name): method, path, server and extensions."""
    operations: dict[str, dict[str, Any]] = {}
    method_names: set[str] = set()
    for path, item in (document.get("paths") or {}).items():
        for method in _HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            op_id = str(op["operationId"])
            style_name = op.get("x-semaphore-pagination")
            items = None
            if style_name is not None:
                # The runtime sets the style's query parameters whether or not the
                # operation declares them; the body fields it reads must exist.
                style = styles[style_name]
                items = _page_items(document, op_id, op, style)
            token = op.get("x-semaphore-idempotency-token")
            if token is not None and token not in (
                _query_params(document, item, op) | _body_fields(document, op)
            ):
                raise GenerationError(
                    f"{op_id}: idempotency token {token!r} is neither a query parameter nor "
                    "a body field",
                    pointer=f"/paths/{path}/{method}",
                )
            name = PythonIdentifier(op_id, prefix=field_prefix)
            methods = [name, f"{name}_async"] + ([f"iter_{name}"] if style_name else [])
            taken = [m for m in methods if m in _CLIENT_ATTRIBUTES or m in method_names]
            if taken or name.startswith("_"):
                raise GenerationError(
                    f"{op_id}: the client method name(s) {', '.join(taken or [name])} are "
                    "taken; rename the operation",
                    pointer=f"/paths/{path}/{method}",
                )
            method_names.update(methods)
            operations[name] = {
                "id": op_id,
                "method": method.upper(),
                "path": path,
                "server": op.get("x-semaphore-server", "default"),
                "pagination": style_name,
                "items": items,
                "idempotency_token": token,
                "stability": op.get("x-semaphore-stability"),
                "parameters": _parameter_docs(document, item, op, field_prefix),
            }
    return operations


def surface_context(root: Path, surface: Surface, document: dict[str, Any]) -> dict[str, Any]:
    """The `semaphore` template global: registry facts and operation extensions."""
    oapc = _codegen_settings(root)
    styles = _pagination(surface)
    servers = [
        {"name": str(name), "url": str(server["url"])}
        for name, server in surface.facts["servers"].items()
    ]
    variables: list[str] = []
    for server in surface.facts["servers"].values():
        for variable in server.get("variables") or {}:
            if variable not in variables:
                variables.append(variable)
    return {
        "name": surface.name,
        "title": surface.title,
        "description": str(surface.facts["description"]).strip(),
        "package": surface.client_package,
        "servers": servers,
        "variables": variables,
        "variable_descriptions": {
            variable: str(facts.get("description", ""))
            for server in surface.facts["servers"].values()
            for variable, facts in (server.get("variables") or {}).items()
        },
        "auth": _auth(surface),
        "pagination": styles,
        "operations": _operations(document, styles, str(oapc.get("field_prefix", "field_"))),
        "timestamp_model": TIMESTAMP_MODEL,
    }


# -- template helpers -------------------------------------------------------------------


def _success_responses(endpoint: Any) -> list[tuple[Any, str]]:
    """(response, Python type) of each 2xx response of an endpoint, in status order."""
    out = []
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range
        if low >= 200 and high <= 299:
            if response.source["attribute"] == "None":
                out.append((response, "None"))
            else:
                out.append((response, response.prop.get_type_string().as_unembedded_code()))
    return out


def _success_type(endpoint: Any) -> str:
    types: list[str] = []
    for _, kind in _success_responses(endpoint):
        for part in kind.split(" | "):
            if part not in types:
                types.append(part)
    if not types:
        return "None"
    if "Any" in types:
        return "Any"
    return " | ".join(types)


def _page_item_type(endpoint: Any, items: str | None) -> str:
    """The Python type of one item of a paginated endpoint's page."""
    responses = [r for r, _ in _success_responses(endpoint) if r.status_code.range == (200, 200)]
    prop = responses[0].prop
    if items is not None:
        prop = next(
            p for p in prop.required_properties + prop.optional_properties if p.name == items
        )
    inner = getattr(prop, "inner_property", None)
    if inner is None:
        raise GenerationError(f"{endpoint.name}: the page's items are not a list")
    return str(inner.get_type_string().as_unembedded_code())


def _page_item_required(endpoint: Any, items: str) -> bool:
    responses = [r for r, _ in _success_responses(endpoint) if r.status_code.range == (200, 200)]
    model = responses[0].prop
    return any(p.name == items for p in model.required_properties)


def _page_item_attribute(endpoint: Any, items: str) -> str:
    responses = [r for r, _ in _success_responses(endpoint) if r.status_code.range == (200, 200)]
    model = responses[0].prop
    prop = next(p for p in model.required_properties + model.optional_properties if p.name == items)
    return str(prop.python_name)


TEMPLATE_GLOBALS: dict[str, Callable[..., Any]] = {
    "success_responses": _success_responses,
    "success_type": _success_type,
    "page_item_type": _page_item_type,
    "page_item_required": _page_item_required,
    "page_item_attribute": _page_item_attribute,
}


def _project(
    root: Path, surface: Surface, document: dict[str, Any], document_path: Path, out: Path
) -> Project:
    config = _config(root, surface, document_path, out)
    openapi = GeneratorData.from_dict(document, config=config)
    if not isinstance(openapi, GeneratorData):
        raise GenerationError(
            f"openapi-python-client cannot read the {surface.name} document: {openapi.header}"
            + (f"\n{openapi.detail}" if openapi.detail else ""),
            file=f"published/{surface.name}/openapi.json",
        )
    templates = root / OAPC_TEMPLATES
    project = Project(
        openapi=openapi,
        config=config,
        custom_template_path=templates if templates.is_dir() else None,
    )
    project.env.loader = jinja2.ChoiceLoader(
        [
            project.env.loader or jinja2.BaseLoader(),
            jinja2.PrefixLoader(
                {ORIGINAL_TEMPLATES_PREFIX: jinja2.PackageLoader("openapi_python_client")}
            ),
        ]
    )
    project.env.globals.update(
        semaphore=surface_context(root, surface, document), **TEMPLATE_GLOBALS
    )
    project.env.filters["pyrepr"] = repr
    return project


def generate_surface(
    root: Path, surface: Surface, document: dict[str, Any], package_dir: Path
) -> Path:
    """Generate `<package_dir>/<subpackage>` for one surface; any warning is an error."""
    subpackage = surface.client_package.rsplit(".", 1)[-1]
    out = package_dir / subpackage
    document = rewrite_timestamps(document)
    with tempfile.TemporaryDirectory(prefix="semaphore-codegen-") as tmp:
        document_path = Path(tmp) / "openapi.json"
        document_path.write_text(json.dumps(document), encoding="utf-8")
        problems = _project(root, surface, document, document_path, out).build()
    if problems:
        details = "\n".join(
            f"  {p.level.value}: {p.header}" + (f"\n    {p.detail.strip()}" if p.detail else "")
            for p in problems
        )
        raise GenerationError(
            f"openapi-python-client reported {len(problems)} problem(s) "
            f"for {surface.name}:\n{details}",
            file=f"published/{surface.name}/openapi.json",
        )
    return out


# -- the distribution's own files -----------------------------------------------------


def package_outputs(root: Path) -> list[str]:
    """The files `render_package` writes, relative to the distribution folder.

    build.py swaps these into `generated/` (the surface subpackages are swapped per surface).
    """
    templates = root / PACKAGE_TEMPLATES
    rendered = [
        str(t.relative_to(templates)).removesuffix(".j2") for t in sorted(templates.rglob("*.j2"))
    ]
    return [*rendered, f"{DISTRIBUTION}/{RUNTIME_PACKAGE}"]


def render_package(
    root: Path, surfaces: list[Surface], package_root: Path, version: str
) -> list[str]:
    """Render the distribution's own files and copy the runtime; return `package_outputs`."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(root / PACKAGE_TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    context = {"surfaces": [s.template_context() for s in surfaces], "version": version}
    for template in sorted((root / PACKAGE_TEMPLATES).rglob("*.j2")):
        rel = template.relative_to(root / PACKAGE_TEMPLATES)
        target = package_root / str(rel).removesuffix(".j2")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(env.get_template(rel.as_posix()).render(**context), encoding="utf-8")
    runtime = package_root / DISTRIBUTION / RUNTIME_PACKAGE
    if runtime.exists():
        shutil.rmtree(runtime)
    runtime.mkdir(parents=True)
    for source in sorted((root / RUNTIME_SOURCE).glob("*.py")):
        shutil.copyfile(source, runtime / source.name)
    return package_outputs(root)


def format_tree(path: Path) -> None:
    """`ruff check --fix` (imports only) then `ruff format`, with the project's pinned ruff."""
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        raise GenerationError("ruff is not installed; it formats the generated client")
    for args in (["check", "--fix-only", "--select", "I,F401", "--quiet"], ["format", "--quiet"]):
        run = subprocess.run(
            [ruff, *args, "--no-cache", "--config", "line-length=100", str(path)],
            capture_output=True,
            text=True,
        )
        if run.returncode != 0:
            raise GenerationError(
                f"ruff {args[0]} failed on the generated client:\n{run.stderr or run.stdout}"
            )
