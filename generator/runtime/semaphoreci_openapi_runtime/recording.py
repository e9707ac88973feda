"""Recording real exchanges as fixture files that `FixtureTransport` replays."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx

from .auth import SECRETS_EXTENSION
from .client import OPERATION_EXTENSION, SERVER_EXTENSION
from .redact import Redactor

PLACEHOLDER = "TOKEN"  # what recorded exchanges hold where the token was
# Response headers not worth recording: they change on every call or describe the
# connection, not the answer.
_UNRECORDED = {
    "connection",
    "content-encoding",
    "content-length",
    "date",
    "keep-alive",
    "set-cookie",
    "transfer-encoding",
}


class RecordingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport that sends requests for real and saves each exchange as a fixture.

    Files are named `<operationId>.<status>.yaml` (then `.recorded-2`, ...) in
    `directory`; the token is replaced by `TOKEN` wherever it appears (query, headers,
    bodies), so the files can be committed.
    """

    def __init__(
        self,
        directory: str | os.PathLike[str],
        *,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.directory = Path(directory)
        self._transport = transport
        self._async_transport = async_transport
        self.recorded: list[Path] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._transport is None:
            self._transport = httpx.HTTPTransport()
        response = self._transport.handle_request(request)
        try:
            response.read()
        finally:
            response.close()
        return self._record(request, response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._async_transport is None:
            self._async_transport = httpx.AsyncHTTPTransport()
        response = await self._async_transport.handle_async_request(request)
        try:
            await response.aread()
        finally:
            await response.aclose()
        return self._record(request, response)

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()

    async def aclose(self) -> None:
        if self._async_transport is not None:
            await self._async_transport.aclose()

    def _record(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        self._write(request, response)
        # The body is decoded now: hand it on without the encoding headers it came with.
        headers = [
            (k, v)
            for k, v in response.headers.multi_items()
            if k.lower() not in {"content-encoding", "content-length", "transfer-encoding"}
        ]
        return httpx.Response(
            response.status_code,
            headers=headers,
            content=response.content,
            extensions=response.extensions,
        )

    def _write(self, request: httpx.Request, response: httpx.Response) -> None:
        import yaml

        redactor = Redactor(_secrets(request), placeholder=PLACEHOLDER)
        operation = str(request.extensions.get(OPERATION_EXTENSION, "unknown"))
        base = httpx.URL(str(request.extensions.get(SERVER_EXTENSION, ""))).path.rstrip("/")
        path = request.url.path
        exchange: dict[str, Any] = {
            "operation": operation,
            "summary": "Recorded by semaphoreci_openapi.testing.RecordingTransport",
            "source": "real-server",
            "request": {
                "method": request.method,
                "path": path[len(base) :] if base and path.startswith(base) else path,
            },
            "response": {"status": response.status_code},
        }
        query: dict[str, Any] = {}
        for name, value in request.url.params.multi_items():
            query.setdefault(name, []).append(redactor.text(value))
        if query:
            exchange["request"]["query"] = {k: v[0] if len(v) == 1 else v for k, v in query.items()}
        try:
            sent = request.content
        except httpx.RequestNotRead:  # a streamed upload: not kept
            sent = b""
        exchange["request"].update(_body(sent, request.headers, redactor))
        headers = {
            k: redactor.text(v) for k, v in response.headers.items() if k.lower() not in _UNRECORDED
        }
        if headers:
            exchange["response"]["headers"] = headers
        exchange["response"].update(_body(response.content, response.headers, redactor, "text"))
        self.directory.mkdir(parents=True, exist_ok=True)
        target = self.directory / f"{operation}.{response.status_code}.yaml"
        number = 1
        while target.exists():
            number += 1
            target = self.directory / f"{operation}.{response.status_code}.recorded-{number}.yaml"
        dumped = yaml.safe_dump(exchange, sort_keys=False, allow_unicode=True)
        target.write_text(dumped, encoding="utf-8")
        self.recorded.append(target)


def _body(
    content: bytes, headers: httpx.Headers, redactor: Redactor, text_key: str = "text"
) -> dict[str, Any]:
    """A body as the fixture format has it: `body` (JSON), `form`, or text."""
    if not content:
        return {}
    text = content.decode("utf-8", "replace")
    if "application/x-www-form-urlencoded" in headers.get("content-type", ""):
        return {"form": {k: redactor.text(v) for k, v in parse_qsl(text)}}
    try:
        return {"body": redactor.data(json.loads(text))}
    except ValueError:
        return {text_key: redactor.text(text)}


def _secrets(request: httpx.Request) -> tuple[str, ...]:
    secrets = request.extensions.get(SECRETS_EXTENSION, ())
    return tuple(s for s in secrets if isinstance(s, str))
