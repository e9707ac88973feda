"""Value types of this surface's models (shared by every surface)."""

from .._runtime.types import UNSET, File, FileContent, FileTypes, RequestFiles, Unset

__all__ = ["UNSET", "File", "FileContent", "FileTypes", "RequestFiles", "Unset"]
