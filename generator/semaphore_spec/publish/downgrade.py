"""OpenAPI 3.1 -> 3.0.3: the same API for tools that only read 3.0.

3.1 schemas are JSON Schema 2020-12; 3.0 schemas are an older, smaller dialect. Each
difference is rewritten to its 3.0 equivalent where one exists:

  type: [T, "null"]            type: T, nullable: true
  type: [A, B(, "null")]       anyOf: [{type: A}, {type: B}] (each nullable)
  type: "null"                 type: object, nullable: true, enum: [null]
  const: V                     enum: [V]
  exclusiveMinimum: N          minimum: N, exclusiveMinimum: true (also maximum)
  examples: [V, ...]           example: V
  $ref with sibling keywords   allOf: [{$ref}] plus the siblings (3.0 ignores siblings)
  contentEncoding: base64      format: byte
  contentMediaType (binary)    format: binary
  true / false schemas         {} / {not: {}}
  type: array without items    items: {}
  path item $ref to components/pathItems (3.1 only)   the path item itself
  license.identifier           license.url (the SPDX page)

What 3.0 cannot say is dropped, and every drop is listed with its JSON pointer (in
the 3.1 document) in the result's `x-semaphore-downgrade-notes`: extra schema
examples, webhooks, info.summary, mutualTLS security schemes, Reference Object
`summary`/`description`, and any JSON Schema keyword 3.0 lacks (`patternProperties`,
`$defs`, `if`/`then`/`else`, `unevaluatedProperties`, `prefixItems`, ...).
"""

from __future__ import annotations

import copy
from typing import Any

from .walk import child_pointer, is_reference, map_children, resolve_pointer

TARGET_VERSION = "3.0.3"
NOTES_KEY = "x-semaphore-downgrade-notes"
NULL_ONLY_TYPE = "object"
# The dialect a 3.1 document uses unless it says otherwise; naming it loses nothing.
DEFAULT_DIALECT = "https://spec.openapis.org/oas/3.1/dialect/base"

# Every keyword an OpenAPI 3.0.3 Schema Object may have (extensions aside).
SCHEMA_KEYWORDS_30 = frozenset(
    {
        "$ref",
        "title",
        "multipleOf",
        "maximum",
        "exclusiveMaximum",
        "minimum",
        "exclusiveMinimum",
        "maxLength",
        "minLength",
        "pattern",
        "maxItems",
        "minItems",
        "uniqueItems",
        "maxProperties",
        "minProperties",
        "required",
        "enum",
        "type",
        "allOf",
        "oneOf",
        "anyOf",
        "not",
        "items",
        "properties",
        "additionalProperties",
        "description",
        "format",
        "default",
        "nullable",
        "discriminator",
        "readOnly",
        "writeOnly",
        "xml",
        "externalDocs",
        "example",
        "deprecated",
    }
)
# Media types whose content is text: a string schema with one of these is not `binary`.
_TEXT_MEDIA = ("text/", "application/json", "application/xml", "application/x-www-form-urlencoded")


def _replace(node: dict[str, Any], key: str, items: dict[str, Any]) -> dict[str, Any]:
    """`node` with `key` replaced, in place in the key order, by `items`."""
    out: dict[str, Any] = {}
    for k, v in node.items():
        if k == key:
            out.update(items)
        elif k not in items:
            out[k] = v
    return out


