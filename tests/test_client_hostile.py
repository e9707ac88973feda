"""Hostile and broken servers: every call stays bounded and raises the package's own errors.

Each case runs against the fault server (tests/fault_server.py) on 127.0.0.1 and
asserts the typed outcome and the bound: time (a deadline of a second or two, checked
against a generous ceiling), pages fetched, or memory (tracemalloc's peak). A call
that could block is run in a thread (`bounded`), so a regression fails the test after
`CEILING` seconds instead of hanging the suite.
"""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import logging
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from client_support import CANARY, FAST, fixture_body
from fault_server import (
    BAD_RATE_LIMIT_RESETS,
    Exchange,
    FaultServer,
    big_body,
    drip_body,
    drip_headers,
    echo_headers,
    endless_pages,
    gzip_bomb,
    gzip_of_zeros,
    hang,
    head,
    nested_json,
    reply,
)
from semaphoreci_openapi import RetryPolicy
from semaphoreci_openapi._runtime import pagination
from semaphoreci_openapi._runtime.ratelimit import rate_limit_reset, retry_after
from semaphoreci_openapi._runtime.timestamps import Timestamp, parse_timestamp
from semaphoreci_openapi.errors import (
    NotFoundError,
    PaginationError,
    RateLimitedError,
    RequestTimeoutError,
    ResponseParseError,
    ResponseTooLargeError,
    ServerError,
)
from semaphoreci_openapi.v2 import Client
from semaphoreci_openapi.v2.models import Org

ORGS = fixture_body("v2", "listOrgs.200")
JSON = {"Content-Type": "application/json"}
CEILING = 60.0  # seconds: far above every bound below, still far below "forever"
MIB = 1 << 20


def client(server: FaultServer, **options: Any) -> Client:
    options.setdefault("retry", RetryPolicy(**FAST))
    return Client(CANARY, base_url=server.url("/v2"), **options)


