"""Choosing the recorded fixture that answers a valid request.

A fixture *covers* a request when the request is at the fixture's path and carries
every query parameter and body field the fixture's request did, with the same
values. Among the candidates, more agreement wins (path, then query, then body);
on equal terms a 2xx beats anything else, a documented example (no variant) beats a
variant, and file order decides the rest.

Success (2xx) fixtures are always candidates. Any other fixture (a 404 for a missing
id, a 302 for a self-hosted job's log) answers only a request that it covers and that
no success fixture was recorded for, i.e. a failure tied to the URL itself; failures
a body alone provokes (a business rule the mock cannot judge) and server errors are
served only on request (`Prefer: code=...`).

The mock takes any token as one with every permission, and a request reaches the
choice only with accepted credentials: so a recorded 401 or 403 (a token refused, a
role missing) never answers on its own, even where its URL is the only exact match;
`Prefer: code=403` or `Prefer: example=<name>` still serves it.

Where the operation pages on a body cursor, its cursor parameters (`position`) place
the request in the list: a recording whose request sent the same cursor beats one
that agrees on more of the other parameters (the last page, recorded with the token
the first page gives, answers that token even when the first page's recording also
matches its page size).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..fixtures import Fixture
from .routing import normalize
from .validation import NO_BODY

# What a server answers a token it refuses (401) or one that lacks a permission (403).
_REFUSED_CREDENTIALS = frozenset({401, 403})


@dataclass(frozen=True)
class RequestFacts:
    """The parts of a request fixtures are compared on."""

    path: str  # decoded, relative to the surface's server
    query: Mapping[str, Sequence[str]]  # without the credential parameters
    body: Any  # parsed body, or NO_BODY
    defaults: Mapping[str, str]  # query parameter -> its default, as text
    position: frozenset[str] = frozenset()  # query parameters that carry a body cursor


@dataclass(frozen=True)
class Match:
    """The chosen fixture; `exact` when the request is the fixture's request."""

    fixture: Fixture
    exact: bool


@dataclass(frozen=True)
class _Score:
    covers: bool
    exact: bool
    key: tuple[Any, ...]


@dataclass(frozen=True)
class _Recorded:
    """What a fixture's request is compared on, read once per fixture (not per request)."""

    fixture: Fixture  # kept so that an entry is only ever used for its own fixture
    path: str
    query: dict[str, list[str]]
    url: tuple[str, tuple[Any, ...]]


# id(fixture), credentials -> _Recorded; checked by identity, bounded by a plain reset.
_RECORDED: dict[tuple[int, frozenset[str]], _Recorded] = {}
_RECORDED_MAX = 8192


def _recorded(fixture: Fixture, credentials: frozenset[str]) -> _Recorded:
    key = (id(fixture), credentials)
    found = _RECORDED.get(key)
    if found is not None and found.fixture is fixture:
        return found
    if len(_RECORDED) >= _RECORDED_MAX:
        _RECORDED.clear()
    path = normalize(str(fixture.request["path"]))
    query = _query_of(fixture, credentials)
    url = (path, tuple(sorted((k, tuple(v)) for k, v in query.items())))
    found = _RECORDED[key] = _Recorded(fixture, path, query, url)
    return found


def _query_of(fixture: Fixture, credentials: frozenset[str]) -> dict[str, list[str]]:
    raw: Mapping[str, Any] = fixture.request.get("query") or {}
    return {
        str(name): [str(v) for v in value] if isinstance(value, list) else [str(value)]
        for name, value in raw.items()
        if str(name).lower() not in credentials
    }


def _body_of(fixture: Fixture) -> Any:
    if "body" in fixture.request:
        return fixture.request["body"]
    if "form" in fixture.request:
        return {
            str(k): [str(x) for x in v] if isinstance(v, list) else str(v)
            for k, v in fixture.request["form"].items()
        }
    return NO_BODY


def _with_defaults(
    query: Mapping[str, Sequence[str]], defaults: Mapping[str, str]
) -> dict[str, list[str]]:
    out = {name: list(values) for name, values in query.items()}
    for name, default in defaults.items():
        out.setdefault(name, [default])
    return out


