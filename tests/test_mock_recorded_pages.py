"""The mock never serves pagination metadata that contradicts the body it serves
(semaphore_spec.mock.recorded): recordings are self-consistent or refused, and every
page of a recorded list reports the recorded total."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest

from conftest import REGISTRY, ROOT, built_surfaces
from semaphore_spec.errors import FixtureError
from semaphore_spec.fixtures import Fixture
from semaphore_spec.mock.app import HttpRequest, MockApp
from semaphore_spec.mock.pagination import PagedStyle, list_location, paged
from semaphore_spec.mock.recorded import contradiction
from semaphore_spec.mock.surfaces import MockSurface, load_surfaces
from semaphore_spec.registry import JsonPageHeaderStyle, LinkRelationStyle


def _paginated() -> list[tuple[MockSurface, Fixture, PagedStyle]]:
    """(surface, fixture, the style) for every success fixture of a list whose
    pagination the mock computes, of every built surface."""
    found = []
    for surface in load_surfaces(ROOT, built_surfaces()):
        for view in surface.document.operations:
            style = paged(surface.registry.pagination.get(view.pagination or ""))
            if not _states_total(style):
                continue
            for fixture in surface.fixtures.get(view.operation_id, []):
                if 200 <= fixture.status < 300:
                    found.append((surface, fixture, style))
    return found


def _states_total(style: PagedStyle | None) -> bool:
    """Whether the style's headers state the list's total (what a recording is read by)."""
    if isinstance(style, JsonPageHeaderStyle):
        return True
    return isinstance(style, LinkRelationStyle) and style.total_header is not None


PAGINATED = _paginated()  # after `_states_total`, which it calls at import


def _id(item: tuple[MockSurface, Fixture, PagedStyle]) -> str:
    return f"{item[0].name}/{Path(item[1].file).stem}"


def test_every_surface_with_pagination_headers_has_recorded_pages() -> None:
    with_headers = {
        name
        for name in built_surfaces()
        if any(_states_total(paged(style)) for style in REGISTRY[name].pagination.values())
    }
    assert with_headers
    assert {surface.name for surface, fixture, _ in PAGINATED} == with_headers
    assert {s.name for s, f, _ in PAGINATED if f.file in s.recorded_pages} == with_headers


@pytest.mark.parametrize("item", PAGINATED, ids=_id)
def test_recorded_pagination_headers_agree_with_the_body(
    item: tuple[MockSurface, Fixture, PagedStyle],
) -> None:
    _, fixture, style = item
    assert contradiction(fixture, style) is None


_APPS: dict[str, MockApp] = {}


def _get(
    surface: MockSurface, fixture: Fixture, style: PagedStyle, page: int | None
) -> tuple[Any, dict[str, str]]:
    """The mock's answer to the fixture's request, asking for `page` (None: as recorded)."""
    app = _APPS.get(surface.name) or _APPS.setdefault(surface.name, MockApp([surface]))
    query = {str(k): str(v) for k, v in (fixture.request.get("query") or {}).items()}
    if page is not None:
        query[style.page_param] = str(page)
    query_string = urlencode(query)
    headers = {str(k).lower(): str(v) for k, v in (fixture.request.get("headers") or {}).items()}
    # This fixture's list, even where another recording of the same request would win.
    headers["prefer"] = f"example={fixture.name}"
    scheme = surface.schemes[0]
    carried = any(s.param in query for s in surface.schemes if s.location == "query")
    if carried or scheme.param.lower() in headers:
        pass  # the recorded request carries its own credentials
    elif scheme.location == "header":
        headers[scheme.param.lower()] = f"{scheme.prefix}T"
    else:
        query_string = urlencode({**query, scheme.param: "T"})
    request = HttpRequest(
        method="GET",
        scheme="https",
        host="mock.test",
        raw_path=surface.base_path + str(fixture.request["path"]),
        query_string=query_string,
        headers=headers,
    )
    response = app.respond(request)
    assert response.status == fixture.status, response.content[:300]
    return response.json(), {name.lower(): value for name, value in response.headers}


def _facts(headers: dict[str, str], style: PagedStyle) -> tuple[int, int, int]:
    """(total, page size, page number) the answer states, read the style's way."""
    if isinstance(style, JsonPageHeaderStyle):
        data = json.loads(headers[style.header.lower()])
        return data["total_entries"], data["per_page"], data["current_page"]
    assert isinstance(style, LinkRelationStyle) and style.total_header is not None

    def number(name: str | None) -> int:
        return int(headers.get(name.lower(), "0")) if name else 0

    return (
        number(style.total_header),
        number(style.per_page_header),
        number(style.page_number_header),
    )


