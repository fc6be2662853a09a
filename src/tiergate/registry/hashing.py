"""Streamed SHA-256 of weight files and the model identity built from them."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Literal, Protocol

from tiergate.registry.records import FileEntry

CHUNK = 1024 * 1024


class HashProgress(Protocol):
    """Told the total once, then each chunk read (the CLI draws a bar; libraries pass None)."""

    def begin(self, total_bytes: int) -> None: ...

    def advance(self, nbytes: int) -> None: ...


# (absolute path, size, mtime_ns) -> sha256 of a file we hashed before and trust unchanged.
KnownHashes = Mapping[tuple[str, int, int], str]


def sha256_file(path: Path, progress: HashProgress | None = None) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            if progress is not None:
                progress.advance(len(chunk))
    return digest.hexdigest()


def hash_files(
    root: Path,
    names: list[str],
    role: Literal["weight", "aux"],
    progress: HashProgress | None = None,
    known: KnownHashes | None = None,
) -> list[FileEntry]:
    entries: list[FileEntry] = []
    for name in names:
        path = root / name
        st = path.stat()
        cached = (known or {}).get((str(path), st.st_size, st.st_mtime_ns))
        if cached is not None and progress is not None:
            progress.advance(st.st_size)
        sha = cached or sha256_file(path, progress)
        entry = FileEntry(
            name=name, size=st.st_size, sha256=sha, role=role, mtime_ns=st.st_mtime_ns
        )
        entries.append(entry)
    return entries


def identity(weights: list[FileEntry]) -> str:
    """A single weight file's identity is its own SHA-256 (what ``sha256sum`` prints, whatever
    the file is called); a multi-file model hashes the sorted (name, sha256) list, since shard
    names are part of the layout."""
    if len(weights) == 1:
        return weights[0].sha256
    digest = hashlib.sha256()
    for entry in sorted(weights, key=lambda e: e.name):
        digest.update(f"{entry.name}\0{entry.sha256}\n".encode())
    return digest.hexdigest()
