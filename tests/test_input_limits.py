"""Loading limits and confinement that the broken-input cases cannot show on their own:
a file too large to parse, and a `$ref` out of the repository refused before any read."""

from __future__ import annotations

from pathlib import Path

import pytest

from semaphore_spec import yamlio
from semaphore_spec.errors import LoadError
from semaphore_spec.stages import bundle


def test_a_file_over_the_size_limit_is_refused_unparsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("a: " + "x" * 200 + "\n", encoding="utf-8")
    monkeypatch.setattr(yamlio, "MAX_BYTES", 100)

    def no_parsing(text: str, *, file: str) -> None:
        raise AssertionError("a file over the limit was parsed")

    monkeypatch.setattr(yamlio, "parse_yaml", no_parsing)
    with pytest.raises(LoadError, match="larger than 100 bytes") as caught:
        yamlio.load_yaml(path, display="spec/v1/big.yaml")
    assert caught.value.file == "spec/v1/big.yaml"


def test_the_node_limit_counts_what_aliases_repeat(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlio, "MAX_NODES", 50)
    text = "a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nb: [*a, *a, *a, *a, *a]\n"
    with pytest.raises(LoadError, match="expands to more than 50 nodes") as caught:
        yamlio.parse_yaml(text, file="spec/v1/x.yaml")
    assert caught.value.line == 1  # where the repeated node (&a) is written
    data, _ = yamlio.parse_yaml("a: [1, 2, 3]\n", file="spec/v1/y.yaml")
    assert data == {"a": [1, 2, 3]}


def test_a_ref_out_of_the_repository_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text("Org: {type: object}\n", encoding="utf-8")
    spec = tmp_path / "project" / "spec" / "v1"
    spec.mkdir(parents=True)
    (spec / "openapi.yaml").write_text(
        'openapi: 3.1.0\ncomponents:\n  schemas:\n    Org: {$ref: "../../../outside.yaml#/Org"}\n',
        encoding="utf-8",
    )
    read: list[Path] = []
    real = bundle.load_yaml

    def recording(path: Path, *, display: str | None = None) -> tuple[object, yamlio.Lines]:
        read.append(Path(path).resolve())
        return real(path, display=display)

    monkeypatch.setattr(bundle, "load_yaml", recording)
    with pytest.raises(LoadError, match="outside the project's input folders") as caught:
        bundle.bundle_surface(tmp_path / "project", spec)
    assert caught.value.file == "spec/v1/openapi.yaml"
    assert caught.value.line == 4
    assert outside.resolve() not in read
