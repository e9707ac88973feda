"""Retry policy arithmetic, the rate-limit headers, and the per-client concurrency limit."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from client_support import CANARY, FAST
from semaphoreci_openapi import RetryPolicy
from semaphoreci_openapi._runtime.ratelimit import rate_limit_reset, retry_after, wait_hint
from semaphoreci_openapi._runtime.retry import carries_token
from semaphoreci_openapi.v2 import Client

NOW = dt.datetime(2024, 5, 1, 12, 0, 0, tzinfo=dt.UTC)


def response(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers={k.replace("_", "-"): v for k, v in headers.items()})


def test_backoff_grows_exponentially_with_bounded_jitter() -> None:
    policy = RetryPolicy(initial_backoff=1.0, multiplier=2.0, max_backoff=5.0, jitter=0.5)
    for retry, ceiling in [(1, 1.0), (2, 2.0), (3, 4.0), (4, 5.0), (9, 5.0)]:
        delays = [policy.backoff(retry) for _ in range(200)]
        assert all(ceiling * 0.5 <= d <= ceiling for d in delays)
        assert len(set(delays)) > 1, "no jitter"
    assert RetryPolicy(jitter=0.0, initial_backoff=0.25).backoff(1) == 0.25


def test_which_responses_are_retried_and_when_to_stop() -> None:
    policy = RetryPolicy(max_retries=2, jitter=0.0, initial_backoff=0.1)
    for status in (429, 502, 503, 504):
        assert policy.delay_after_response(1, response(status), NOW) == 0.1
    for status in (200, 400, 401, 404, 409, 422, 500, 501, 520):
        assert policy.delay_after_response(1, response(status), NOW) is None
    assert policy.delay_after_response(3, response(503), NOW) is None
    assert RetryPolicy.never().delay_after_response(1, response(503), NOW) is None
    assert RetryPolicy.never().delay_after_error(1) is None
    assert RetryPolicy(retry_connection_errors=False).delay_after_error(1) is None


def test_server_wait_hints_win_over_backoff() -> None:
    policy = RetryPolicy(max_wait=60.0)
    assert policy.delay_after_response(1, response(429, retry_after="7"), NOW) == 7.0
    future = "Wed, 01 May 2024 12:00:30 GMT"
    assert policy.delay_after_response(1, response(503, retry_after=future), NOW) == 30.0
    assert policy.delay_after_response(1, response(429, retry_after="600"), NOW) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-01 12:00:20 +0000", NOW + dt.timedelta(seconds=20)),
        ("2024-05-01T12:00:20Z", NOW + dt.timedelta(seconds=20)),
        (str(int((NOW + dt.timedelta(seconds=45)).timestamp())), NOW + dt.timedelta(seconds=45)),
        ("12", NOW + dt.timedelta(seconds=12)),
        ("soon", None),
    ],
)
def test_rate_limit_reset_forms(value: str, expected: dt.datetime | None) -> None:
    headers = httpx.Headers({"X-RateLimit-Reset": value})
    assert rate_limit_reset(headers, NOW) == expected


def test_wait_hint_takes_the_longer_header() -> None:
    headers = httpx.Headers({"Retry-After": "3", "X-RateLimit-Reset": "2024-05-01 12:00:10 +0000"})
    assert wait_hint(headers, NOW) == 10.0
    assert retry_after(httpx.Headers({"Retry-After": "garbage"}), NOW) is None
    assert wait_hint(httpx.Headers(), NOW) is None


def test_idempotency_token_detection() -> None:
    assert carries_token({"params": {"request_token": "t"}}, "request_token")
    assert carries_token({"json": {"unique_token": "t"}}, "unique_token")
    assert carries_token({"data": {"request_token": "t"}}, "request_token")
    assert not carries_token({"params": {"request_token": ""}}, "request_token")
    assert not carries_token({"json": {"other": "t"}}, "request_token")


def test_policy_validation() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(max_retries=-1)
    with pytest.raises(ValueError):
        RetryPolicy(jitter=2.0)


def test_retries_are_logged_without_the_token(caplog: pytest.LogCaptureFixture) -> None:
    answers = iter([httpx.Response(503), httpx.Response(200, json=[])])
    client = Client(
        CANARY,
        auth="tokenQuery",
        retry=RetryPolicy(**FAST),
        transport=httpx.MockTransport(lambda request: next(answers)),
    )
    with caplog.at_level(logging.DEBUG):
        client.list_orgs()
    retries = [
        r for r in caplog.records if r.name == "semaphoreci_openapi" and "retry" in r.message
    ]
    assert len(retries) == 1 and "status 503" in retries[0].message
    assert all(CANARY not in record.getMessage() for record in caplog.records)


class Gauge:
    """Counts requests in flight at once."""

    def __init__(self) -> None:
        self.now = 0
        self.peak = 0
        self.lock = threading.Lock()

    def enter(self) -> None:
        with self.lock:
            self.now += 1
            self.peak = max(self.peak, self.now)

    def leave(self) -> None:
        with self.lock:
            self.now -= 1


def test_concurrency_limit_sync() -> None:
    gauge = Gauge()

    def handle(request: httpx.Request) -> httpx.Response:
        gauge.enter()
        time.sleep(0.05)
        gauge.leave()
        return httpx.Response(200, json=[])

    client = Client(CANARY, max_concurrency=2, transport=httpx.MockTransport(handle))
    limited = client.with_options(timeout=5.0)  # copies share the limit
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda i: (client if i % 2 else limited).list_orgs(), range(8)))
    assert gauge.peak == 2


def test_concurrency_limit_async() -> None:
    gauge = Gauge()

    async def handle(request: httpx.Request) -> httpx.Response:
        gauge.enter()
        await asyncio.sleep(0.05)
        gauge.leave()
        return httpx.Response(200, json=[])

    async def run() -> None:
        async with Client(CANARY, max_concurrency=3, transport=httpx.MockTransport(handle)) as c:
            await asyncio.gather(*(c.list_orgs_async() for _ in range(9)))

    asyncio.run(run())
    assert gauge.peak == 3
