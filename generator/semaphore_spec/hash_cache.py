"""File hashes remembered between builds, trusted only while a file's stat is unchanged.

A no-op build hashes every input and output of every surface (about 2,700 files) to
compare them with the locks; most of its time went there. Like git's index, the cache
(`.build/hashes.json`, never committed) keeps each file's size, modification time and
inode beside its sha256, and a hash is reused only when all three still match. As in
git, an entry is "racy" when the file was modified within `RACY_NS` of the moment the
cache was written (a same-size edit in the same timestamp tick would keep the stat):
such entries are hashed again. A missing, unreadable or foreign cache is an empty one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any

CACHE_FILE = ".build/hashes.json"
RACY_NS = 2_000_000_000  # two seconds: coarser than any file system's timestamps
_VERSION = 1


class HashCache:
    """sha256 of files by absolute path, reused while (size, mtime, inode) match."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._entries: dict[str, list[Any]] = {}
        self._saved_ns = 0
        self._dirty = False
        # Folder listings of this run: every surface's inputs include the shared folders.
        self.listings: dict[Path, list[Path]] = {}
        # What this run read, for `build_stamp`: the files hashed and the folders listed.
        self.seen: set[str] = set()
        self.folders: list[str] = []
        if path is not None:
            self._load(path)

    def _load(self, path: Path) -> None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if isinstance(data, dict) and data.get("version") == _VERSION:
            entries, saved = data.get("entries"), data.get("saved_ns")
            if isinstance(entries, dict) and isinstance(saved, int):
                self._entries, self._saved_ns = entries, saved

    def sha(self, path: Path) -> str:
        """The sha256 of `path`'s bytes, in hex."""
        stat = path.stat()
        key = str(path)
        self.seen.add(key)
        entry = self._entries.get(key)
        if (
            isinstance(entry, list)
            and entry[:3] == [stat.st_size, stat.st_mtime_ns, stat.st_ino]
            and stat.st_mtime_ns < self._saved_ns - RACY_NS
        ):
            return str(entry[3])
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        self._entries[key] = [stat.st_size, stat.st_mtime_ns, stat.st_ino, digest]
        self._dirty = True
        return digest

    def seen_stats(self) -> dict[str, list[int]]:
        """[size, mtime_ns, inode] of every file hashed in this run, as of its hashing."""
        return {key: list(self._entries[key][:3]) for key in self.seen}

    def save(self) -> None:
        """Write the cache (atomically) when it learnt anything; failures are ignored:
        the cache only saves time."""
        if self.path is None or not self._dirty:
            return
        data = {"version": _VERSION, "saved_ns": time.time_ns(), "entries": self._entries}
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(json.dumps(data), encoding="utf-8")
            os.replace(temporary, self.path)
            self._dirty = False
