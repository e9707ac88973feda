"""The `semaphore-spec mock` command."""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import SpecError
from ..project import EXIT_OK, project_root
from .limits import HEADER_TIMEOUT, MAX_BODY_BYTES, Limits

if TYPE_CHECKING:
    from .server import Listener
    from .surfaces import MockSurface
    from .tls import TlsFiles

DESCRIPTION = (
    "Serve one surface or all of them (each under its own base path) from the recorded "
    "fixtures and the published spec: requests are validated against the spec and refused "
    "the way the real server refuses them."
)
DEFAULT_PORT = 4010


def configure(parser: argparse.ArgumentParser) -> None:
    """The `mock` command's description, options and action."""
    parser.description = DESCRIPTION
    add_arguments(parser)
    parser.set_defaults(run=run)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The `mock` command's options."""
    parser.add_argument(
        "--surface", action="append", help="serve only this surface (repeatable; default: all)"
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default: %(default)s)"
    )
    parser.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help="port to bind; 0 picks a free one (default: %(default)s); the port is printed",
    )
    parser.add_argument(
        "--tls",
        action="store_true",
        help="serve HTTPS with a throwaway certificate authority; its certificate file is printed",
    )
    parser.add_argument(
        "--ca-file",
        type=Path,
        help="with --tls, write the CA certificate here (default: a temporary file)",
    )
    parser.add_argument(
        "--public-url",
        help="origin written into the links the mock sends, e.g. http://mock:4010 behind a "
        "proxy (default: the address it listens on; the request's Host when bound to all "
        "addresses, and only when it is a plain host[:port])",
    )
    parser.add_argument(
        "--max-body-bytes",
        type=int,
        default=MAX_BODY_BYTES,
        help="larger request bodies are refused with 413 (or 400 where that is what the "
        "operation documents) (default: %(default)s)",
    )
    parser.add_argument(
        "--header-timeout",
        type=float,
        default=HEADER_TIMEOUT,
        help="seconds a client may take to send a request's headers, or between two "
        "parts of its body, before the connection is closed (default: %(default)s)",
    )
    parser.add_argument("--verbose", action="store_true", help="log every exchange to stderr")


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted; 0 on a clean stop, 2 when the mock cannot start."""
    # Imported here: every `semaphore-spec` call imports this module to register
    # the command, and the app (validators, server) takes a quarter of a second.
    from .app import create_app
    from .server import listen, serve
    from .tls import issue, server_names

    root = project_root(args)
    if args.max_body_bytes < 1 or args.header_timeout <= 0:
        raise SpecError("--max-body-bytes and --header-timeout must be positive")
    limits = Limits(
        max_body_bytes=args.max_body_bytes,
        header_timeout=args.header_timeout,
        body_timeout=args.header_timeout,
    )
    app = create_app(root, args.surface, limits=limits, public_url=args.public_url)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(name)s %(message)s",
        stream=sys.stderr,
    )
    with ExitStack() as stack:
        tls: TlsFiles | None = None
        if args.tls:
            directory = Path(
                stack.enter_context(tempfile.TemporaryDirectory(prefix="semaphore-mock-"))
            )
            tls = issue(directory, server_names(args.host), args.ca_file)
        try:
            listener = listen(args.host, args.port, tls=args.tls)
        except OSError as exc:
            raise SpecError(
                f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}"
            ) from exc
        if args.public_url is None and not _all_addresses(listener.host):
            app.set_public_url(listener.origin)
        announce(listener, app.surfaces, tls)
        reason = serve(app, listener, tls=tls)
    print(f"stopped ({reason})", flush=True)
    return EXIT_OK


def _all_addresses(host: str) -> bool:
    """Whether `host` is a wildcard bind address, which no client can be sent to."""
    return host in ("0.0.0.0", "::", "")


def announce(listener: Listener, surfaces: list[MockSurface], tls: TlsFiles | None) -> None:
    """Print where the mock listens (one `key: value` a line, for people and scripts)."""
    from .surfaces import server_path

    lines = [f"listening on {listener.origin}", f"port: {listener.port}"]
    if tls is not None:
        lines.append(f"ca-file: {tls.ca_file}")
    for surface in surfaces:
        for server in surface.views_by_server():
            label = surface.name if server == "default" else f"{surface.name} ({server})"
            lines.append(f"{label}: {listener.origin}{server_path(surface.registry, server)}")
    print("\n".join(lines), flush=True)
