"""published/<surface>/reference.html: the reference page of each surface.

The static checks read the committed page: it is what the docs stage renders from the
published spec, the registry and the fixtures; it lists every operation under its tag
with every recorded exchange; every in-page link lands; it loads nothing from outside.
The browser checks open it in headless Chromium: the DOM Chromium builds (not just
the file) holds every operation in its tag's section, and a screenshot shows a page.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import REGISTRY, ROOT, built_surfaces, published
from semaphore_spec.fixtures import load_fixtures, operations
from semaphore_spec.stages.docs import REFERENCE_NAME, render_reference

SURFACES = built_surfaces()
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)
# `tox -e interop` installs Chromium and sets this: there, a missing browser is a failure.
REQUIRED = os.environ.get("SEMAPHORE_SPEC_INTEROP") == "1"


class Page(HTMLParser):
    """What the checks need from a page: operations by section, ids, links, resources."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.section: str | None = None
        self.operations: dict[str, str | None] = {}  # operationId -> enclosing section id
        self.exchanges: dict[str, int] = {}  # operationId -> recorded exchanges shown
        self.current_op: str | None = None
        self.ids: list[str] = []
        self.links: list[str] = []
        self.resources: list[tuple[str, str]] = []  # (tag, url) loaded by the page
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "section":
            self.section = a.get("id")
        if "data-operation-id" in a:
            self.current_op = a["data-operation-id"]
            self.operations[self.current_op] = self.section
            self.exchanges[self.current_op] = 0
        if tag == "details" and "exchange" in a.get("class", "") and self.current_op:
            self.exchanges[self.current_op] += 1
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        for attr in ("src", "srcset", "poster", "data"):
            if attr in a:
                self.resources.append((tag, a[attr]))
        if tag == "link":
            self.resources.append((tag, a.get("href", "")))

    def handle_endtag(self, tag: str) -> None:
        if tag == "section":
            self.section = None


def page_text(surface: str) -> str:
    return (ROOT / "published" / surface / REFERENCE_NAME).read_text(encoding="utf-8")


def expected_sections(surface: str) -> dict[str, str]:
    """operationId -> the id of its tag's section."""
    return {
        op.operation_id: f"tag-{(op.spec.get('tags') or ['Other'])[0]}"
        for op in operations(published(surface))
    }


@pytest.mark.parametrize("surface", SURFACES)
def test_page_is_rendered_from_the_published_spec(surface: str, tmp_path: Path) -> None:
    fixtures = load_fixtures(ROOT, surface)
    render_reference(ROOT, REGISTRY[surface], published(surface), fixtures, tmp_path)
    assert (tmp_path / REFERENCE_NAME).read_text(encoding="utf-8") == page_text(surface)


@pytest.mark.parametrize("surface", SURFACES)
def test_every_operation_is_listed_under_its_tag_with_its_exchanges(surface: str) -> None:
    page = Page(page_text(surface))
    assert page.operations == expected_sections(surface)
    recorded: dict[str, int] = {}
    for fixture in load_fixtures(ROOT, surface):
        recorded[fixture.operation_id] = recorded.get(fixture.operation_id, 0) + 1
    assert page.exchanges == recorded


@pytest.mark.parametrize("surface", SURFACES)
def test_page_explains_auth_and_pagination_from_the_registry(surface: str) -> None:
    page = Page(page_text(surface))
    text = page_text(surface)
    facts = REGISTRY[surface]
    for scheme in facts.auth:
        assert f"<code>{scheme.name}</code>" in text
    for style in facts.pagination:
        assert f"pagination-{style}" in page.ids
    paginated = [op for op in operations(published(surface)) if "x-semaphore-pagination" in op.spec]
    for op in paginated:
        assert f'href="#pagination-{op.spec["x-semaphore-pagination"]}"' in text


@pytest.mark.parametrize("surface", SURFACES)
def test_page_is_self_contained_and_its_links_land(surface: str) -> None:
    page = Page(page_text(surface))
    assert page.resources == []  # no script, stylesheet, image or frame from anywhere
    assert "@import" not in page_text(surface) and "url(" not in page_text(surface)
    assert len(page.ids) == len(set(page.ids)), "duplicate element ids"
    ids = set(page.ids)
    for href in page.links:
        if href.startswith("#"):
            assert href[1:] in ids, f"in-page link {href} lands nowhere"
        elif not href.startswith(("https://", "http://", "mailto:")):
            assert (ROOT / "published" / surface / href).is_file(), f"link to missing {href}"


# -- in the browser -------------------------------------------------------------------


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    # tox -e interop leaves this marker when apt-get could not install the browser.
    unavailable = Path(sys.prefix) / "chromium-unavailable"
    if found is None and unavailable.is_file():
        reason = unavailable.read_text(encoding="utf-8").strip()
        pytest.skip(f"chromium is not installed: {reason}")
    if found is None:
        if REQUIRED:
            pytest.fail("chromium is not installed (tox -e interop installs it)")
        pytest.skip("chromium is not installed; `tox -e interop` installs and runs it")
    return found


def run_chromium(args: list[str], profile: Path) -> str:
    result = subprocess.run(
        [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    # Chromium exits 0 even when the page fails to load; it says so on stderr.
    assert result.returncode == 0 and "Page load failed" not in result.stderr, result.stderr[-2000:]
    return result.stdout


def png_facts(path: Path) -> tuple[int, int, int]:
    """(width, height, distinct byte values of the decompressed image data)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    idat, pos = b"", 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        if kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    return width, height, len(set(zlib.decompress(idat)))


@pytest.mark.parametrize("surface", SURFACES)
def test_browser_dom_lists_every_operation(surface: str, tmp_path: Path) -> None:
    url = (ROOT / "published" / surface / REFERENCE_NAME).as_uri()
    dom = run_chromium(["--dump-dom", url], tmp_path / "profile")
    page = Page(dom)
    assert page.operations == expected_sections(surface)


@pytest.mark.parametrize("surface", SURFACES)
def test_browser_screenshot_shows_the_page(surface: str, tmp_path: Path) -> None:
    shot = tmp_path / f"reference-{surface}.png"
    url = (ROOT / "published" / surface / REFERENCE_NAME).as_uri()
    run_chromium(["--window-size=1280,2000", f"--screenshot={shot}", url], tmp_path / "profile")
    assert shot.is_file(), "chromium wrote no screenshot"
    width, height, distinct = png_facts(shot)
    assert (width, height) == (1280, 2000)
    # A blank page compresses to a handful of byte values; text, badges and tables don't.
    assert distinct > 100, f"{shot} looks blank"
    print(f"screenshot: {shot}")
