"""Where a contract run sends its requests.

`--base-url` is the URL of the surface's default server on the tested host (for
v1alpha the organization's host: `https://acme.semaphoreci.com/api/v1alpha`); every
path of the spec is relative to it. Operations served from another registry server
(`x-semaphore-server: org_root`, v1alpha's old log endpoint) go to that server's
path on the same origin. `servers_for` rewrites the document's `servers` so that
Schemathesis sends each operation there and nowhere else.

Without `--base-url`, `running_mock` serves the mock on a free port of 127.0.0.1 for
the length of the run.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..mock.app import MockApp, create_app
from ..mock.server import listen, serving_in_thread
from ..mock.surfaces import server_path
from ..registry import Surface
from .checks.pagination import STYLES_KEY, styles_entry
from .errors import ContractError

# The origin of in-process runs: nothing listens there, the ASGI app answers.
IN_PROCESS_ORIGIN = "http://testserver"


def check_base_url(base_url: str) -> str:
    """`base_url` without a trailing slash; refuses what is not an absolute http(s) URL."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ContractError(f"--base-url must be an absolute http(s) URL, not {base_url!r}")
    if parts.query or parts.fragment:
        raise ContractError(f"--base-url takes no query or fragment: {base_url!r}")
    return base_url.rstrip("/")


def server_urls(surface: Surface, base_url: str) -> dict[str, str]:
    """The URL of every registry server of `surface` when its default one is `base_url`.

    The origin is `base_url` without the default server's path (when it ends with
    it; otherwise `base_url` itself stands where the host root would), and every other
    server keeps its path below that origin.
    """
    default_path = server_path(surface, "default")
    root = base_url
    if default_path and base_url.endswith(default_path):
        root = base_url[: -len(default_path)]
    urls = {"default": base_url}
    for name in surface.servers:
        if name != "default":
            urls[name] = root + server_path(surface, name)
    return urls


def servers_for(surface: Surface, document: Mapping[str, Any], base_url: str) -> dict[str, Any]:
    """A copy of `document` whose servers all point at the tested host."""
    urls = server_urls(surface, base_url)
    out: dict[str, Any] = copy.deepcopy(dict(document))
    out["servers"] = [{"url": urls["default"]}]
    # The pagination check reads the registry's styles from the document it is given.
    out[STYLES_KEY] = styles_entry(surface.pagination)
    for item in (out.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        item.pop("servers", None)
        for operation in item.values():
            if isinstance(operation, dict) and "responses" in operation:
                name = str(operation.get("x-semaphore-server") or "default")
                if name not in urls:
                    raise ContractError(f"{operation.get('operationId')}: unknown server {name!r}")
                operation.pop("servers", None)
                if name != "default":
                    operation["servers"] = [{"url": urls[name]}]
    return out


def in_process_base_url(surface: Surface) -> str:
    """The default server's URL for a run against an in-process app."""
    return IN_PROCESS_ORIGIN + server_path(surface, "default")


@contextmanager
def running_mock(root: Path, surface: str, app: MockApp | None = None) -> Iterator[str]:
    """Serve the mock of `surface` (or `app`) on 127.0.0.1 and a free port; yields its
    origin (`http://127.0.0.1:PORT`) and stops the server on exit."""
    app = app if app is not None else create_app(root, [surface])
    listener = listen("127.0.0.1", 0, tls=False)
    with serving_in_thread(app, listener):
        yield listener.origin