def _same(recorded: Any, sent: Any) -> bool:
    # Form fields arrive as text; compare them as text when either side is.
    if isinstance(recorded, str) or isinstance(sent, str):
        return str(recorded) == (sent if isinstance(sent, str) else _text(sent))
    return bool(recorded == sent)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _score(
    fixture: Fixture, facts: RequestFacts, credentials: frozenset[str], index: int
) -> _Score:
    recorded = _recorded(fixture, credentials)
    recorded_path = recorded.path
    path_equal = recorded_path == facts.path
    same_segments = sum(
        1 for a, b in zip(recorded_path.split("/"), facts.path.split("/"), strict=False) if a == b
    )
    recorded_query = _with_defaults(recorded.query, facts.defaults)
    sent_query = _with_defaults(facts.query, facts.defaults)
    query_hits = sum(1 for k, v in recorded_query.items() if sent_query.get(k) == v)
    query_misses = len(recorded_query) - query_hits
    query_extra = sum(1 for k in sent_query if k not in recorded_query)
    same_position = sum(
        1 for k in facts.position if k in sent_query and recorded_query.get(k) == sent_query[k]
    )

    recorded_body = _body_of(fixture)
    if recorded_body is NO_BODY:
        body_hits, body_misses = 0, 0
        body_exact = facts.body is NO_BODY
    elif isinstance(recorded_body, dict) and isinstance(facts.body, dict):
        body_hits = sum(
            1 for k, v in recorded_body.items() if k in facts.body and _same(v, facts.body[k])
        )
        body_misses = len(recorded_body) - body_hits
        body_exact = body_misses == 0 and len(recorded_body) == len(facts.body)
    else:
        body_exact = facts.body is not NO_BODY and _same(recorded_body, facts.body)
        body_hits, body_misses = (1, 0) if body_exact else (0, 1)

    covers = path_equal and query_misses == 0 and body_misses == 0
    exact = covers and query_extra == 0 and body_exact
    key = (
        covers,
        path_equal,
        same_segments,
        same_position,
        query_hits - query_misses,
        body_hits - body_misses,
        200 <= fixture.status < 300,
        fixture.variant is None,
        -index,
    )
    return _Score(covers=covers, exact=exact, key=key)


def _url_of(fixture: Fixture, credentials: frozenset[str]) -> tuple[str, tuple[Any, ...]]:
    return _recorded(fixture, credentials).url


def choose(
    fixtures: Sequence[Fixture],
    facts: RequestFacts,
    credentials: frozenset[str],
    *,
    status: int | None = None,
) -> Match | None:
    """The fixture that answers the request best, or None (then generate from the schema).

    `credentials` are the lower-case names of the query parameters that carry tokens;
    they never count. With `status`, only fixtures of that status are considered, and
    any of them may answer (the caller asked for it). Without it, a recorded 401 or 403
    is never a candidate (see the module docstring: every token has every permission).
    """
    if status is not None:
        pool = [(i, f) for i, f in enumerate(fixtures) if f.status == status]
    else:
        success_urls = {_url_of(f, credentials) for f in fixtures if 200 <= f.status < 300}
        pool = []
        for index, fixture in enumerate(fixtures):
            if fixture.status in _REFUSED_CREDENTIALS:
                continue
            success = 200 <= fixture.status < 300
            tied_to_url = _url_of(fixture, credentials) not in success_urls
            if success or (fixture.status < 500 and tied_to_url):
                pool.append((index, fixture))
    best: tuple[_Score, Fixture] | None = None
    for index, fixture in pool:
        score = _score(fixture, facts, credentials, index)
        # An error answer to a valid request is replayed only for exactly the recorded
        # request: a 400 recorded without `unique_token` must not answer a request that
        # carries one (it would refuse what the spec accepts).
        eligible = status is not None or 200 <= fixture.status < 300 or score.exact
        if eligible and (best is None or score.key > best[0].key):
            best = (score, fixture)
    return Match(best[1], best[0].exact) if best else None


class RememberedChoices:
    """`choose` for requests without a body, remembered per request up to a bound:
    recordings never change once loaded, and clients send the same requests again and
    again (pages, polling, test suites)."""

    def __init__(self, size: int = 4096) -> None:
        self._size = size
        self._memo: dict[tuple[Any, ...], Match | None] = {}

    def choose(
        self,
        owner: tuple[str, str],
        fixtures: Sequence[Fixture],
        facts: RequestFacts,
        credentials: frozenset[str],
    ) -> Match | None:
        """`choose(fixtures, facts, credentials)`; `owner` is (surface, operationId)."""
        if facts.body is not NO_BODY:
            return choose(fixtures, facts, credentials)
        query = tuple(sorted((k, tuple(v)) for k, v in facts.query.items()))
        key = (owner, facts.path, query, credentials)
        if key not in self._memo:
            if len(self._memo) >= self._size:
                self._memo.clear()
            self._memo[key] = choose(fixtures, facts, credentials)
        return self._memo[key]


def by_name(fixtures: Sequence[Fixture], name: str) -> Fixture | None:
    """The fixture named `name`: `200-running` (its example key) or `getBuild-200-running`."""
    for fixture in fixtures:
        if name in (fixture.name, f"{fixture.operation_id}-{fixture.name}", _stem(fixture)):
            return fixture
    return None


def _stem(fixture: Fixture) -> str:
    return fixture.file.rsplit("/", 1)[-1].removesuffix(".yaml")
