"""Stage 4 — validate: the OpenAPI 3.1 schema (openapi-spec-validator) plus our rules.

Our rules: unique operationIds; every operation has operationId, summary,
description, exactly one declared tag and at least one error response; every path
parameter declared and every declared one used; local `$ref`s resolve; no unused
components; and the `x-semaphore-*` rules of `validate_extensions`.
Every finding is reported with the source file and line it came from.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import jsonschema
import jsonschema_rs
from openapi_python_client.strings import snake_case
from openapi_schema_validator import OAS31Validator
from openapi_schema_validator._specifications import REGISTRY as OAS_REGISTRY
from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.validation import keywords as spec_keywords

from ..document import HTTP_METHODS, escape_pointer_token, lookup_pointer, unescape_pointer_token
from ..errors import ValidationError
from ..registry import Surface
from .bundle import SourceMap
from .findings import Findings as _Findings
from .validate_extensions import check_pagination_and_tokens

_COMPONENT_KINDS = (
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "links",
    "callbacks",
    "pathItems",
)


def _pointer(parts: Any) -> str:
    return "".join(f"/{escape_pointer_token(str(p))}" for p in parts)


def _refs(node: Any, at: str = "") -> list[tuple[str, str]]:
    """Every `$ref` string in `node` with the pointer of the object that holds it."""
    found: list[tuple[str, str]] = []
    stack: list[tuple[Any, str]] = [(node, at)]
    while stack:
        current, here = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                found.append((ref, here))
            stack.extend((v, f"{here}/{escape_pointer_token(k)}") for k, v in current.items())
        elif isinstance(current, list):
            stack.extend((v, f"{here}/{i}") for i, v in enumerate(current))
    return found


def _resolve(document: dict[str, Any], pointer: str) -> bool:
    try:
        lookup_pointer(document, pointer)
    except KeyError:
        return False
    return True


def _schema_roots(node: Any, at: str = "") -> list[tuple[str, Any]]:
    """(pointer, schema) of every Schema Object that is not inside another schema."""
    roots: list[tuple[str, Any]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{at}/{escape_pointer_token(key)}"
            if key == "schema" or at == "/components/schemas":
                roots.append((here, value))
            else:
                roots.extend(_schema_roots(value, here))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            roots.extend(_schema_roots(value, f"{at}/{i}"))
    return roots


@cache
def _compiled_meta() -> Any:
    """The OAS 3.1 dialect's meta-schema compiled by jsonschema-rs, from the same
    resources jsonschema uses (formats are annotations in both, as in 2020-12)."""
    resources = [(uri, OAS_REGISTRY[uri].contents) for uri in OAS_REGISTRY]
    return jsonschema_rs.validator_for(
        OAS31Validator.META_SCHEMA, registry=jsonschema_rs.Registry(resources)
    )


def _conforms(schema: Any) -> bool:
    """True only when `schema` certainly meets the dialect (the compiled check); False
    means "let jsonschema look", which also words the errors."""
    try:
        return bool(_compiled_meta().is_valid(schema))
    except (ValueError, TypeError, OverflowError):
        return False


class _SchemaKeyword(spec_keywords.OpenAPIV31SchemaValidator):
    """openapi-spec-validator's Schema Object keyword, without its per-schema meta-schema
    pass where the compiled validator (`_conforms`) already passed the schema: the same
    check in the default dialect, which was 70% of the validator's time."""

    def _validate_schema_meta(self, schema: Any, schema_value: Any) -> Any:
        own_dialect = not isinstance(schema_value, dict) or "$schema" in schema_value
        if not own_dialect and _conforms(schema_value):
            return None
        return super()._validate_schema_meta(schema, schema_value)


class _SpecValidator(OpenAPIV31SpecValidator):
    # The base class declares this mapping the same way (a class-level dict).
    keyword_validators = {  # noqa: RUF012
        **OpenAPIV31SpecValidator.keyword_validators,
        "schema": _SchemaKeyword,
    }


def _check_schema(document: dict[str, Any], findings: _Findings) -> None:
    # Schema Objects are checked here against the OAS 3.1 dialect so that each error
    # carries its absolute place; openapi-spec-validator reports the same errors with a
    # path relative to the schema, so its copies of those messages are dropped.
    meta = jsonschema.Draft202012Validator(OAS31Validator.META_SCHEMA, registry=OAS_REGISTRY)
    schema_messages = set()
    for at, schema in _schema_roots(document):
        if _conforms(schema):
            continue  # jsonschema's pass (ten times slower) would find nothing
        for error in meta.iter_errors(schema):
            schema_messages.add(error.message)
            findings.add(f"OpenAPI 3.1 schema: {error.message}", at + _pointer(error.absolute_path))
    errors = _SpecValidator(document).iter_errors()
    found = len(findings.errors)
    while True:
        try:
            error = next(errors)
        except StopIteration:
            break
        except (KeyError, IndexError, TypeError, AttributeError, ValueError) as exc:
            # After the structural errors it has reported, the validator's own semantic
            # pass may trip over the same malformed node (a parameter without `in`).
            if len(findings.errors) == found:
                findings.add(f"OpenAPI 3.1 schema: the validator failed ({exc!r})", "")
            break
        message = getattr(error, "message", str(error))
        if message in schema_messages or ("Operation ID" in message and "is not unique" in message):
            continue  # reported above, or by our own operationId rule with its place
        path = getattr(error, "absolute_path", None) or getattr(error, "path", None) or []
        findings.add(f"OpenAPI 3.1 schema: {message}", _pointer(path))


