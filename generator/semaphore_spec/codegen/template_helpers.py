"""Functions our openapi-python-client templates call on its parsed endpoints."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..errors import GenerationError


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


def default_enums(collections: Any) -> list[str]:
    """The enum classes whose members are parameter defaults of the client's methods:
    a default is evaluated when the method is defined, so these must be imported at
    run time (every other model is imported for type checkers only)."""
    found: set[str] = set()
    for collection in collections.values():
        for endpoint in collection.endpoints:
            for prop in endpoint.list_all_parameters():
                default = getattr(prop, "default", None)
                class_info = getattr(prop, "class_info", None)
                if default is not None and class_info is not None and hasattr(prop, "values"):
                    found.add(str(class_info.name))
    return sorted(found)


TEMPLATE_GLOBALS: dict[str, Callable[..., Any]] = {
    "default_enums": default_enums,
    "success_responses": _success_responses,
    "success_type": _success_type,
    "page_item_type": _page_item_type,
    "page_item_required": _page_item_required,
    "page_item_attribute": _page_item_attribute,
}
