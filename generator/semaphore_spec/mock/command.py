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


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `mock` subcommand to the `semaphore-spec` command line."""
    parser = commands.add_parser(
        "mock", help="serve the published specs from the recorded fixtures", description=DESCRIPTION
    )
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
    parser.add_argument("--verbose", action="store_true", help="log every exchange to stderr")


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted; 0 on a clean stop, 2 when the mock cannot start."""
    # Imported here: every `semaphore-spec` call imports this module to register
    # the command, and the app (validators, uvicorn) takes a quarter of a second.
    from .app import create_app
    from .server import listen, serve
    from .tls import issue, server_names

    root = project_root(args)
    app = create_app(root, args.surface)
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
        announce(listener, app.surfaces, tls)
        serve(app, listener, tls=tls, verbose=args.verbose)
    return EXIT_OK


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
