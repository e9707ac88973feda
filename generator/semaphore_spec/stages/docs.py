"""Stage 5b — docs: one self-contained HTML reference page per surface.

`published/<surface>/reference.html` is rendered from the published document (what
the page says is what the spec says), the registry (how authentication and each
pagination style work, in words) and the recorded fixtures (real exchanges as
examples). It needs nothing beside itself: the stylesheet is inlined, there is no
script, and the only links out are those written in the descriptions.

Templates: generator/templates/docs/ (`reference.html.j2` and `reference.css`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from markdown_it import MarkdownIt
from markupsafe import Markup

from ..document import escape_pointer_token, resolve
from ..errors import GenerationError, ValidationError
from ..fixtures import Fixture, Operation, operations
from ..publish.schema_view import anchor, constraints, fields, summary
from ..registry import Surface
from .bundle import SourceMap
from .docs_strict import AbsentKey, Located, SpecUndefined
from .publish import ARTIFACTS, FIXTURES_NAME, canonical_order

TEMPLATES = "generator/templates/docs"
REFERENCE_NAME = "reference.html"
UNTAGGED = "Other"

_MARKDOWN = MarkdownIt("commonmark", {"html": False})  # raw HTML in a description is escaped


def markdown(text: Any) -> Markup:
    """CommonMark to HTML (safe: raw HTML in the source is shown, not rendered)."""
    return Markup(_MARKDOWN.render(str(text or "")))


def markdown_inline(text: Any) -> Markup:
    """One line of CommonMark, without the enclosing paragraph."""
    return Markup(_MARKDOWN.renderInline(str(text or "")))


def _resolve_at(document: dict[str, Any], node: Any, pointer: str) -> tuple[Any, str]:
    """`_resolve`, and the pointer of the node it ends on (the last local `$ref`'s target)."""
    ref = node.get("$ref") if isinstance(node, dict) else None
    if isinstance(ref, str) and ref.startswith("#/"):
        pointer = ref[1:]
    return _resolve(document, node), pointer


def _resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow `$ref`s of non-schema objects; a reference's description wins (3.1)."""
    return resolve(document, node, siblings=True)


def _header(document: dict[str, Any], name: str, raw: Any) -> dict[str, Any]:
    """A header for display; one described by `content` shows its media type's schema."""
    header = _resolve(document, raw)
    if "schema" in header:
        shown = summary(header["schema"])
    else:
        shown = Markup("<br>").join(
            Markup("<code>{}</code>: {}").format(m["type"], m["summary"])
            for m in _media(header.get("content"))
        )
    return {"name": name, **header, "summary": shown}


def _media(content: Any) -> list[dict[str, Any]]:
    return [
        {"type": media_type, "schema": media.get("schema"), "summary": summary(media.get("schema"))}
        for media_type, media in (content or {}).items()
    ]


def _parameters(document: dict[str, Any], path_item: dict[str, Any], op: Operation) -> list[Any]:
    """Path-level and operation-level parameters; the operation's win (same name and in)."""
    merged: dict[tuple[str, str], tuple[Any, str]] = {}
    item_at = f"/paths/{escape_pointer_token(op.path)}"
    raws = [
        *(
            (raw, f"{item_at}/parameters/{i}")
            for i, raw in enumerate(path_item.get("parameters", []))
        ),
        *(
            (raw, f"{item_at}/{op.method}/parameters/{i}")
            for i, raw in enumerate(op.spec.get("parameters", []))
        ),
    ]
    for raw, at in raws:
        param, at = _resolve_at(document, raw, at)
        merged[(param["name"], param["in"])] = (param, at)
    return [
        Located(
            at,
            {**p, "summary": summary(p.get("schema")), "constraints": constraints(p.get("schema"))},
        )
        for p, at in merged.values()
    ]


def _responses(document: dict[str, Any], op: Operation) -> list[dict[str, Any]]:
    found = []
    for status, raw in op.spec.get("responses", {}).items():
        response = _resolve(document, raw)
        headers = [
            _header(document, name, header)
            for name, header in (response.get("headers") or {}).items()
        ]
        found.append(
            {
                "status": status,
                "description": response.get("description", ""),
                "content": _media(response.get("content")),
                "headers": headers,
                "component": raw["$ref"].rsplit("/", 1)[-1] if "$ref" in raw else None,
            }
        )
    return found


def _request_body(document: dict[str, Any], op: Operation) -> dict[str, Any] | None:
    body = op.spec.get("requestBody")
    if body is None:
        return None
    body = _resolve(document, body)
    media = _media(body.get("content"))
    first = media[0]["schema"] if media else None
    target = _resolve_schema(document, first)
    return {**body, "media": media, "fields": fields(target)}


def _resolve_schema(document: dict[str, Any], schema: Any) -> Any:
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        name = schema["$ref"].rsplit("/", 1)[-1]
        return document.get("components", {}).get("schemas", {}).get(name)
    return schema


def _pretty(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def _is_multipart(headers: dict[str, Any]) -> bool:
    value = next((str(v) for k, v in headers.items() if str(k).lower() == "content-type"), "")
    return value.split(";")[0].strip().lower() == "multipart/form-data"


def _exchange(fixture: Fixture) -> dict[str, Any]:
    """A recorded exchange as the lines of an HTTP request and its response."""
    request, response = fixture.request, fixture.response
    query = request.get("query") or {}
    target = request["path"] + ("?" + urlencode(query, doseq=True) if query else "")
    req_lines = [f"{request['method'].upper()} {target}"]
    req_lines += [f"{k}: {v}" for k, v in (request.get("headers") or {}).items()]
    if "body" in request:
        req_lines += ["", _pretty(request["body"])]
    elif "form" in request and _is_multipart(request.get("headers") or {}):
        # One part per field, as RFC 7578 sends them (the boundary left abstract).
        for name, value in request["form"].items():
            for item in value if isinstance(value, list) else [value]:
                disposition = f'Content-Disposition: form-data; name="{name}"'
                req_lines += ["", "--boundary", disposition, "", str(item)]
        req_lines += ["--boundary--"]
    elif "form" in request:
        req_lines += ["", urlencode(request["form"], doseq=True)]
    elif "text" in request:
        req_lines += ["", str(request["text"])]
    res_lines = [f"HTTP {response['status']}"]
    res_lines += [f"{k}: {v}" for k, v in (response.get("headers") or {}).items()]
    if "body" in response:
        res_lines += ["", _pretty(response["body"])]
    elif "text" in response:
        res_lines += ["", str(response["text"])]
    return {
        "name": fixture.name,
        "status": fixture.status,
        "summary": fixture.summary,
        "source": fixture.source,
        "request": "\n".join(req_lines),
        "response": "\n".join(res_lines),
    }


def _auth(surface: Surface, document: dict[str, Any]) -> list[dict[str, Any]]:
    """The registry's authentication schemes, with how a request carries each."""
    schemes = []
    for scheme in surface.auth:
        if scheme.location == "query":
            how = f"query parameter `{scheme.param}=<token>`"
        else:
            how = f"header `{scheme.param}: {scheme.token_prefix}<token>`"
        schemes.append({**scheme.model_dump(by_alias=True), "how": how})
    return schemes


def _operation(
    document: dict[str, Any], surface: Surface, op: Operation, fixtures: list[Fixture]
) -> dict[str, Any]:
    path_item = document["paths"][op.path]
    server = op.spec.get("x-semaphore-server")
    return {
        "id": op.operation_id,
        "method": op.method,
        "path": op.path,
        "summary": op.spec.get("summary", ""),
        "description": op.spec.get("description", ""),
        "deprecated": bool(op.spec.get("deprecated")),
        "pagination": op.spec.get("x-semaphore-pagination"),
        "stability": op.spec.get("x-semaphore-stability"),
        "idempotency": op.spec.get("x-semaphore-idempotency-token"),
        "server": surface.servers[server].url if server else None,
        "security": op.spec.get("security"),
        "parameters": _parameters(document, path_item, op),
        "request_body": _request_body(document, op),
        "responses": _responses(document, op),
        "examples": [_exchange(f) for f in fixtures if f.operation_id == op.operation_id],
    }


def _tags(document: dict[str, Any], ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Declared tags in document order, each with its operations; untagged ones last."""
    by_tag: dict[str, list[dict[str, Any]]] = {}
    for op, raw in zip(ops, operations(document), strict=True):
        by_tag.setdefault((raw.spec.get("tags") or [UNTAGGED])[0], []).append(op)
    declared = [t for t in document.get("tags", []) if t["name"] in by_tag]
    extra = [{"name": name} for name in by_tag if name not in {t["name"] for t in declared}]
    return [
        {**t, "id": f"tag-{t['name']}", "operations": by_tag[t["name"]]} for t in declared + extra
    ]


def _pagination(surface: Surface, document: dict[str, Any], ops: list[dict[str, Any]]) -> Any:
    headers = document.get("components", {}).get("headers", {})
    return [
        {
            "name": style,
            "description": facts.description,
            "headers": [_header(document, h, headers.get(h, {})) for h in facts.headers],
            "operations": [op for op in ops if op["pagination"] == style],
        }
        for style, facts in surface.pagination.items()
    ]


def _schemas(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "name": name,
            "id": anchor(name),
            "description": schema.get("description", "") if isinstance(schema, dict) else "",
            "summary": summary({k: v for k, v in schema.items() if k != "description"})
            if isinstance(schema, dict)
            else summary(schema),
            "constraints": constraints(schema),
            "fields": fields(schema),
            "examples": [_pretty(e) for e in schema.get("examples", [])]
            if isinstance(schema, dict)
            else [],
        }
        for name, schema in document.get("components", {}).get("schemas", {}).items()
    ]


def reference_context(
    document: dict[str, Any], surface: Surface, fixtures: list[Fixture]
) -> dict[str, Any]:
    """Everything the reference template shows, computed from its three sources."""
    document = canonical_order(document)
    ops = [_operation(document, surface, op, fixtures) for op in operations(document)]
    return {
        "surface": surface.name,
        "info": document["info"],
        "openapi": document["openapi"],
        "servers": document.get("servers", []),
        "downloads": [*ARTIFACTS, FIXTURES_NAME],
        "auth": _auth(surface, document),
        "pagination": _pagination(surface, document, ops),
        "tags": _tags(document, ops),
        "operation_count": len(ops),
        "schemas": _schemas(document),
        "external_docs": document.get("externalDocs"),
    }


def _environment(root: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(root / TEMPLATES),
        autoescape=True,
        undefined=SpecUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = markdown
    env.filters["md_inline"] = markdown_inline
    return env


def render_reference(
    root: Path,
    surface: Surface,
    document: dict[str, Any],
    fixtures: list[Fixture],
    out_dir: Path,
    sources: SourceMap | None = None,
) -> list[Path]:
    """Write `reference.html` for one surface into `out_dir`.

    A key the template needs and the spec leaves out is a ValidationError at the spec's
    file and line (from `sources`), not a template traceback."""
    env = _environment(root)
    css = (root / TEMPLATES / "reference.css").read_text(encoding="utf-8")
    try:
        html = env.get_template("reference.html.j2").render(
            css=Markup(css), **reference_context(document, surface, fixtures)
        )
    except AbsentKey as exc:
        file, line = (sources or SourceMap()).locate(exc.pointer)
        raise ValidationError(
            f"the reference page needs `{exc.key}` here and the spec leaves it out; "
            f"write it explicitly",
            file=file,
            line=line,
            pointer=exc.pointer,
        ) from None
    except jinja2.TemplateError as exc:
        # Not about the spec: the template itself is wrong (a typo, a syntax error).
        raise GenerationError(
            f"reference page template: {exc.message}",
            file=f"{TEMPLATES}/reference.html.j2",
            line=getattr(exc, "lineno", None),
        ) from None
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / REFERENCE_NAME
    path.write_text(html, encoding="utf-8")
    return [path]
