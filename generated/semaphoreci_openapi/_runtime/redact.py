"""Keeping the API token out of everything the client shows: reprs, logs, errors, recordings."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote, quote_plus

import httpx

REDACTED = "***"
# A secret shorter than this is only redacted where it is known to be (a credential
# parameter), never by value: replacing a 2-letter string everywhere would mangle text.
_MIN_SECRET_LENGTH = 4


class Redactor:
    """Replaces secrets in text, URLs and parsed JSON with a placeholder.

    Secrets are matched by value (also URL-encoded, since a token may sit in a query
    string) and, in URLs, by the name of a credential query parameter whatever its value.
    """

    def __init__(
        self,
        secrets: Iterable[str] = (),
        *,
        params: Iterable[str] = (),
        placeholder: str = REDACTED,
    ) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if len(secret) >= _MIN_SECRET_LENGTH:
                forms.update({secret, quote(secret, safe=""), quote_plus(secret)})
        # Longest first, so a secret that contains another is replaced whole.
        self._forms = sorted(forms, key=len, reverse=True)
        self._params = frozenset(params)
        self.placeholder = placeholder

    def text(self, value: str) -> str:
        """`value` with every secret replaced."""
        for form in self._forms:
            value = value.replace(form, self.placeholder)
        return value

    def url(self, url: httpx.URL | str) -> str:
        """The URL as text, credential parameters and secrets replaced."""
        parsed = httpx.URL(str(url))
        for name in self._params:
            if name in parsed.params:
                parsed = parsed.copy_set_param(name, self.placeholder)
        return self.text(str(parsed))

    def data(self, value: Any) -> Any:
        """A copy of parsed JSON with secrets replaced in every string (keys included)."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.data(item) for item in value]
        if isinstance(value, dict):
            return {self.text(str(k)): self.data(v) for k, v in value.items()}
        return value


NO_SECRETS = Redactor()


class _LogRedaction(logging.Filter):
    """Replaces known secrets in the records of httpx's and httpcore's loggers.

    httpcore logs each response's headers at DEBUG; a server that echoes the request's
    credential header in a response header would put the token in that line.
    """

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()
        self._redactor = Redactor()

    def add(self, secrets: Iterable[str]) -> None:
        new = set(secrets) - self._secrets
        if new:
            self._secrets |= new
            self._redactor = Redactor(self._secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = self._redactor.text(message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


_LOG_REDACTION = _LogRedaction()
_LIBRARIES = ("httpx", "httpcore")


def redact_logs(secrets: Iterable[str]) -> None:
    """Keep `secrets` out of httpx's and httpcore's log records (every logger they made).

    The secrets of every client built in the process are kept for that, like the
    clients themselves keep their token.
    """
    _LOG_REDACTION.add(secrets)
    for name in list(logging.root.manager.loggerDict):
        if name.split(".")[0] in _LIBRARIES:
            logger = logging.getLogger(name)
            if _LOG_REDACTION not in logger.filters:
                logger.addFilter(_LOG_REDACTION)
