"""Tests for breaking-change detection (`semaphore-spec diff`, semaphore_spec.diff).

The first test runs every pair of tests/diff_cases: each folder holds an old and a new
document and the exact list of changes (kind, breaking, location) the diff must report,
no more and no less. The rest cover bad input, the Markdown report, the changelog file
and the command line on a git repository made for the test.
"""

from __future__ import annotations

import datetime
import json
import os
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from semaphore_spec import cli
from semaphore_spec.diff import KINDS, DiffError, compare_documents
from semaphore_spec.diff.load import load_file, parse_document
from semaphore_spec.diff.refs import Document
from semaphore_spec.diff.report import prepend_to_changelog, render_section
from semaphore_spec.errors import RegistryError

CASES_DIR = Path(__file__).parent / "diff_cases"
CASES = sorted(path.name for path in CASES_DIR.iterdir() if path.is_dir())


def _expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((CASES_DIR / name / "expected.yaml").read_text("utf-8"))
    return data


@pytest.mark.parametrize("name", CASES)
def test_case(name: str) -> None:
    folder = CASES_DIR / name
    changes = compare_documents(load_file(folder / "old.yaml"), load_file(folder / "new.yaml"))
    found = Counter((c.kind, c.breaking, c.location) for c in changes)
    expected = Counter(
        (c["kind"], c["breaking"], c["location"]) for c in _expected(name)["changes"] or []
    )
    assert found == expected, "\n".join(f"{c.kind} {c.breaking} {c.message}" for c in changes)
    for change in changes:
        assert change.message, change
        # only document-wide security changes belong to no single operation
        assert change.operation or change.location == "/security", change


def test_every_kind_of_change_has_a_case() -> None:
    covered = {c["kind"] for name in CASES for c in _expected(name)["changes"] or []}
    assert covered == set(KINDS)


def test_every_case_says_what_it_checks() -> None:
    assert len(CASES) >= 60
    for name in CASES:
        assert _expected(name)["description"].strip(), name


def test_classification_depends_on_direction() -> None:
    """The same removal through a shared component breaks the response and not the request."""
    case = _expected("ref-change-per-direction")["changes"]
    by_place = {c["location"].split("/content/")[0]: c["breaking"] for c in case}
    assert by_place["/paths/~1items/post/requestBody"] is False
    assert by_place["/paths/~1items/get/responses/200"] is True


# --- bad input ----------------------------------------------------------------------------


def _document(schema: Any, **components: Any) -> Document:
    data = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/x": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {"application/json": {"schema": schema}},
                        }
                    }
                }
            }
        },
        "components": {"schemas": components},
    }
    return Document(data, "test.yaml")


def test_a_reference_to_another_file_is_refused() -> None:
    document = _document({"$ref": "other.yaml#/Thing"})
    with pytest.raises(DiffError, match="only local references"):
        compare_documents(document, document)


def test_a_reference_to_nothing_is_an_error_naming_it() -> None:
    document = _document({"$ref": "#/components/schemas/Missing"})
    with pytest.raises(DiffError, match=r"Missing.*points at nothing"):
        compare_documents(document, document)


def test_a_reference_loop_is_an_error_not_a_hang() -> None:
    document = _document(
        {"$ref": "#/components/schemas/A"},
        A={"$ref": "#/components/schemas/B"},
        B={"$ref": "#/components/schemas/A"},
    )
    with pytest.raises(DiffError, match="loop"):
        compare_documents(document, document)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"openapi": "3.1.0",', "invalid JSON"),
        ("swagger: '2.0'\npaths: {}\n", "not an OpenAPI 3 document"),
        ("openapi: 3.1.0\npaths: [1]\n", "`paths` must be a mapping"),
        ("openapi: 3.1.0\npaths: {a: 1, a: 2}\n", "duplicate key"),
    ],
)
def test_documents_that_are_not_openapi_are_refused(text: str, message: str) -> None:
    with pytest.raises(DiffError, match=message) as error:
        parse_document(text, "in.yaml")
    assert str(error.value).startswith("in.yaml")


# --- the report ---------------------------------------------------------------------------


def _changes(name: str) -> list[Any]:
    folder = CASES_DIR / name
    return compare_documents(load_file(folder / "old.yaml"), load_file(folder / "new.yaml"))


def test_the_section_lists_breaking_and_compatible_changes() -> None:
    text = render_section("v1", "abc1234 → def5678 (2026-01-02)", _changes("auth-scheme-changed"))
    assert text.startswith("## v1 — abc1234 → def5678 (2026-01-02)\n")
    assert "1 breaking, 1 compatible." in text
    breaking, compatible = text.split("### Breaking")[1].split("### Compatible")
    assert "- Every operation — API key in header `Authorization` is no longer accepted" in breaking
    assert "*(auth-removed)*" in breaking
    assert "API key in query `auth_token` is now accepted *(auth-added)*" in compatible


def test_a_section_without_changes_says_so() -> None:
    text = render_section("v2", "a → b (2026-01-02)", [])
    assert "No changes to the API." in text
    assert "### Breaking" not in text


