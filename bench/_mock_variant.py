"""`semaphore-spec mock` with parts swapped back, for the side-by-side rows of
bench/mock_server.py.

    python bench/_mock_variant.py --root ROOT --surface NAME --port PORT
        [--http h11] [--loop uvloop] [--jsonschema-only] [--uncached]

The same app (`create_app`) served the same way (`listen`, `serve`: uvicorn with the
header deadline, body limits and graceful stop), except for what the options swap:

- `--http h11`: uvicorn's pure-Python h11 parser instead of httptools;
- `--loop uvloop`: libuv's event loop (bench/requirements.txt) instead of asyncio's, a
  candidate that did not ship (it measured no faster);
- `--jsonschema-only`: no compiled first pass (mock/compiled.py); every schema check
  goes through jsonschema, as before it;
- `--uncached`: each request reads its fixtures' URLs and renders the chosen fixture's
  body anew (mock/matching.py, mock/responses.py keep them per fixture).

`--http h11 --jsonschema-only --uncached` is the mock as it was before the change (the
baseline when Prism cannot run). Not what ships: each row shows what one candidate buys.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from semaphore_spec.mock import matching, protocol, responses, server
from semaphore_spec.mock.app import create_app
from semaphore_spec.mock.compiled import CompiledSchemas


def _never(self: CompiledSchemas, value: Any, pointer: str) -> bool:
    return False


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", type=Path, required=True)
    parser.add_argument("--surface", action="append")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--http", choices=["auto", "h11"], default="auto")
    parser.add_argument("--loop", choices=["shipped", "uvloop"], default="shipped")
    parser.add_argument("--jsonschema-only", action="store_true")
    parser.add_argument("--uncached", action="store_true")
    args = parser.parse_args()
    if args.uncached:
        # A cache of size 0 is emptied before every entry: each lookup computes anew.
        matching._RECORDED_MAX = 0
        responses._RENDERED_MAX = 0
    if args.http == "h11":
        # header_timeout_protocol mixes its deadline into this class.
        protocol.AutoHTTPProtocol = H11Protocol  # type: ignore[misc]
    if args.jsonschema_only:
        CompiledSchemas.accepts = _never  # type: ignore[method-assign]
    if args.loop == "uvloop":
        shipped = server.uvicorn_config

        def config(*a: Any, **k: Any) -> uvicorn.Config:
            made = shipped(*a, **k)
            made.loop = "uvloop"
            return made

        server.uvicorn_config = config  # type: ignore[assignment]
    app = create_app(args.root, args.surface)
    listener = server.listen("127.0.0.1", args.port, tls=None)
    server.serve(app, listener, tls=None, verbose=False)


if __name__ == "__main__":
    main()