def bounded(call: Callable[[], Any], seconds: float = CEILING) -> tuple[Any, float]:
    """(what `call` returned or raised, seconds it took); fails if it takes over `seconds`."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as exc:
            outcome.append(exc)

    start = time.monotonic()
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"the call was still running after {seconds} s"
    return outcome[0], time.monotonic() - start


def raised(outcome: Any, kind: type[Exception]) -> Exception:
    """`outcome` if it is a `kind` exception (token-free); fails otherwise."""
    assert isinstance(outcome, kind), f"expected {kind.__name__}, got {outcome!r}"
    assert CANARY not in str(outcome)
    return outcome


# -- the deadline -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "action",
    [
        pytest.param(drip_body(b"[" + b" " * 4000 + b"]", every=0.25), id="body-drip"),
        pytest.param(drip_headers(every=0.25), id="header-drip"),
        pytest.param(hang(), id="hang"),
    ],
)
def test_deadline_bounds_a_slow_answer(fault_server: FaultServer, action: Any) -> None:
    fault_server.route("/v2/orgs", action)
    # Each read is well within the 30 s timeout: only the 1.5 s deadline can stop it.
    slow = client(fault_server, timeout=30.0, deadline=1.5)
    outcome, took = bounded(slow.list_orgs)
    error = raised(outcome, RequestTimeoutError)
    assert "deadline of 1.5 s" in str(error)
    assert isinstance(error.__cause__, httpx.TimeoutException)
    assert took < 20  # 1.5 s expected; generous for a loaded machine
    assert fault_server.count("/v2/orgs") == 1  # a spent deadline is not retried


def test_deadline_bounds_async_calls(fault_server: FaultServer) -> None:
    fault_server.route("/v2/orgs", drip_body(b"[" + b" " * 4000 + b"]", every=0.25))

    async def call() -> Any:
        async with client(fault_server, timeout=30.0, deadline=1.5) as slow:
            return await slow.list_orgs_async()

    outcome, took = bounded(lambda: asyncio.run(call()))
    raised(outcome, RequestTimeoutError)
    assert took < 20 and fault_server.count("/v2/orgs") == 1


def test_deadline_per_call_and_a_fast_answer_is_untouched(fault_server: FaultServer) -> None:
    fault_server.route("/v2/orgs", drip_body(b"[" + b" " * 4000 + b"]", every=0.25))
    fault_server.route("/v2/orgs/", reply(200, ORGS[0], JSON))
    patient = client(fault_server, timeout=30.0)
    outcome, took = bounded(lambda: patient.with_options(deadline=1.0).list_orgs())
    raised(outcome, RequestTimeoutError)
    assert took < 20
    assert patient.get_org("renderedtext").username == ORGS[0]["username"]


@pytest.mark.parametrize("value", [0, -1.0, float("inf"), float("nan")], ids=str)
def test_deadline_must_be_finite_and_positive(fault_server: FaultServer, value: float) -> None:
    with pytest.raises(ValueError, match="deadline"):
        client(fault_server, deadline=value)


# -- the size cap -------------------------------------------------------------------------


@pytest.mark.parametrize("status", [200, 500])
def test_gzip_bomb_stops_at_the_cap_without_inflating(
    fault_server: FaultServer, status: int
) -> None:
    fault_server.route("/v2/orgs", gzip_bomb(256 * MIB, status))
    capped = client(fault_server, max_response_bytes=MIB)
    tracemalloc.start()
    try:
        outcome, _ = bounded(capped.list_orgs)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    error = raised(outcome, ResponseTooLargeError)
    assert isinstance(error, ResponseTooLargeError) and error.limit == MIB
    assert peak < 32 * MIB, f"{peak / MIB:.0f} MiB allocated for a 1 MiB cap"
    assert fault_server.count("/v2/orgs") == 1


def test_gzip_bomb_over_the_default_cap(fault_server: FaultServer) -> None:
    fault_server.route("/v2/orgs", gzip_bomb(256 * MIB))
    outcome, _ = bounded(client(fault_server).list_orgs)
    error = raised(outcome, ResponseTooLargeError)
    assert isinstance(error, ResponseTooLargeError) and error.limit == 128 * MIB


def test_plain_body_over_the_cap(fault_server: FaultServer) -> None:
    fault_server.route("/v2/orgs", big_body(10 * MIB))
    outcome, _ = bounded(client(fault_server, max_response_bytes=MIB).list_orgs)
    raised(outcome, ResponseTooLargeError)


def test_gzip_bomb_in_a_redirect_body(fault_server: FaultServer) -> None:
    payload = gzip_of_zeros(64 * MIB)
    headers = {"Location": "/v2/elsewhere", "Content-Encoding": "gzip"}

    def redirect(exchange: Exchange) -> None:
        exchange.send(head(302, headers, len(payload)) + payload)

    fault_server.route("/v2/orgs", redirect)
    fault_server.route("/v2/elsewhere", reply(200, ORGS, JSON))
    outcome, _ = bounded(client(fault_server, max_response_bytes=MIB).list_orgs)
    raised(outcome, ResponseTooLargeError)
    assert fault_server.count("/v2/elsewhere") == 0


def test_async_gzip_bomb(fault_server: FaultServer) -> None:
    fault_server.route("/v2/orgs", gzip_bomb(64 * MIB))

    async def call() -> Any:
        async with client(fault_server, max_response_bytes=MIB) as capped:
            return await capped.list_orgs_async()

    outcome, _ = bounded(lambda: asyncio.run(call()))
    raised(outcome, ResponseTooLargeError)


@pytest.mark.parametrize(
    ("encoding", "wbits"),
    [("gzip", 16 + zlib.MAX_WBITS), ("deflate", zlib.MAX_WBITS), ("deflate", -zlib.MAX_WBITS)],
    ids=["gzip", "deflate-zlib", "deflate-raw"],
)
def test_compressed_answers_within_the_cap_still_parse(
    fault_server: FaultServer, encoding: str, wbits: int
) -> None:
    import json

    raw = json.dumps(ORGS * 200).encode()
    compressor = zlib.compressobj(6, zlib.DEFLATED, wbits)
    payload = compressor.compress(raw) + compressor.flush()
    fault_server.route("/v2/orgs", reply(200, payload, {**JSON, "Content-Encoding": encoding}))
    orgs = client(fault_server, max_response_bytes=len(raw)).list_orgs()
    assert len(orgs) == len(ORGS) * 200
    assert fault_server.seen[0].headers["accept-encoding"] == "gzip, deflate"


# -- answers that used to escape as other exceptions --------------------------------------


@pytest.mark.parametrize("status", [429, 503])
@pytest.mark.parametrize("reset", BAD_RATE_LIMIT_RESETS)
def test_rate_limit_reset_no_clock_can_hold(
    fault_server: FaultServer, reset: str, status: int
) -> None:
    fault_server.route("/v2/orgs", reply(status, "slow down", {"X-RateLimit-Reset": reset}))
    outcome, _ = bounded(client(fault_server).list_orgs)
    error = raised(outcome, RateLimitedError if status == 429 else ServerError)
    if isinstance(error, RateLimitedError):
        assert error.reset_at is None  # unknown, not an OverflowError
    assert 1 <= fault_server.count("/v2/orgs") <= 4


@pytest.mark.parametrize("value", ["inf", "nan", "-inf"])
def test_retry_after_that_is_no_number_of_seconds(value: str) -> None:
    now = dt.datetime.now(dt.UTC)
    assert retry_after(httpx.Headers({"Retry-After": value}), now) is None


def test_rate_limit_reset_far_future_is_unknown() -> None:
    now = dt.datetime.now(dt.UTC)
    assert rate_limit_reset(httpx.Headers({"X-RateLimit-Reset": "1e20"}), now) is None


@pytest.mark.parametrize(
    ("status", "kind"),
    [(200, ResponseParseError), (404, NotFoundError), (500, ServerError)],
    ids=["200", "404", "500"],
)
def test_deeply_nested_json(fault_server: FaultServer, status: int, kind: type) -> None:
    fault_server.route("/v2/orgs", nested_json(200_000, status))
    outcome, _ = bounded(client(fault_server).list_orgs)
    error = raised(outcome, kind)
    if status == 200:
        assert isinstance(error.__cause__, RecursionError)
    else:
        assert isinstance(error.body, str) and error.body.startswith("[[[")  # type: ignore[attr-defined]


@pytest.mark.parametrize("link", ["http://[::1", "http://xn--/x"], ids=["ipv6", "idna"])
def test_next_link_that_is_no_url(fault_server: FaultServer, link: str) -> None:
    headers = {**JSON, "Link": f'<{link}>; rel="next"'}
    fault_server.route("/v2/orgs", reply(200, ORGS, headers))
    outcome, _ = bounded(lambda: list(client(fault_server).iter_list_orgs()))
    error = raised(outcome, PaginationError)
    assert "not a valid URL" in str(error) and error.__cause__ is not None
    assert fault_server.count() == 1


@pytest.mark.parametrize("raw", [1e20, "99999999999999999999", 1e308], ids=str)
def test_timestamp_no_datetime_can_hold(raw: Any) -> None:
    stamp = Timestamp(raw)
    assert "invalid" in repr(stamp) and str(stamp) == str(raw)
    with pytest.raises(ValueError, match="not a timestamp"):
        _ = stamp.datetime
    with pytest.raises(ValueError):
        parse_timestamp(raw)


def test_model_with_timestamps_no_datetime_can_hold(fault_server: FaultServer) -> None:
    body = copy.deepcopy(ORGS)
    body[0]["created_at"], body[0]["updated_at"] = 1e20, "99999999999999999999"
    fault_server.route("/v2/orgs", reply(200, body, JSON))
    org = client(fault_server).list_orgs()[0]
    assert isinstance(org, Org) and "invalid" in repr(org)
    with pytest.raises(ValueError):
        _ = org.created_at.datetime


# -- pagination that must progress ---------------------------------------------------------


def test_changing_next_links_with_the_same_items(fault_server: FaultServer) -> None:
    fault_server.route("/v2/orgs", endless_pages(ORGS))
    outcome, _ = bounded(lambda: list(client(fault_server).iter_list_orgs()))
    error = raised(outcome, PaginationError)
    assert "no new item" in str(error)
    # the first page, then DEFAULT_MAX_STALLED_PAGES pages that repeat it
    assert fault_server.count() == 1 + pagination.DEFAULT_MAX_STALLED_PAGES


def test_empty_pages_forever_even_with_max_items(fault_server: FaultServer) -> None:
    fault_server.route("/v2/orgs", endless_pages([]))
    walk = client(fault_server).iter_list_orgs(max_items=1)
    outcome, _ = bounded(lambda: list(walk))
    raised(outcome, PaginationError)
    assert fault_server.count() == pagination.DEFAULT_MAX_STALLED_PAGES


def test_stall_limit_is_configurable(fault_server: FaultServer) -> None:
    fault_server.route("/v2/orgs", endless_pages([]))
    walk = client(fault_server).iter_list_orgs()
    walk.max_stalled_pages = 2
    outcome, _ = bounded(lambda: list(walk))
    raised(outcome, PaginationError)
    assert fault_server.count() == 2


def test_new_items_forever_stop_at_the_default_page_limit(
    fault_server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The real default (10,000 pages) would take minutes here; the rule is the same.
    monkeypatch.setattr(pagination, "DEFAULT_MAX_PAGES", 30)

    def fresh_page(exchange: Exchange) -> None:
        org = {**ORGS[0], "id": f"org-{exchange.number}", "username": f"u{exchange.number}"}
        endless_pages([org])(exchange)

    fault_server.route("/v2/orgs", fresh_page)
    outcome, _ = bounded(lambda: list(client(fault_server).iter_list_orgs()))
    error = raised(outcome, PaginationError)
    assert "default limit" in str(error) and fault_server.count() == 30
    fault_server.seen.clear()
    explicit = client(fault_server).iter_list_orgs(max_pages=40)
    assert len(list(explicit)) == 40  # an explicit max_pages stops quietly, past the default


def test_seen_urls_are_remembered_within_a_bound(fault_server: FaultServer) -> None:
    any_client = client(fault_server)
    style = next(iter(any_client.surface.pagination.values()))
    walk = pagination._Walk(any_client, style, None, 5)
    for number in range(5_000):
        assert walk.may_fetch({"url": f"/orgs?page={number}"})
        walk.record(1, f"[{number}]".encode())
    assert walk.stalled == 0
    assert len(walk.urls) <= 1_000 and len(walk.bodies) <= 1_000
    with pytest.raises(PaginationError, match="twice"):
        walk.may_fetch({"url": "/orgs?page=4999"})


# -- a server that echoes the token ---------------------------------------------------------


def test_echoed_token_is_redacted_in_pages_errors_and_debug_logs(
    fault_server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    fault_server.route("/v2/orgs", echo_headers(200, ORGS))
    fault_server.route("/v2/orgs/", echo_headers(404, {"message": "no"}))
    caplog.set_level(logging.DEBUG)
    echo = client(fault_server)
    pages = list(echo.iter_list_orgs().pages())
    assert "***" in pages[0].headers["x-echo-authorization"]
    with pytest.raises(NotFoundError) as caught:
        echo.get_org("x")
    assert caught.value.headers["x-echo-authorization"] == "Token ***"
    assert any(r.name.startswith("httpcore") for r in caplog.records), "no httpcore record"
    for value in (repr(pages), caught.value.headers, caplog.text):
        assert CANARY not in str(value)