def test_the_changelog_gets_new_sections_on_top(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    prepend_to_changelog(changelog, ["## v1 — first\n\nNo changes to the API.\n"])
    prepend_to_changelog(changelog, ["## v1 — second\n", "## v2 — second\n"])
    text = changelog.read_text("utf-8")
    assert text.startswith("# Changelog\n")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == ["## v1 — second", "## v2 — second", "## v1 — first"]


# --- the command line on a git repository -------------------------------------------------

REGISTRY: dict[str, Any] = {
    "surfaces": {
        name: {
            "title": name,
            "version": "1",
            "description": name,
            "contact": {"name": name, "email": f"{name}@example.com"},
            "servers": {"default": {"url": "https://example.com"}},
            "auth": [{"name": "token", "type": "http", "scheme": "bearer"}],
            "pagination": {},
            "conventions": {
                "unauthenticated": {"status": 401},
                "routes": [{"not_found": {"status": 404}}],
            },
            "client": {"package": f"client.{name}"},
        }
        for name in ("alpha", "beta")
    }
}
GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.com",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.com",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def _git(repo: Path, *args: str, date: str = "2026-01-02T10:00:00Z") -> None:
    env = {**os.environ, **GIT_ENV, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)


def _publish(repo: Path, surface: str, case: str, side: str) -> None:
    data = yaml.safe_load((CASES_DIR / case / f"{side}.yaml").read_text("utf-8"))
    target = repo / "published" / surface / "openapi.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(data, indent=2), encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A project with two commits: alpha published in both (a response field removed in
    the second), beta first published in the second."""
    root = tmp_path / "project"
    (root / "spec").mkdir(parents=True)
    (root / "spec" / "surfaces.yaml").write_text(yaml.safe_dump(REGISTRY), encoding="utf-8")
    _git(root, "init", "-q")
    _publish(root, "alpha", "response-property-removed", "old")
    _git(root, "add", ".")
    _git(root, "commit", "-q", "-m", "first", date="2026-01-01T10:00:00Z")
    _publish(root, "alpha", "response-property-removed", "new")
    _publish(root, "beta", "operation-added", "new")
    _git(root, "add", ".")
    _git(root, "commit", "-q", "-m", "second", date="2026-01-02T10:00:00Z")
    return root


def _run(*argv: str) -> int:
    args = cli.parser(list(argv)).parse_args(list(argv))
    return int(args.run(args))


def test_revisions_compare_every_published_surface(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run("--root", str(repo), "diff", "HEAD~1", "HEAD") == 0
    out = capsys.readouterr().out
    alpha, beta = out.split("## beta")
    assert alpha.startswith("## alpha — ")
    assert "(2026-01-02)" in alpha.splitlines()[0]
    assert "`GET /items/{id}` — response 200 (application/json): field `name` removed" in alpha
    assert "Not published in " in beta and "every operation is new." in beta
    assert beta.count("*(operation-added)*") == 2


def test_fail_on_breaking_sets_the_exit_status(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run("--root", str(repo), "diff", "HEAD~1", "HEAD", "--fail-on-breaking") == 1
    # beta alone only gained operations: nothing breaks
    argv = ("diff", "HEAD~1", "HEAD", "--surface", "beta", "--fail-on-breaking")
    assert _run("--root", str(repo), *argv) == 0
    assert "### Breaking" not in capsys.readouterr().out.split("## beta")[1]


def test_the_working_tree_and_the_changelog(repo: Path, tmp_path: Path) -> None:
    # an uncommitted change: alpha's field comes back (compatible)
    _publish(repo, "alpha", "response-property-removed", "old")
    changelog = tmp_path / "CHANGELOG.md"
    argv = ("diff", "HEAD", "WORKTREE", "--surface", "alpha", "--changelog", str(changelog))
    assert _run("--root", str(repo), *argv, "--fail-on-breaking") == 0
    text = changelog.read_text("utf-8")
    today = datetime.date.today().isoformat()
    assert f"→ working tree ({today})" in text
    assert "0 breaking, 1 compatible." in text
    assert "new field `name` *(property-added)*" in text


def test_two_files_compare_as_one_surface(capsys: pytest.CaptureFixture[str]) -> None:
    folder = CASES_DIR / "response-enum-value-added"
    argv = ("diff", str(folder / "old.yaml"), str(folder / "new.yaml"), "--surface", "v9")
    assert _run(*argv, "--fail-on-breaking") == 1
    out = capsys.readouterr().out
    assert out.startswith(f"## v9 — {folder / 'old.yaml'} → {folder / 'new.yaml'} (")
    assert 'field `state`: value `"stopped"` added' in out


@pytest.mark.parametrize(
    ("argv", "error", "message"),
    [
        (("diff", "HEAD~5", "HEAD"), DiffError, "neither a file nor a git revision"),
        (("diff", "HEAD", "no-such-file.json"), DiffError, "neither a file nor a git revision"),
        (("diff", "HEAD", "HEAD", "--surface", "gamma"), RegistryError, "unknown surface gamma"),
    ],
)
def test_bad_arguments_are_clear_errors(
    repo: Path, argv: tuple[str, ...], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        _run("--root", str(repo), *argv)


def test_a_file_and_a_revision_do_not_mix(repo: Path) -> None:
    file = str(CASES_DIR / "identical" / "old.yaml")
    with pytest.raises(DiffError, match="not a file and a revision"):
        _run("--root", str(repo), "diff", file, "HEAD")


def test_a_surface_published_nowhere_is_an_error_when_asked_for(repo: Path) -> None:
    with pytest.raises(DiffError, match="beta is published in neither"):
        _run("--root", str(repo), "diff", "HEAD~1", "HEAD~1", "--surface", "beta")
