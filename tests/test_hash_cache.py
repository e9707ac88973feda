"""The build's hash cache: reused only while a file's stat is unchanged, never for a
file modified just before the cache was written (git's racy-entry rule)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from semaphore_spec.hash_cache import RACY_NS, HashCache


def _aged(path: Path, seconds: int) -> None:
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns - seconds * 1_000_000_000))


def test_an_unchanged_file_is_not_read_again(tmp_path: Path) -> None:
    source = tmp_path / "a.yaml"
    source.write_text("one", encoding="utf-8")
    _aged(source, 10)
    cache = HashCache(tmp_path / "hashes.json")
    first = cache.sha(source)
    cache.save()
    # Prove the second lookup trusts the cache: plant a different hash for the same stat.
    data = json.loads((tmp_path / "hashes.json").read_text(encoding="utf-8"))
    data["entries"][str(source)][3] = "planted"
    (tmp_path / "hashes.json").write_text(json.dumps(data), encoding="utf-8")
    assert HashCache(tmp_path / "hashes.json").sha(source) == "planted" != first


def test_an_edit_is_seen_even_with_the_same_size(tmp_path: Path) -> None:
    source = tmp_path / "a.yaml"
    source.write_text("one", encoding="utf-8")
    _aged(source, 10)
    cache = HashCache(tmp_path / "hashes.json")
    before = cache.sha(source)
    cache.save()
    source.write_text("two", encoding="utf-8")  # same size, new modification time
    assert HashCache(tmp_path / "hashes.json").sha(source) != before


def test_a_file_modified_just_before_the_cache_was_saved_is_hashed_again(
    tmp_path: Path,
) -> None:
    source = tmp_path / "a.yaml"
    source.write_text("one", encoding="utf-8")  # modified now: racy when saved now
    cache = HashCache(tmp_path / "hashes.json")
    cache.sha(source)
    cache.save()
    data = json.loads((tmp_path / "hashes.json").read_text(encoding="utf-8"))
    assert data["saved_ns"] - source.stat().st_mtime_ns < RACY_NS
    data["entries"][str(source)][3] = "planted"
    (tmp_path / "hashes.json").write_text(json.dumps(data), encoding="utf-8")
    # An edit in the same timestamp tick would keep the stat: the entry is not trusted.
    assert HashCache(tmp_path / "hashes.json").sha(source) != "planted"


def test_a_broken_cache_is_an_empty_one(tmp_path: Path) -> None:
    source = tmp_path / "a.yaml"
    source.write_text("one", encoding="utf-8")
    (tmp_path / "hashes.json").write_text("{not json", encoding="utf-8")
    assert len(HashCache(tmp_path / "hashes.json").sha(source)) == 64
