"""Turning a recorded fixture into the httpx objects tests and checks work with."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

import httpx
import requests
from schemathesis.core.transport import Response

from semaphore_spec.fixtures import Fixture, Operation


def server_url(document: dict[str, Any], op: Operation) -> str:
    """The operation's server URL (its own `servers` first) with variables at their defaults."""
    server = (op.spec.get("servers") or document["servers"])[0]
    url = server["url"]
    for name, var in (server.get("variables") or {}).items():
        url = url.replace("{" + name + "}", str(var["default"]))
    return str(url).rstrip("/")


def path_parameters(op: Operation, path: str) -> dict[str, str]:
    """The values a concrete path gives the operation's path template parameters."""
    names = re.findall(r"\{([^}]+)\}", op.path)
    pattern = re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(op.path))
    match = re.fullmatch(pattern, path)
    assert match, f"{path} does not fit {op.path}"
    return dict(zip(names, match.groups(), strict=True))


def request_of(document: dict[str, Any], op: Operation, fixture: Fixture) -> httpx.Request:
    """The fixture's request as httpx would send it."""
    req = fixture.request
    query = urlencode(req.get("query") or {}, doseq=True)
    url = server_url(document, op) + req["path"] + (f"?{query}" if query else "")
    headers = dict(req.get("headers") or {})
    content: bytes | None = None
    if "body" in req:
        content = json.dumps(req["body"]).encode()
        headers.setdefault("Content-Type", "application/json")
    elif "form" in req and _media(headers) == "multipart/form-data":
        content, headers["Content-Type"] = _multipart(req["form"])
    elif "form" in req:
        content = urlencode(req["form"], doseq=True).encode()
        headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
    elif "text" in req:  # a raw body, e.g. the malformed JSON a 400 answers
        content = str(req["text"]).encode()
    return httpx.Request(req["method"], url, headers=headers, content=content)


def _media(headers: dict[str, Any]) -> str:
    value = next((str(v) for k, v in headers.items() if k.lower() == "content-type"), "")
    return value.split(";")[0].strip().lower()


def _multipart(form: dict[str, Any]) -> tuple[bytes, str]:
    """A recorded form as multipart form data (one part per value; a fixture records a
    file part's content as text), and its Content-Type with the boundary."""
    boundary = "semaphore-spec-fixture-boundary"
    lines: list[str] = []
    for name, value in form.items():
        for item in value if isinstance(value, list) else [value]:
            disposition = f'Content-Disposition: form-data; name="{name}"'
            lines += [f"--{boundary}", disposition, "", str(item)]
    lines += [f"--{boundary}--", ""]
    return "\r\n".join(lines).encode(), f"multipart/form-data; boundary={boundary}"


def response_of(request: httpx.Request, fixture: Fixture) -> httpx.Response:
    """The fixture's response, as if httpx had just received it."""
    resp = fixture.response
    headers = {str(k): str(v) for k, v in (resp.get("headers") or {}).items()}
    if "body" in resp:
        content = json.dumps(resp["body"]).encode()
    elif "text" in resp:
        content = str(resp["text"]).encode()
    else:
        content = b""
    response = httpx.Response(resp["status"], headers=headers, content=content, request=request)
    response.elapsed = timedelta(0)  # checks read it; a recorded exchange has no timing
    return response


def checked_response(response: httpx.Response) -> Response:
    """`response` as Schemathesis' checks see an answer, its request URL as sent.

    Schemathesis' own conversion (`Response.from_httpx`, 4.32) passes the URL's query
    again as `params`, so the request the checks read carries every query parameter
    twice, and a check comparing a link's query with the request's would see one
    dropped.
    """
    request = requests.Request(
        method=response.request.method,
        url=str(response.request.url),
        headers=dict(response.request.headers),
        data=response.request.content,
    ).prepare()
    return Response(
        status_code=response.status_code,
        headers={key: [value] for key, value in response.headers.items()},
        content=response.content,
        request=request,
        elapsed=response.elapsed.total_seconds(),
        message=response.reason_phrase,
        encoding=response.encoding,
        http_version=response.http_version,
        verify=True,
    )
