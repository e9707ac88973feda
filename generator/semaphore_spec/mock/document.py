"""A published OpenAPI document as the mock reads it.

Operations come with their path-item parameters merged in, every `$ref` is followed
while remembering the JSON pointer of the node it lands on, and any schema of the
document can be validated against with a cached validator of the OpenAPI 3.1 schema
dialect (JSON Schema 2020-12 plus the OAS formats such as `int64`), so `$ref`s inside
it resolve against the whole document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from jsonschema.protocols import Validator
from openapi_schema_validator import OAS31Validator, oas31_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ..document import RefLoop, join_pointer, resolve_strict
from ..fixtures import Operation, operations
from .compiled import CompiledSchemas

# The document is registered under this URI; schemas are validated through a `$ref` to it.
_DOCUMENT_URI = "urn:semaphore-spec:mock:document"


@dataclass(frozen=True)
class Located:
    """A node of the document and the JSON pointer where it lives."""

    node: Any
    pointer: str

    def child(self, *tokens: str | int) -> Located:
        """The node under `tokens` (keys or list indexes); None when absent."""
        node, pointer = self.node, self.pointer
        for token in tokens:
            if isinstance(node, dict):
                node = node.get(str(token))
            elif isinstance(node, list) and isinstance(token, int) and 0 <= token < len(node):
                node = node[token]
            else:
                node = None
            pointer = join_pointer(pointer, token)
        return Located(node, pointer)


@dataclass(frozen=True)
class Parameter:
    """One parameter of an operation, `$ref`s resolved."""

    name: str
    location: str  # path | query | header | cookie
    required: bool
    schema: Located  # the parameter's schema (or its `content` media type's schema)
    style: str
    explode: bool
    json_content: bool  # serialized as JSON (`content: {application/json: ...}`)


@dataclass(frozen=True)
class MediaType:
    """One media type of a request body or response, with its schema (if any)."""

    name: str
    schema: Located | None


@dataclass(frozen=True)
class OperationView:
    """An operation with everything the mock needs about it already resolved."""

    operation: Operation
    located: Located
    parameters: tuple[Parameter, ...]
    body_required: bool
    body_media: tuple[MediaType, ...]
    responses: dict[str, Located] = field(repr=False)

    @property
    def operation_id(self) -> str:
        """The operation's `operationId`."""
        return self.operation.operation_id

    @property
    def pagination(self) -> str | None:
        """The operation's pagination style (`x-semaphore-pagination`), if it is paginated."""
        style = self.operation.spec.get("x-semaphore-pagination")
        return str(style) if style else None

    @property
    def server(self) -> str:
        """The registry server the operation is served from (`x-semaphore-server`)."""
        return str(self.operation.spec.get("x-semaphore-server") or "default")

    def documents(self, status: int) -> bool:
        """Whether the operation documents `status` (exactly, as a range or by `default`)."""
        return self.response_key(status) is not None

    def response_key(self, status: int) -> str | None:
        """The key of `responses` that covers `status`, most specific first."""
        for key in (str(status), f"{str(status)[0]}XX", f"{str(status)[0]}xx", "default"):
            if key in self.responses:
                return key
        return None

    def parameter(self, location: str, name: str) -> Parameter | None:
        """The declared parameter `name` in `location`, if any."""
        for parameter in self.parameters:
            if parameter.location == location and parameter.name == name:
                return parameter
        return None


