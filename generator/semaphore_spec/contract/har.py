"""The HAR 1.2 cassette of a contract run, written entry by entry as the run goes.

`HarWriter` appends each exchange to `<surface>.har.partial` the moment its scenario
ends, so nothing of a response is kept in memory after it is written, and renames the
file to `<surface>.har` when the run ends (however it ends: completed, out of time,
interrupted). Bodies are capped: each one at `max_body` bytes, all of them together at
`max_total`; a cut body keeps its real size and says what was left out in its
`comment`. Everything goes through the run's `Redactor` first.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any
from urllib.parse import parse_qsl, urlsplit

from .redact import Redactor
from .results import Exchange

CREATOR = {"name": "semaphore-spec contract", "version": "1"}
MAX_BODY_BYTES = 1024 * 1024
MAX_TOTAL_BYTES = 64 * 1024 * 1024


class HarWriter:
    """Streams exchanges into a HAR file (see the module docstring)."""

    def __init__(
        self,
        path: Path,
        redactor: Redactor,
        *,
        max_body: int = MAX_BODY_BYTES,
        max_total: int = MAX_TOTAL_BYTES,
    ) -> None:
        self.path = path
        self.redactor = redactor
        self.max_body = max_body
        self.max_total = max_total
        self.entries = 0
        self.body_bytes = 0  # body bytes written so far, both directions
        self.cut_bodies = 0
        self._partial = path.with_name(path.name + ".partial")
        path.parent.mkdir(parents=True, exist_ok=True)
        self._file: IO[str] | None = self._partial.open("w", encoding="utf-8")
        self._file.write(
            '{"log": {"version": "1.2", "creator": ' + json.dumps(CREATOR) + ', "entries": [\n'
        )

    def add(self, exchange: Exchange) -> None:
        """Write one exchange."""
        if self._file is None:
            raise ValueError(f"{self.path} is already closed")
        text = json.dumps(self._entry(exchange), ensure_ascii=False)
        self._file.write((",\n" if self.entries else "") + text)
        self.entries += 1

    def close(self, comment: str) -> Path:
        """Finish the file with the log's `comment`; returns its path."""
        if self._file is not None:
            self._file.write(
                "\n], " + f'"comment": {json.dumps(comment, ensure_ascii=False)}}}}}\n'
            )
            self._file.close()
            self._file = None
            self._partial.replace(self.path)
        return self.path

    def __enter__(self) -> HarWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close("the run stopped before its end")

    def _content(self, body: bytes, media_type: str, size: int = -1) -> dict[str, Any]:
        """HAR `content` (or `postData` fields) for `body`, redacted and capped; `size`
        is what the server sent when `body` is only its beginning."""
        whole = max(size, len(body))
        allowed = max(0, min(self.max_body, self.max_total - self.body_bytes))
        content: dict[str, Any] = {"size": whole, "mimeType": media_type}
        try:
            # Redacted whole, then cut: a token across the cut must not leave a prefix.
            source = self.redactor.text(body.decode("utf-8")).encode("utf-8")
        except UnicodeDecodeError:
            source = body
            kept = body[:allowed]
            content["text"] = base64.b64encode(kept).decode("ascii")
            content["encoding"] = "base64"
        else:
            kept = source[:allowed]
            # A cut may split a character: its first bytes go.
            content["text"] = kept.decode("utf-8", errors="ignore")
        self.body_bytes += len(kept)
        if len(kept) < len(source):
            why = "per-body limit" if allowed == self.max_body else "total limit"
        elif whole > len(body):
            # The engine keeps at most the per-body limit (`config.build`), and a run
            # without a streamed cassette no more than its total (`Collector`).
            why = "per-body limit" if len(kept) == self.max_body else "the run kept no more"
        else:
            return content
        self.cut_bodies += 1
        content["comment"] = f"truncated: the first {len(kept)} of {whole} bytes ({why})"
        return content

    def _entry(self, exchange: Exchange) -> dict[str, Any]:
        redactor = self.redactor
        request = exchange.request
        url = redactor.url(request.url)
        request_type = next((v for n, v in request.headers if n.lower() == "content-type"), "")
        har_request: dict[str, Any] = {
            "method": request.method.upper(),
            "url": url,
            "httpVersion": "HTTP/1.1",
            "cookies": [],
            "headers": _pairs((n, redactor.header(n, v)) for n, v in request.headers),
            "queryString": _pairs(parse_qsl(urlsplit(url).query, keep_blank_values=True)),
            "headersSize": -1,
            "bodySize": len(request.body or b""),
        }
        if request.body:
            content = self._content(request.body, request_type)
            har_request["postData"] = {
                "mimeType": request_type,
                "text": content["text"],
                **({"comment": "base64"} if "encoding" in content else {}),
            }
        response = exchange.response
        elapsed = response.elapsed if response is not None else 0.0
        har_response: dict[str, Any] = {
            "status": 0,
            "statusText": "",
            "httpVersion": "",
            "cookies": [],
            "headers": [],
            "content": {"size": 0, "mimeType": ""},
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": -1,
            "_error": "no response (network error or timeout)",
        }
        if response is not None:
            response_type = next(
                (v for n, v in response.headers if n.lower() == "content-type"), ""
            )
            har_response = {
                "status": response.status,
                "statusText": response.reason,
                "httpVersion": f"HTTP/{response.http_version}",
                "cookies": [],
                "headers": _pairs((n, redactor.header(n, v)) for n, v in response.headers),
                "content": self._content(response.body, response_type, response.size),
                "redirectURL": "",
                "headersSize": -1,
                "bodySize": max(response.size, len(response.body)),
            }
        started = datetime.fromtimestamp(exchange.started - elapsed, tz=UTC)
        return {
            "startedDateTime": started.isoformat(),
            "time": round(elapsed * 1000, 3),
            "request": har_request,
            "response": har_response,
            "cache": {},
            "timings": {"send": 0, "wait": round(elapsed * 1000, 3), "receive": 0},
            "comment": f"{exchange.operation} ({exchange.phase})",
        }


def _pairs(items: Any) -> list[dict[str, str]]:
    return [{"name": name, "value": value} for name, value in items]