def _path_parameter_names(document: dict[str, Any], parameters: Any) -> set[str]:
    """Names of the `in: path` parameters of a parameter list, following local `$ref`s."""
    names = set()
    for param in parameters or []:
        ref = param.get("$ref") if isinstance(param, dict) else None
        if isinstance(ref, str) and ref.startswith("#/components/parameters/"):
            name = unescape_pointer_token(ref.rsplit("/", 1)[-1])
            param = (document.get("components") or {}).get("parameters", {}).get(name)
        if isinstance(param, dict) and param.get("in") == "path":
            names.add(str(param.get("name")))
    return names


def _check_operations(document: dict[str, Any], surface: Surface, findings: _Findings) -> None:
    declared_tags = {t.get("name") for t in document.get("tags") or [] if isinstance(t, dict)}
    seen_ids: dict[str, str] = {}
    python_names: dict[str, tuple[str, str]] = {}  # snake_case name -> (operationId, pointer)
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        in_template = set(re.findall(r"\{([^}]+)\}", path))
        path_level = _path_parameter_names(document, item.get("parameters"))
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            at = f"/paths/{escape_pointer_token(path)}/{method}"
            name = f"{method.upper()} {path}"
            op_id = op.get("operationId")
            if not op_id:
                findings.add(f"{name} has no operationId", at)
            elif op_id in seen_ids:
                findings.add(
                    f"duplicate operationId {op_id!r} (also {seen_ids[op_id]})", f"{at}/operationId"
                )
            else:
                seen_ids[op_id] = name
                _check_python_name(str(op_id), f"{at}/operationId", python_names, findings)
            for key in ("summary", "description"):
                if not str(op.get(key) or "").strip():
                    findings.add(f"{name} has no {key}", at)
            tags = op.get("tags") or []
            if len(tags) != 1:
                findings.add(f"{name} must have exactly one tag, has {len(tags)}", at)
            elif tags[0] not in declared_tags:
                findings.add(
                    f"{name} uses tag {tags[0]!r}, which the document does not declare",
                    f"{at}/tags",
                )
            responses = op.get("responses") or {}
            if not any(str(code).startswith(("4", "5")) or code == "default" for code in responses):
                findings.add(f"{name} documents no error response", f"{at}/responses")
            op_level = _path_parameter_names(document, op.get("parameters"))
            for missing in sorted(in_template - path_level - op_level):
                findings.add(f"{name}: path parameter {{{missing}}} is not declared", at)
            for extra in sorted((path_level | op_level) - in_template):
                findings.add(
                    f"{name}: declares path parameter {extra!r} that is not in the path", at
                )


def _check_python_name(
    op_id: str, at: str, seen: dict[str, tuple[str, str]], findings: _Findings
) -> None:
    """Two operationIds that differ but read the same in snake_case (`listProjects`,
    `list_projects`) would become one client method: name both places."""
    python = snake_case(op_id)
    if python not in seen:
        seen[python] = (op_id, at)
        return
    other, other_at = seen[python]
    file, line = findings.sources.locate(other_at)
    findings.add(
        f"operationId {op_id!r} collides with {other!r} ({file}:{line}, at {other_at}): "
        f"both become the client method {python!r}; rename one of them",
        at,
    )


def _check_refs_and_components(document: dict[str, Any], findings: _Findings) -> None:
    for ref, at in _refs(document):
        if not ref.startswith("#"):
            findings.add(f"external $ref {ref!r} left after bundling", at)
            continue
        if not _resolve(document, ref[1:]):
            findings.add(f"$ref {ref!r} points at nothing", at)
    components = document.get("components") or {}
    # Components referenced only from unused components are unused too: walk from the
    # non-component part of the document.
    reachable: set[str] = set()
    roots = {k: v for k, v in document.items() if k != "components"}
    pending = [ref for ref, _ in _refs(roots)]
    while pending:
        ref = pending.pop()
        if ref in reachable or not ref.startswith("#/components/"):
            continue
        reachable.add(ref)
        parts = ref.split("/")
        if len(parts) == 4 and parts[2] in components:
            target = components[parts[2]].get(unescape_pointer_token(parts[3]))
            pending.extend(r for r, _ in _refs(target))
    for kind in _COMPONENT_KINDS:
        for name in components.get(kind) or {}:
            ref = f"#/components/{kind}/{escape_pointer_token(name)}"
            if ref not in reachable:
                findings.add(f"component {kind}/{name} is never used", ref[1:])


def validate_document(
    document: dict[str, Any], surface: Surface, sources: SourceMap
) -> list[ValidationError]:
    """Every problem found in a bundled, overlaid document (empty when it is valid)."""
    findings = _Findings(sources)
    _check_schema(document, findings)
    _check_operations(document, surface, findings)
    _check_refs_and_components(document, findings)
    check_pagination_and_tokens(document, surface, findings)
    return findings.errors
