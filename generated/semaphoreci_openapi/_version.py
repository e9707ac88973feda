"""The distribution's version (rendered by `semaphore-spec build`)."""

__version__ = "0.1.0"