@pytest.mark.parametrize("item", PAGINATED, ids=_id)
def test_every_page_of_a_recorded_list_reports_the_same_total(
    item: tuple[MockSurface, Fixture, PagedStyle],
) -> None:
    surface, fixture, style = item
    body, headers = _get(surface, fixture, style, None)
    location = list_location(body)
    if location is None:
        pytest.skip("the answer holds no single list")
    total, size, _ = _facts(headers, style)
    recorded_total = surface.recorded_pages[fixture.file].total
    assert total == recorded_total
    pages = max(1, math.ceil(total / size)) if size else 1
    for number in range(1, pages + 2):
        page_body, page_headers = _get(surface, fixture, style, number)
        page_total, page_size, stated = _facts(page_headers, style)
        items = page_body if location == "" else page_body[location]
        assert page_total == total, f"page {number} says {page_total}, page 1 said {total}"
        if page_size:
            assert len(items) == max(0, min(page_size, total - (number - 1) * page_size))
        assert stated in (0, number)


def _copy_surface(tmp_path: Path, surface: str) -> Path:
    """A project with one surface: its registry, published spec and fixtures."""
    (tmp_path / "spec").mkdir()
    shutil.copy(ROOT / "spec" / "surfaces.yaml", tmp_path / "spec" / "surfaces.yaml")
    shutil.copytree(ROOT / "published" / surface, tmp_path / "published" / surface)
    shutil.copytree(ROOT / "tests" / "fixtures" / surface, tmp_path / "tests/fixtures" / surface)
    return tmp_path


def test_a_recording_whose_header_contradicts_its_body_is_refused(tmp_path: Path) -> None:
    surface, fixture, _ = next(
        item for item in PAGINATED if isinstance(item[2], JsonPageHeaderStyle)
    )
    root = _copy_surface(tmp_path, surface.name)
    path = root / fixture.file
    text = path.read_text(encoding="utf-8")
    recorded = surface.recorded_pages[fixture.file]
    lying = recorded.total + 1  # still one page at 10 a page, but not the 2 items shown
    header_line = next(
        i for i, line in enumerate(text.splitlines(), 1) if line.strip().startswith("Pagination:")
    )
    path.write_text(
        text.replace(f'"total_entries":{recorded.total},', f'"total_entries":{lying},', 1),
        encoding="utf-8",
    )
    with pytest.raises(FixtureError) as caught:
        load_surfaces(root, [surface.name])
    assert caught.value.file == fixture.file and caught.value.line == header_line
    assert f"says {lying} items" in str(caught.value)


@pytest.mark.parametrize(
    ("headers", "query", "count", "wanted"),
    [
        ({"total": "6", "per-page": "2", "page-number": "1"}, {}, 2, None),
        ({"total": "6", "per-page": "2", "page-number": "1"}, {}, 1, "puts 2 on page 1"),
        ({"total": "6", "per-page": "2", "page-number": "2"}, {"page": "3"}, 2, "page 3"),
        ({"total": "6", "per-page": "2", "total-pages": "4"}, {}, 2, "make 3"),
        ({"total": "1"}, {}, 2, "holds 2"),
        ({"total": "x"}, {}, 2, "not an integer"),
        (
            {
                "Pagination": '{"total_entries":2,"current_page":1,"total_pages":1,'
                '"last_page":false}'
            },
            {},
            2,
            "last_page=false",
        ),
        ({"Pagination": "not json"}, {}, 2, "not JSON"),
    ],
    ids=[
        "consistent",
        "short-page",
        "wrong-number",
        "wrong-pages",
        "total-below-items",
        "malformed",
        "wrong-flag",
        "not-json",
    ],
)
def test_contradictions_are_named(
    headers: dict[str, str], query: dict[str, str], count: int, wanted: str | None
) -> None:
    fixture = Fixture(
        file="f.yaml",
        operation_id="op",
        status=200,
        variant=None,
        summary="",
        source="",
        request={"method": "GET", "path": "/x", "query": query},
        response={"status": 200, "headers": headers, "body": [{"id": i} for i in range(count)]},
    )
    json_style = JsonPageHeaderStyle(
        kind="json-page-header",
        description="",
        headers=["Pagination"],
        header="Pagination",
        next_field="next_page",
        total_field="total_entries",
    )
    link_style = LinkRelationStyle(
        kind="link-relation",
        description="",
        headers=["link", "total", "per-page", "total-pages", "page-number"],
        header="link",
        total_header="total",
        per_page_header="per-page",
        total_pages_header="total-pages",
        page_number_header="page-number",
    )
    style = json_style if "Pagination" in headers else link_style
    found = contradiction(fixture, style)
    if wanted is None:
        assert found is None
    else:
        assert found is not None and wanted in found.message, found
