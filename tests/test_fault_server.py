"""The fault server (tests/fault_server.py) misbehaves exactly as its actions say.

Plain httpx (no Semaphore client) talks to it here, so a test of the client or the
mock that uses an action can trust what the action sends.
"""

from __future__ import annotations

import threading
import time
import zlib

import httpx
import pytest

from fault_server import (
    Action,
    FaultServer,
    big_body,
    cut_short,
    drip_body,
    drip_headers,
    echo_headers,
    endless_pages,
    gzip_bomb,
    hang,
    nested_json,
    reply,
    reset,
    running_fault_server,
    sequence,
)

MIB = 1 << 20


def get(server: FaultServer, path: str, **options: object) -> httpx.Response:
    with httpx.Client(timeout=10.0) as client:
        return client.get(server.url(path), **options)  # type: ignore[arg-type]


def test_routes_by_longest_prefix_and_records_requests(fault_server: FaultServer) -> None:
    fault_server.route("/", reply(200, "root")).route("/a/b", reply(201, {"x": 1}))
    assert get(fault_server, "/a/b/c?q=1").json() == {"x": 1}
    assert get(fault_server, "/a").text == "root"
    assert [seen.target for seen in fault_server.seen] == ["/a/b/c?q=1", "/a"]
    assert fault_server.count("/a/b") == 1


def test_unrouted_request_gets_599() -> None:
    with running_fault_server() as server:
        assert get(server, "/nothing").status_code == 599


def test_sequence_repeats_its_last_action(fault_server: FaultServer) -> None:
    fault_server.route("/", sequence(reply(429), reply(200)))
    assert [get(fault_server, "/").status_code for _ in range(3)] == [429, 200, 200]


@pytest.mark.parametrize(
    "drip", [drip_body(b"[1, 2]", every=0.1), drip_headers(every=0.02)], ids=["body", "headers"]
)
def test_drips_arrive_whole_and_slowly(fault_server: FaultServer, drip: Action) -> None:
    fault_server.route("/", drip)
    start = time.monotonic()
    response = get(fault_server, "/")
    assert response.status_code == 200 and response.content in {b"[1, 2]", b"[]"}
    assert time.monotonic() - start >= 0.4  # several pauses, whichever part dripped


def test_stopping_wakes_a_hanging_action() -> None:
    with running_fault_server() as server:
        server.route("/", hang())
        failed: list[Exception] = []

        def call() -> None:
            try:
                get(server, "/")
            except httpx.HTTPError as exc:
                failed.append(exc)

        thread = threading.Thread(target=call)
        thread.start()
        while not server.seen:
            time.sleep(0.01)
        start = time.monotonic()
    thread.join(30)
    assert time.monotonic() - start < 10 and not thread.is_alive()
    assert failed and isinstance(failed[0], httpx.RemoteProtocolError | httpx.ReadError)


@pytest.mark.parametrize(
    ("action", "error"),
    [(reset(), httpx.ReadError), (cut_short(), httpx.RemoteProtocolError)],
    ids=["reset", "cut-short"],
)
def test_broken_connections(fault_server: FaultServer, action: Action, error: type) -> None:
    fault_server.route("/", action)
    with pytest.raises(error):
        get(fault_server, "/")


def test_gzip_bomb_inflates_to_its_size(fault_server: FaultServer) -> None:
    fault_server.route("/", gzip_bomb(4 * MIB))
    with httpx.Client(timeout=10.0) as client, client.stream("GET", fault_server.url("/")) as r:
        raw = b"".join(r.iter_raw())  # as sent, not inflated
    assert r.headers["content-encoding"] == "gzip" and len(raw) < 64 * 1024
    assert zlib.decompress(raw, 16 + zlib.MAX_WBITS) == bytes(4 * MIB)


def test_big_body_nested_json_and_echo(fault_server: FaultServer) -> None:
    fault_server.route("/big", big_body(2 * MIB)).route("/nest", nested_json(1000, 404))
    fault_server.route("/echo", echo_headers(200, []))
    big = get(fault_server, "/big").content
    assert len(big) == 2 * MIB and big.startswith(b'"a') and big.endswith(b'a"')
    nest = get(fault_server, "/nest")
    assert nest.status_code == 404 and nest.content == b"[" * 1000 + b"]" * 1000
    echoed = get(fault_server, "/echo", headers={"Authorization": "Token t0k3n"})
    assert echoed.headers["x-echo-authorization"] == "Token t0k3n"


def test_endless_pages_change_their_link_or_not(fault_server: FaultServer) -> None:
    fault_server.route("/changing", endless_pages([1])).route(
        "/same", endless_pages([], changing=False)
    )
    changing = [get(fault_server, "/changing").links["next"]["url"] for _ in range(3)]
    assert changing == ["/changing?page=2", "/changing?page=3", "/changing?page=4"]
    same = {get(fault_server, "/same").links["next"]["url"] for _ in range(3)}
    assert same == {"/same?page=2"}
