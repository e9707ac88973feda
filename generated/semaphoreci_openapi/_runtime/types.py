"""Value types shared by every generated model and endpoint."""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, BinaryIO, Literal

from attrs import define


class Unset:
    """The type of `UNSET`: a field the server left out, or an argument the caller left out.

    Distinct from `None`, which is JSON `null`.
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # copy, deepcopy and pickle give UNSET itself: code tests `is UNSET`, and a
        # copied model must still compare equal to the original.
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` accepts, as openapi-python-client's models expect.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    tuple[str | None, FileContent, str | None]
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload in a multipart request."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The (name, payload, type) tuple httpx takes for multipart/form-data."""
        return self.file_name, self.payload, self.mime_type


__all__ = ["UNSET", "File", "FileContent", "FileTypes", "RequestFiles", "Unset"]
