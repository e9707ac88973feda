"""What a recorded request sent, as OpenAPI examples of its operation's parameters and body.

Schemathesis's examples phase (and any reader of the spec) replays these: every path
and query parameter the request carried gets the recorded value as a named example,
typed as the parameter's schema says (query strings are text on the wire), and a
form or JSON body becomes an example of its media type. Only requests the server
accepted (2xx) make examples. Credentials (recorded as `TOKEN`) are never examples:
they are the security scheme's business.

A parameter declared once for several operations (on the path item, or a component)
is shared: an example taken from one operation's request is replayed against all of
them. A value that one of them was recorded refusing and never accepting (a 4xx that
is not about credentials or rate limits, e.g. deleting an agent type that still has
agents) is therefore left out, or the examples phase would send it as a valid request.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from ..fixtures import Fixture, Operation, Router

PLACEHOLDER = "TOKEN"  # what recorded exchanges hold where the token was
FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
JSON = "application/json"

Add = Callable[[str, str, str, Any], None]  # (JSONPath of the owner, name, summary, value)
# Refusals that say nothing about the values sent.
_NOT_ABOUT_VALUES = {401, 403, 429}


def quote(name: str) -> str:
    """A JSONPath name selector: `['name']` with RFC 9535 escaping."""
    return "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']"


def resolve(
    document: dict[str, Any], base: str, node: dict[str, Any]
) -> tuple[str, dict[str, Any]]:
    """Follow a local `$ref` to its component, so an example lands where the content is."""
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/"):
        _, _, kind, name = ref.split("/", 3)
        return f"$.components{quote(kind)}{quote(name)}", document["components"][kind][name]
    return base, node


def path_values(template: str, path: str) -> dict[str, str]:
    """The `{name}` values of a concrete path under its template (empty: no match)."""
    pattern = "".join(
        f"(?P<p{i}>[^/]+)" if re.fullmatch(r"\{[^}]+\}", part) else re.escape(part)
        for i, part in enumerate(re.split(r"(\{[^}]+\})", template))
    )
    names = {
        f"p{i}": part[1:-1]
        for i, part in enumerate(re.split(r"(\{[^}]+\})", template))
        if re.fullmatch(r"\{[^}]+\}", part)
    }
    found = re.fullmatch(pattern, path)
    return {names[k]: v for k, v in found.groupdict().items()} if found else {}


def typed_value(value: Any, schema: Any, document: dict[str, Any]) -> Any:
    """The wire text of a parameter as its schema's type; `None` when it is not one."""
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        _, schema = resolve(document, "", schema)
    kind = schema.get("type") if isinstance(schema, dict) else None
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "array":
        items = value if isinstance(value, list) else [value]
        typed = [typed_value(v, schema.get("items"), document) for v in items]
        return None if any(v is None for v in typed) else typed
    if isinstance(value, list):
        return None
    text = str(value)
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            return float(text)
    except ValueError:
        return None
    if kind == "boolean":
        return {"true": True, "false": False}.get(text.lower())
    return text


def _parameters(
    document: dict[str, Any], op: Operation, op_path: str
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every parameter of the operation (its own, then its path item's): (target, object)."""
    item_path = op_path.rsplit("[", 1)[0]
    item = document["paths"][op.path]
    for base, owner in ((op_path, op.spec), (item_path, item)):
        for index, parameter in enumerate(owner.get("parameters") or []):
            if isinstance(parameter, dict):
                yield resolve(document, f"{base}['parameters'][{index}]", parameter)


def _has_token(value: Any) -> bool:
    if isinstance(value, dict):
        return any(_has_token(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_token(v) for v in value)
    return isinstance(value, str) and PLACEHOLDER in value


def add_request_examples(
    document: dict[str, Any], fixture: Fixture, op: Operation, op_path: str, add: Add
) -> None:
    """Add what `fixture`'s request sent to its operation's parameters and body."""
    request = fixture.request
    sent: dict[str, dict[str, Any]] = {
        "path": path_values(op.path, str(request["path"])),
        "query": dict(request.get("query") or {}),
    }
    name = f"{op.operation_id}-{fixture.name}"
    for target, parameter in _parameters(document, op, op_path):
        where, key = parameter.get("in"), parameter.get("name")
        if where not in sent or key not in sent[where] or "example" in parameter:
            continue  # `example` and `examples` exclude each other
        raw = sent[where][key]
        if _has_token(raw):
            continue
        value = typed_value(raw, parameter.get("schema"), document)
        if value is not None:
            add(target, name, fixture.summary, value)
    body = op.spec.get("requestBody")
    if not isinstance(body, dict):
        return
    target, resolved = resolve(document, f"{op_path}['requestBody']", body)
    content = resolved.get("content") or {}
    # A recorded `form` is URL-encoded unless its Content-Type says multipart.
    headers = {str(k).lower(): str(v) for k, v in (request.get("headers") or {}).items()}
    sent_as = headers.get("content-type", "").split(";")[0].strip().lower()
    form_media = MULTIPART if sent_as == MULTIPART else FORM
    for media, key in ((JSON, "body"), (form_media, "form")):
        value = request.get(key)
        if value is not None and media in content and not _has_token(value):
            add(f"{target}['content']{quote(media)}", name, fixture.summary, value)


def request_examples(
    document: dict[str, Any], fixtures: list[Fixture], router: Router, add: Add
) -> None:
    """Add every accepted request's values (see `add_request_examples`), except values
    an operation sharing the parameter or body was recorded refusing, never accepting."""
    refused: set[tuple[str, str, str]] = set()  # (target, operationId, value as JSON)
    accepted: list[tuple[str, str, str, str, Any]] = []

    def keep(operation_id: str) -> Add:
        def add_accepted(target: str, name: str, summary: str, value: Any) -> None:
            accepted.append((target, operation_id, name, summary, value))

        return add_accepted

    def refuse(operation_id: str) -> Add:
        def add_refused(target: str, name: str, summary: str, value: Any) -> None:
            refused.add((target, operation_id, _key(value)))

        return add_refused

    for fixture in fixtures:
        op = router.route(fixture)
        op_path = f"$.paths{quote(op.path)}{quote(op.method)}"
        if 200 <= fixture.status < 300:
            add_request_examples(document, fixture, op, op_path, keep(op.operation_id))
        elif 400 <= fixture.status < 500 and fixture.status not in _NOT_ABOUT_VALUES:
            add_request_examples(document, fixture, op, op_path, refuse(op.operation_id))
    took = {(target, operation_id, _key(value)) for target, operation_id, _, _, value in accepted}
    # A refusal by an operation that also accepted the value was about something else
    # (its body, its state at the time).
    only_refused = {(target, key) for target, op, key in refused if (target, op, key) not in took}
    for target, _, name, summary, value in accepted:
        if (target, _key(value)) not in only_refused:
            add(target, name, summary, value)


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)