class _Downgrade:
    """One downgrade run: the source document and the notes collected so far."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.notes: list[dict[str, str]] = []

    def note(self, pointer: str, message: str) -> None:
        self.notes.append({"pointer": pointer or "/", "note": message})

    # -- traversal ---------------------------------------------------------------

    def visit(self, kind: str, node: Any, pointer: str) -> Any:
        if kind == "schema":
            node = self.schema(node, pointer)
        elif kind == "pathItem":
            node = self.path_item(node, pointer)
        elif is_reference(node):
            return self.reference(node, pointer)
        return map_children(kind, node, self.visit, pointer)

    def reference(self, node: dict[str, Any], pointer: str) -> dict[str, Any]:
        """A 3.0 Reference Object is `$ref` alone: 3.1's summary/description go."""
        for key in node:
            if key != "$ref":
                self.note(
                    child_pointer(pointer, key),
                    f"`{key}` beside `$ref` dropped (a 3.0 Reference Object has only `$ref`)",
                )
        return {"$ref": node["$ref"]}

    def path_item(self, node: Any, pointer: str) -> Any:
        """Inline references to `components/pathItems`, which 3.0 does not have."""
        seen: set[str] = set()
        while is_reference(node) and node["$ref"].startswith("#/components/pathItems/"):
            ref = node["$ref"]
            if ref in seen:
                raise ValueError(f"{pointer}: path item references loop through {ref}")
            seen.add(ref)
            node = {
                **resolve_pointer(self.document, ref),
                **{k: v for k, v in node.items() if k != "$ref"},
            }
        return node

    # -- schemas -----------------------------------------------------------------

    def schema(self, node: Any, pointer: str) -> Any:
        """This schema's own keywords in 3.0 form (subschemas are visited afterwards)."""
        if node is True:
            return {}
        if node is False:
            return {"not": {}}
        if not isinstance(node, dict):
            return node
        s = self._ref_siblings(node)
        s = self._types(s)
        s = self._const(s, pointer)
        s = self._exclusive(s, "exclusiveMinimum", "minimum", lambda bound, ex: bound > ex)
        s = self._exclusive(s, "exclusiveMaximum", "maximum", lambda bound, ex: bound < ex)
        s = self._examples(s, pointer)
        s = self._content(s, pointer)
        if s.get("type") == "array" and "items" not in s:
            s["items"] = {}  # 3.0 requires `items` on arrays; {} is 3.1's default
        for key in list(s):
            if key not in SCHEMA_KEYWORDS_30 and not key.startswith("x-"):
                self.note(
                    child_pointer(pointer, key),
                    f"JSON Schema keyword `{key}` has no OpenAPI 3.0 equivalent; dropped",
                )
                del s[key]
        return s

    @staticmethod
    def _ref_siblings(s: dict[str, Any]) -> dict[str, Any]:
        if "$ref" not in s or len(s) == 1:
            return dict(s)
        rest = {k: v for k, v in s.items() if k != "$ref"}
        return {"allOf": [{"$ref": s["$ref"]}, *rest.pop("allOf", [])], **rest}

    @staticmethod
    def _types(s: dict[str, Any]) -> dict[str, Any]:
        if "type" not in s:
            return s
        raw = s["type"]
        types = [raw] if isinstance(raw, str) else list(raw)
        nullable = "null" in types
        others = [t for t in types if t != "null"]
        if not others:
            # Only null. 3.0 applies `nullable` only beside a `type`, and `enum: [null]`
            # then admits null alone, so the type named is immaterial: "object".
            enum = [None] if None in s.get("enum", [None]) else s["enum"]
            return _replace(s, "type", {"type": NULL_ONLY_TYPE, "nullable": True, "enum": enum})
        if len(others) == 1:
            extra = {"nullable": True} if nullable else {}
            return _replace(s, "type", {"type": others[0], **extra})
        branches = [{"type": t, **({"nullable": True} if nullable else {})} for t in others]
        if "anyOf" in s:
            s = {**s, "allOf": [*s.get("allOf", []), {"anyOf": s["anyOf"]}]}
            del s["anyOf"]
        return _replace(s, "type", {"anyOf": branches})

    def _const(self, s: dict[str, Any], pointer: str) -> dict[str, Any]:
        if "const" not in s:
            return s
        value = s["const"]
        if "enum" in s and value not in s["enum"]:
            # const and enum disagree: nothing validates, in 3.1 as in 3.0 (empty enum
            # is not allowed in 3.0, so keep the const value and say so).
            self.note(child_pointer(pointer, "const"), "`const` outside `enum`: kept `const`")
        extra = {"nullable": True} if value is None and "type" in s else {}
        return _replace(
            {k: v for k, v in s.items() if k != "enum"}, "const", {"enum": [value], **extra}
        )

    @staticmethod
    def _exclusive(s: dict[str, Any], key: str, bound: str, stricter: Any) -> dict[str, Any]:
        """3.1's numeric exclusive bound as 3.0's boolean flag on the inclusive bound."""
        value = s.get(key)
        if value is None or isinstance(value, bool):
            return s
        if bound in s and stricter(s[bound], value):
            return {k: v for k, v in s.items() if k != key}  # the inclusive bound decides
        s = {k: v for k, v in s.items() if k != bound}
        return _replace(s, key, {bound: value, key: True})

    def _examples(self, s: dict[str, Any], pointer: str) -> dict[str, Any]:
        examples = s.get("examples")
        if not isinstance(examples, list):
            return s
        if not examples or "example" in s:
            return {k: v for k, v in s.items() if k != "examples"}
        if len(examples) > 1:
            self.note(
                child_pointer(pointer, "examples"),
                f"a 3.0 schema has one `example`: kept the first of {len(examples)}",
            )
        return _replace(s, "examples", {"example": examples[0]})

    def _content(self, s: dict[str, Any], pointer: str) -> dict[str, Any]:
        encoding, media = s.get("contentEncoding"), s.get("contentMediaType")
        if encoding is None and media is None:
            return s
        out = {k: v for k, v in s.items() if k not in ("contentEncoding", "contentMediaType")}
        if encoding is not None:
            if str(encoding).lower() == "base64" and "format" not in s:
                out["format"] = "byte"
            else:
                self.note(
                    child_pointer(pointer, "contentEncoding"),
                    f"`contentEncoding: {encoding}` has no 3.0 format; dropped",
                )
            if media is not None:
                self.note(
                    child_pointer(pointer, "contentMediaType"),
                    f"`contentMediaType: {media}` of base64 content has no 3.0 equivalent; dropped",
                )
        elif not str(media).startswith(_TEXT_MEDIA) and "format" not in s:
            out["format"] = "binary"
        else:
            self.note(
                child_pointer(pointer, "contentMediaType"),
                f"`contentMediaType: {media}` has no 3.0 equivalent; dropped",
            )
        return out

    # -- the document ------------------------------------------------------------

    def document_level(self, doc: dict[str, Any]) -> dict[str, Any]:
        """Fields of the document outside paths and schemas."""
        doc = {"openapi": TARGET_VERSION, **{k: v for k, v in doc.items() if k != "openapi"}}
        dialect = doc.pop("jsonSchemaDialect", None)
        if dialect is not None and dialect != DEFAULT_DIALECT:
            self.note("/jsonSchemaDialect", f"schemas of dialect {dialect} read as 3.0 schemas")
        info = dict(doc.get("info", {}))
        if "summary" in info:
            self.note("/info/summary", "3.0 `info` has no `summary`; dropped")
            del info["summary"]
        license_ = info.get("license")
        if isinstance(license_, dict) and "identifier" in license_:
            ident = license_["identifier"]
            rest = {k: v for k, v in license_.items() if k != "identifier"}
            info["license"] = {
                **rest,
                "url": rest.get("url", f"https://spdx.org/licenses/{ident}.html"),
            }
        doc["info"] = info
        for name in doc.pop("webhooks", None) or {}:
            self.note(child_pointer("/webhooks", name), "3.0 has no webhooks; dropped")
        doc.setdefault("paths", {})
        components = doc.get("components")
        if isinstance(components, dict) and "pathItems" in components:
            # Inlined where referenced (path_item), resolved against the source document.
            doc["components"] = {k: v for k, v in components.items() if k != "pathItems"}
        return self._mutual_tls(doc)

    def _mutual_tls(self, doc: dict[str, Any]) -> dict[str, Any]:
        schemes = (doc.get("components") or {}).get("securitySchemes") or {}
        dropped = {
            n for n, s in schemes.items() if isinstance(s, dict) and s.get("type") == "mutualTLS"
        }
        if not dropped:
            return doc
        for name in sorted(dropped):
            self.note(
                child_pointer("/components/securitySchemes", name),
                "3.0 has no mutualTLS security scheme; dropped with the requirements naming it",
            )
        components = dict(doc["components"])
        components["securitySchemes"] = {n: s for n, s in schemes.items() if n not in dropped}
        doc = {**doc, "components": components}
        if "security" in doc:
            doc["security"] = [r for r in doc["security"] if not dropped & set(r)]
        for item in doc.get("paths", {}).values():
            for op in item.values() if isinstance(item, dict) else ():
                if isinstance(op, dict) and "security" in op:
                    op["security"] = [r for r in op["security"] if not dropped & set(r)]
        return doc


def downgrade(document: dict[str, Any]) -> dict[str, Any]:
    """The OpenAPI 3.0.3 form of a 3.1 `document`, with `x-semaphore-downgrade-notes`
    listing (possibly empty) what could not be expressed. The input is not modified."""
    if not str(document.get("openapi", "")).startswith("3.1."):
        raise ValueError(f"expected an OpenAPI 3.1 document, got {document.get('openapi')!r}")
    work = _Downgrade(document)
    # Document-level fields first, so that nothing is walked only to be dropped.
    out: dict[str, Any] = work.visit("document", work.document_level(copy.deepcopy(document)), "")
    out[NOTES_KEY] = work.notes
    return out