class Document:
    """A self-contained OpenAPI 3.1 document (published/<surface>/openapi.json)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        resource: Resource[Any] = DRAFT202012.create_resource(data)
        self._registry: Registry[Any] = Registry().with_resource(_DOCUMENT_URI, resource)
        self._validators: dict[str, Validator] = {}
        # The document never changes once loaded: each response's headers are resolved once.
        self._headers: dict[str, dict[str, tuple[bool, Located]]] = {}
        self.compiled = CompiledSchemas(data)
        self.operations = tuple(self._view(op) for op in operations(data))

    @property
    def root(self) -> Located:
        """The whole document."""
        return Located(self.data, "")

    def resolve(self, located: Located) -> Located:
        """Follow `$ref`s (local `#/...` ones; the published documents have no others)."""
        try:
            node, pointer = resolve_strict(self.root.node, located.node)
        except (KeyError, RefLoop):
            return located
        return located if pointer is None else Located(node, pointer)

    def validator(self, schema: Located) -> Validator:
        """A validator for the schema at `schema.pointer`, with the document's `$ref`s."""
        cached = self._validators.get(schema.pointer)
        if cached is None:
            # A fragment is percent-decoded when resolved, so quote what a URI cannot carry.
            fragment = quote(schema.pointer, safe="/~!$&'()*+,;=:@")
            cached = OAS31Validator(
                {"$ref": f"{_DOCUMENT_URI}#{fragment}"},
                registry=self._registry,
                format_checker=oas31_format_checker,
            )
            self._validators[schema.pointer] = cached
        return cached

    def is_valid(self, value: Any, schema: Located) -> bool:
        """Whether `value` conforms to the schema at `schema`."""
        if self.compiled.accepts(value, schema.pointer):
            return True
        return bool(self.validator(schema).is_valid(value))

    def _view(self, op: Operation) -> OperationView:
        item = self.root.child("paths", op.path)
        located = item.child(op.method)
        merged: dict[tuple[str, str], Parameter] = {}
        # Path-item parameters first; the operation's own override them by (name, in).
        for source in (item.child("parameters"), located.child("parameters")):
            for index in range(len(source.node or [])):
                parameter = self._parameter(self.resolve(source.child(index)))
                merged[(parameter.location, parameter.name)] = parameter
        body = self.resolve(located.child("requestBody"))
        media = tuple(
            MediaType(name, self._schema_of(body.child("content", name)))
            for name in (body.node or {}).get("content") or {}
        )
        responses = {
            str(status): self.resolve(located.child("responses", str(status)))
            for status in (op.spec.get("responses") or {})
        }
        return OperationView(
            operation=op,
            located=located,
            parameters=tuple(merged.values()),
            body_required=bool((body.node or {}).get("required")),
            body_media=media,
            responses=responses,
        )

    def _parameter(self, located: Located) -> Parameter:
        node: dict[str, Any] = located.node
        location = str(node["in"])
        content = node.get("content") or {}
        if content:
            media = next(iter(content))
            schema = self._schema_of(located.child("content", media)) or Located({}, "")
        else:
            schema = located.child("schema")
        style = str(node.get("style") or ("form" if location in ("query", "cookie") else "simple"))
        return Parameter(
            name=str(node["name"]),
            location=location,
            required=bool(node.get("required")) or location == "path",
            schema=schema if schema.node is not None else Located({}, schema.pointer),
            style=style,
            explode=bool(node.get("explode", style == "form")),
            json_content=bool(content) and "json" in next(iter(content)),
        )

    @staticmethod
    def _schema_of(media: Located) -> Located | None:
        schema = media.child("schema")
        return schema if schema.node is not None else None

    def response_media(self, response: Located) -> tuple[MediaType, ...]:
        """The media types a (resolved) response documents, in document order."""
        return tuple(
            MediaType(name, self._schema_of(response.child("content", name)))
            for name in (response.node or {}).get("content") or {}
        )

    def response_headers(self, response: Located) -> dict[str, tuple[bool, Located]]:
        """Header name -> (required, schema) for the headers a response documents."""
        known = self._headers.get(response.pointer)
        if known is None:
            known = self._headers[response.pointer] = self._resolve_headers(response)
        return known

    def _resolve_headers(self, response: Located) -> dict[str, tuple[bool, Located]]:
        out: dict[str, tuple[bool, Located]] = {}
        for name in (response.node or {}).get("headers") or {}:
            header = self.resolve(response.child("headers", name))
            node = header.node or {}
            content = node.get("content") or {}
            if content:
                schema = self._schema_of(header.child("content", next(iter(content))))
            else:
                schema = header.child("schema")
            out[name] = (
                bool(node.get("required")),
                schema if schema is not None and schema.node is not None else Located({}, ""),
            )
        return out

    def header_is_json(self, response: Located, name: str) -> bool:
        """Whether the response's header `name` carries JSON (`content: application/json`)."""
        header = self.resolve(response.child("headers", name))
        return any("json" in media for media in (header.node or {}).get("content") or {})
