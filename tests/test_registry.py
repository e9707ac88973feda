"""The typed registry model (generator/semaphore_spec/registry/): one interpretation of
every fact, errors at `spec/surfaces.yaml:LINE`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import REGISTRY, ROOT
from semaphore_spec.errors import RegistryError
from semaphore_spec.registry import (
    ApiKeyAuth,
    BodyCursorStyle,
    HttpAuth,
    LinkRelationStyle,
    check_spec_folders,
    load_registry,
)
from semaphore_spec.yamlio import load_yaml


def test_auth_schemes_have_one_interpretation() -> None:
    for surface in REGISTRY.values():
        for scheme in surface.auth:
            assert scheme.location in {"header", "query"}
            if isinstance(scheme, HttpAuth):
                assert (scheme.param, scheme.token_prefix) == ("Authorization", "Bearer ")
            else:
                assert isinstance(scheme, ApiKeyAuth)
                assert scheme.token_prefix == scheme.prefix


def test_defaults_are_derived_from_the_name() -> None:
    for name, surface in REGISTRY.items():
        assert surface.name == name
        assert (ROOT / surface.spec_dir / "openapi.yaml").is_file()
        assert (ROOT / surface.fixtures_dir).is_dir()
        assert surface.published_dir == f"published/{name}"


def test_every_style_kind_is_typed() -> None:
    kinds = {type(style) for s in REGISTRY.values() for style in s.pagination.values()}
    assert {LinkRelationStyle, BodyCursorStyle} <= kinds


def test_templates_see_the_entry_as_written() -> None:
    raw, _ = load_yaml(ROOT / "spec" / "surfaces.yaml")
    for name, surface in REGISTRY.items():
        context = surface.template_context()
        for key, value in raw["surfaces"][name].items():
            if key not in {"pagination", "conventions", "auth"}:
                assert context[key] == value, key
        assert [a["name"] for a in context["auth"]] == [
            a["name"] for a in raw["surfaces"][name]["auth"]
        ]


def _registry_with(tmp_path: Path, old: str, new: str) -> Path:
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    path = tmp_path / "spec" / "surfaces.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return tmp_path


def _line_of(root: Path, needle: str) -> int:
    lines = (root / "spec" / "surfaces.yaml").read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        pytest.param(
            "        param: auth_token\n",
            "        parm: auth_token\n",
            "parm: auth_token",
            "has an unknown key auth.0.parm",
            id="misspelt-key",
        ),
        pytest.param(
            "        kind: body-cursor\n",
            "        kind: body-curser\n",
            "cursor:",
            "does not match any of the expected tags",
            id="unknown-kind",
        ),
        pytest.param(
            "        total_header: total\n",
            "        total_header: totals\n",
            "link-header:",
            "header 'totals' is not among the style's headers",
            id="header-not-listed",
        ),
        pytest.param(
            "        scheme: bearer\n",
            "        scheme: basic\n",
            "scheme: basic",
            "auth.1.scheme: Input should be 'bearer'",
            id="unsupported-auth",
        ),
    ],
)
def test_a_bad_entry_names_its_line_and_key(
    tmp_path: Path, old: str, new: str, needle: str, message: str
) -> None:
    root = _registry_with(tmp_path, old, new)
    with pytest.raises(RegistryError) as caught:
        load_registry(root)
    assert message in caught.value.message
    assert caught.value.file == "spec/surfaces.yaml"
    assert caught.value.line == _line_of(root, needle) + (1 if needle.endswith(":") else 0)


def test_a_surface_without_a_spec_folder_is_named_at_its_entry(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    shutil.rmtree(tmp_path / "spec" / "v2")
    registry = load_registry(tmp_path)
    with pytest.raises(RegistryError, match="surface 'v2' has no spec folder") as caught:
        check_spec_folders(tmp_path, list(registry.values()))
    assert caught.value.line == _line_of(tmp_path, "  v2:") + 1


def test_a_registry_read_again_is_reused_only_while_its_file_is_unchanged(
    tmp_path: Path,
) -> None:
    root = _registry_with(tmp_path, "surfaces:", "surfaces:")
    first = load_registry(root)
    again = load_registry(root)
    assert again == first and again is not first  # a fresh dict each time
    assert all(again[name] is first[name] for name in first)  # the same frozen models
    name = next(iter(first))
    path = root / "spec" / "surfaces.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(f"  {name}:", "  renamed:", 1), encoding="utf-8")
    edited = load_registry(root)
    assert "renamed" in edited and name not in edited
