"""Building blocks of deliberate faults: small edits of one mock answer.

A `Change` edits a `MockResponse` in place (the fault's hook hands it a copy). The
edits are the kinds of mistakes a server makes: a member missing or of the wrong
type, an enum value the spec does not know, a wrong status or media type, a
pagination header missing, malformed or lying, an error body in the wrong format.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ..mock.responses import MockResponse, encode_json

Change = Callable[[MockResponse], None]


def _objects(body: Any, path: str) -> Iterator[dict[str, Any]]:
    """The objects at `path` (dot-separated members) of `body`, through lists."""
    nodes = [body]
    for part in [p for p in path.split(".") if p]:
        nodes = [n[part] for n in _flatten(nodes) if isinstance(n, dict) and part in n]
    for node in _flatten(nodes):
        if isinstance(node, dict):
            yield node


def _flatten(nodes: list[Any]) -> list[Any]:
    out: list[Any] = []
    for node in nodes:
        out.extend(node if isinstance(node, list) else [node])
    return out


def json_body(edit: Callable[[Any], Any]) -> Change:
    """Edit the JSON body: `edit` gets it and returns the new body."""

    def change(response: MockResponse) -> None:
        response.content = encode_json(edit(json.loads(response.content)))

    return change


def drop_member(path: str, name: str) -> Change:
    """Remove member `name` from every object at `path`."""

    def edit(body: Any) -> Any:
        for node in _objects(body, path):
            node.pop(name, None)
        return body

    return json_body(edit)


def set_member(path: str, name: str, value: Callable[[Any], Any]) -> Change:
    """Replace member `name` of every object at `path` with `value(old)`."""

    def edit(body: Any) -> Any:
        for node in _objects(body, path):
            if name in node:
                node[name] = value(node[name])
        return body

    return json_body(edit)


def status(code: int) -> Change:
    """Answer with `code` instead."""

    def change(response: MockResponse) -> None:
        response.status = code

    return change


def content_type(value: str) -> Change:
    """Label the body as `value`."""

    def change(response: MockResponse) -> None:
        response.set_header("Content-Type", value)

    return change


def body(content: bytes, media_type: str) -> Change:
    """Send `content` as `media_type` instead."""

    def change(response: MockResponse) -> None:
        response.content = content
        response.set_header("Content-Type", media_type)

    return change


def drop_header(name: str) -> Change:
    """Leave header `name` out."""

    def change(response: MockResponse) -> None:
        response.remove_header(name)

    return change


def edit_header(name: str, edit: Callable[[str], str]) -> Change:
    """Replace header `name` (when present) with `edit(value)`."""

    def change(response: MockResponse) -> None:
        value = response.header(name)
        if value is not None:
            response.set_header(name, edit(value))

    return change


def add(amount: int) -> Callable[[str], str]:
    """A header edit: the integer value plus `amount`."""
    return lambda value: str(int(value) + amount)


def pagination_json(name: str, edit: Callable[[Any], Any]) -> Callable[[str], str]:
    """A header edit of v1's JSON `Pagination`: member `name` becomes `edit(old)`."""

    def change(value: str) -> str:
        data = json.loads(value)
        data[name] = edit(data.get(name))
        return json.dumps(data, separators=(",", ":"))

    return change


def link_urls(edit: Callable[[str], str]) -> Callable[[str], str]:
    """A header edit of `link`: every `<URL>` becomes `<edit(URL)>`."""

    def change(value: str) -> str:
        out, rest = [], value
        while "<" in rest and ">" in rest:
            before, _, tail = rest.partition("<")
            url, _, rest = tail.partition(">")
            out.append(f"{before}<{edit(url)}>")
        return "".join(out) + rest

    return change


def other_host(url: str) -> str:
    """`url` on a host that is not the server's."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc="api.example.com"))


def other_scheme(url: str) -> str:
    """`url` with http and https swapped."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(scheme="https" if parts.scheme == "http" else "http"))


def both(*changes: Change) -> Change:
    """Apply `changes` in order."""

    def change(response: MockResponse) -> None:
        for each in changes:
            each(response)

    return change


def json_quoted_text(response: MockResponse) -> None:
    """A plain-text body sent JSON-encoded (`"Not found"` with the quotes), still as text."""
    if response.media_type is not None and response.media_type.startswith("text/"):
        response.content = json.dumps(response.content.decode("utf-8")).encode("utf-8")
