"""`semaphore-spec mock` with one change, for the what-if row of bench/mock_server.py.

    python bench/_mock_nodelay.py --root ROOT --surface NAME --port PORT

The same app (`create_app`) served the same way (`serve`, uvicorn), except that the
listening socket is created with `IPPROTO_TCP` as its protocol. asyncio only turns
Nagle's algorithm off (TCP_NODELAY) on accepted sockets whose `proto` is
IPPROTO_TCP; `semaphore_spec.mock.server.listen` creates its socket with proto 0, so
each response's body, written after its headers, waits for the client's delayed ACK
(about 40 ms on Linux). Not what ships: it shows what the one-line fix would buy.
"""

from __future__ import annotations

import argparse
import socket
from pathlib import Path

from semaphore_spec.mock.app import create_app
from semaphore_spec.mock.server import Listener, serve


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", type=Path, required=True)
    parser.add_argument("--surface", action="append")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    app = create_app(args.root, args.surface)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", args.port))
    sock.listen(128)
    serve(app, Listener(sock, "http", "127.0.0.1", args.port), tls=None, verbose=False)


if __name__ == "__main__":
    main()
