"""`semaphore-spec mock` with parts swapped back, for the side-by-side rows of
bench/mock_server.py.

    python bench/_mock_variant.py --root ROOT --surface NAME --port PORT
        [--server uvicorn [--http h11]] [--loop uvloop] [--jsonschema-only] [--uncached]
        [--no-answer-memory]

The same app (`create_app`) on the same socket (`listen`), served by the shipped
server (`serve`: the mock's own HTTP/1.1 protocol, mock/http1.py) except for what the
options swap:

- `--server uvicorn`: the app's ASGI interface on uvicorn with httptools, with the
  header deadline, body limits and graceful stop the mock had there (`_uvicorn_server.py`),
  as the mock shipped until its own protocol; `--http h11` adds uvicorn's pure-Python
  parser instead of httptools;
- `--loop uvloop`: libuv's event loop (bench/requirements.txt) instead of asyncio's, a
  candidate that did not ship;
- `--jsonschema-only`: no compiled first pass (mock/compiled.py); every schema check
  goes through jsonschema, as before it;
- `--no-answer-memory`: every request goes through the whole app (routing, validation,
  matching, pagination), as it did before answers were remembered per distinct request
  (mock/answers.py);
- `--uncached`: that, and each request reads its fixtures' URLs and renders the chosen
  fixture's body anew (mock/matching.py, mock/responses.py keep them per fixture).

`--server uvicorn --http h11 --jsonschema-only --uncached` is the mock as it was before
issue 16 (the baseline when Prism cannot run). Not what ships: each row shows what one
candidate buys.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

from semaphore_spec.mock import matching, responses, server
from semaphore_spec.mock.answers import AnsweredRequests
from semaphore_spec.mock.app import create_app
from semaphore_spec.mock.compiled import CompiledSchemas
from semaphore_spec.mock.exchange import Exchange, HttpRequest
from semaphore_spec.mock.responses import MockResponse


def _computed(
    self: AnsweredRequests,
    request: HttpRequest,
    compute: Callable[[HttpRequest], tuple[Exchange, MockResponse]],
    context: Any = None,
) -> tuple[Exchange, MockResponse]:
    return compute(request)


def _never(self: CompiledSchemas, value: Any, pointer: str) -> bool:
    return False


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", type=Path, required=True)
    parser.add_argument("--surface", action="append")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--server", choices=["shipped", "uvicorn"], default="shipped")
    parser.add_argument("--http", choices=["auto", "h11"], default="auto")
    parser.add_argument("--loop", choices=["asyncio", "uvloop"], default="asyncio")
    parser.add_argument("--jsonschema-only", action="store_true")
    parser.add_argument("--uncached", action="store_true")
    parser.add_argument("--no-answer-memory", action="store_true")
    args = parser.parse_args()
    if args.uncached or args.no_answer_memory:
        AnsweredRequests.answer = _computed  # type: ignore[method-assign]
    if args.uncached:
        # A cache of size 0 is emptied before every entry: each lookup computes anew.
        matching._RECORDED_MAX = 0
        responses._RENDERED_MAX = 0
    if args.jsonschema_only:
        CompiledSchemas.accepts = _never  # type: ignore[method-assign]
    app = create_app(args.root, args.surface)
    listener = server.listen("127.0.0.1", args.port, tls=None)
    if args.server == "uvicorn":
        import _uvicorn_server

        _uvicorn_server.serve(app, listener, http=args.http, loop=args.loop)
        return
    if args.loop == "uvloop":
        import uvloop

        asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    server.serve(app, listener, tls=None)


if __name__ == "__main__":
    main()
