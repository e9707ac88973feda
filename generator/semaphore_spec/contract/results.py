"""What a contract run found, independent of how it is reported.

`Collector` turns the Schemathesis engine's events into a `ContractResult`: per
operation, how often each check ran and failed, every distinct failure with the
requests that reproduce it, and every exchange for the cassette. Requests are kept
as sent (with the token); every report redacts them on the way out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from schemathesis.core.failures import Failure
from schemathesis.engine import events
from schemathesis.engine.recorder import Interaction, ScenarioRecorder

from .redact import Redactor
from .selection import Operation


@dataclass(frozen=True)
class SentRequest:
    """A request as it went out."""

    method: str
    url: str
    headers: tuple[tuple[str, str], ...]
    body: bytes | None


@dataclass(frozen=True)
class ReceivedResponse:
    """A response as it came back."""

    status: int
    reason: str
    http_version: str
    headers: tuple[tuple[str, str], ...]
    body: bytes  # Schemathesis keeps the first MiB of a larger one
    elapsed: float  # seconds
    size: int = -1  # bytes the server sent (-1: len(body))


@dataclass(frozen=True)
class Exchange:
    """One request and its response (None when the request failed on the network)."""

    operation: str  # label: `GET /path`
    phase: str
    started: float  # epoch seconds
    request: SentRequest
    response: ReceivedResponse | None


@dataclass(frozen=True)
class FailureRecord:
    """One distinct failure and how to reproduce it."""

    operation: str
    check: str
    title: str
    message: str
    status: int | None
    phase: str
    steps: tuple[SentRequest, ...]  # oldest first; the last one shows the failure


@dataclass
class CheckTally:
    """How often one check ran on one operation, and how often it failed."""

    runs: int = 0
    failures: int = 0


@dataclass
class OperationResult:
    """Everything found about one operation."""

    operation: Operation
    cases: int = 0
    checks: dict[str, CheckTally] = field(default_factory=dict)
    failures: list[FailureRecord] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # why a phase did not test it

    @property
    def passed(self) -> bool:
        """Whether nothing failed."""
        return not self.failures


@dataclass
class ContractResult:
    """The outcome of one contract run."""

    surface: str
    base_url: str
    seed: int
    read_only: bool
    redactor: Redactor = field(repr=False)  # what every report of this run goes through
    operations: dict[str, OperationResult]  # by label, in document order
    # Every exchange, unless they went to a sink as they came (`Collector`): a cassette
    # written as the run goes keeps no response body in memory. Kept here, response
    # bodies stop once they add up to the Collector's `max_kept` bytes.
    exchanges: list[Exchange] = field(default_factory=list)
    requests: int = 0  # exchanges seen, kept or not
    errors: list[str] = field(default_factory=list)  # redacted
    links_total: int = 0  # OpenAPI links between the selected operations
    declared_links_followed: set[str] = field(default_factory=set)
    inferred_links_followed: set[str] = field(default_factory=set)  # found by Schemathesis
    stateful_scenarios: int = 0
    elapsed: float = 0.0
    # The engine's reason (completed, failure_limit, max_time, interrupted,
    # server_unavailable) or the run's own: unreachable, unanswered.
    stop_reason: str = "completed"
    stop_detail: str = ""  # one sentence, for a run that did not complete
    har_file: Path | None = None  # the cassette the run streamed its exchanges into

    @property
    def incomplete(self) -> bool:
        """Whether the run stopped before it tested everything it meant to (not by
        --fail-fast, which asks for that)."""
        return self.stop_reason not in ("completed", "failure_limit")

    @property
    def failures(self) -> list[FailureRecord]:
        """Every failure, operation by operation."""
        return [f for result in self.operations.values() for f in result.failures]

    @property
    def passed(self) -> bool:
        """Whether the run found nothing (no failure, no error) and ran to its end."""
        return not self.failures and not self.errors and not self.incomplete


class Collector:
    """Folds engine events into a `ContractResult`."""

    def __init__(
        self,
        result: ContractResult,
        redactor: Redactor,
        sink: Callable[[Exchange], None] | None = None,
        *,
        max_kept: int,  # the run's `har_max_total`
    ) -> None:
        self.result = result
        self.redactor = redactor
        self.sink = sink  # takes each exchange instead of `result.exchanges`
        # Without a sink: response body bytes `result.exchanges` may hold; later bodies
        # are dropped (their size stays), as a cassette's total limit would cut them.
        self.max_kept = max_kept
        self.kept = 0
        # One finding per operation, check and kind of failure, as Schemathesis counts them;
        # the first occurrence (the earliest phase, usually the simplest case) is kept.
        self._seen: set[tuple[str, str, str]] = set()

    def scenario(self, event: events.ScenarioFinished) -> None:
        """Record one finished scenario (one operation, or a stateful sequence)."""
        recorder = event.recorder
        phase = event.phase.value
        if event.skip_reason and event.label in self.result.operations:
            self.result.operations[event.label].skipped.append(f"{phase}: {event.skip_reason}")
        for node in recorder.cases.values():
            result = self.result.operations.get(node.value.operation.label)
            if result is not None:
                result.cases += 1
            transition = node.transition
            if transition is not None and node.is_transition_applied:
                followed = (
                    self.result.inferred_links_followed
                    if transition.is_inferred
                    else self.result.declared_links_followed
                )
                followed.add(transition.id)
        for case_id, interaction in recorder.interactions.items():
            owner = recorder.cases.get(case_id)
            label = owner.value.operation.label if owner is not None else recorder.label
            exchange = _exchange(label, phase, interaction)
            self.result.requests += 1
            if self.sink is not None:
                self.sink(exchange)
            else:
                self.result.exchanges.append(self._within_budget(exchange))
        for case_id, checks in recorder.checks.items():
            owner = recorder.cases.get(case_id)
            if owner is None:
                continue
            result = self.result.operations.get(owner.value.operation.label)
            if result is None:
                continue
            for check in checks:
                tally = result.checks.setdefault(check.name, CheckTally())
                tally.runs += 1
                if check.failure_info is None:
                    continue
                tally.failures += 1
                self._failure(
                    result, recorder, case_id, check.name, check.failure_info.failure, phase
                )

    def _within_budget(self, exchange: Exchange) -> Exchange:
        """`exchange`, without its response body once the kept bodies reach `max_kept`."""
        response = exchange.response
        if response is None or not response.body:
            return exchange
        if self.kept + len(response.body) > self.max_kept:
            size = max(response.size, len(response.body))
            return replace(exchange, response=replace(response, body=b"", size=size))
        self.kept += len(response.body)
        return exchange

    def _failure(
        self,
        result: OperationResult,
        recorder: ScenarioRecorder,
        parent_id: str,
        check: str,
        failure: Failure,
        phase: str,
    ) -> None:
        title = self.redactor.text(str(failure.title or ""))
        message = self.redactor.text(str(failure.message or ""))
        key = (result.operation.label, check, title)
        if key in self._seen:
            return
        self._seen.add(key)
        case_id = failure.case_id or parent_id
        steps = []
        for case in recorder.iter_chain_cases(case_id=case_id):
            interaction = recorder.interactions.get(case.id)
            if interaction is not None:
                steps.append(_request(interaction))
        response = recorder.find_response(case_id=case_id)
        result.failures.append(
            FailureRecord(
                operation=result.operation.label,
                check=check,
                title=title,
                message=message,
                status=response.status_code if response is not None else None,
                phase=phase,
                steps=tuple(steps),
            )
        )

    def error(self, event: events.NonFatalError) -> None:
        """Record an error that kept an operation (or the run) from being tested."""
        self.result.errors.append(
            self.redactor.text(f"{event.label}: {event.info.title}: {event.info.message}")
        )

    def stateful(self, event: events.ScenarioFinished) -> None:
        """Count a stateful scenario that ran."""
        if not event.skip_reason:
            self.result.stateful_scenarios += 1


def _request(interaction: Interaction) -> SentRequest:
    request = interaction.request
    return SentRequest(
        method=request.method,
        url=request.uri,
        headers=tuple((name, values[-1]) for name, values in request.headers.items() if values),
        body=request.body,
    )


def _exchange(label: str, phase: str, interaction: Interaction) -> Exchange:
    response = interaction.response
    received = None
    if response is not None:
        received = ReceivedResponse(
            status=response.status_code,
            reason=response.message,
            http_version=response.http_version,
            headers=tuple(
                (name, value) for name, values in response.headers.items() for value in values
            ),
            body=response.content or b"",
            elapsed=response.elapsed,
            size=response.content_size,
        )
    return Exchange(label, phase, interaction.timestamp, _request(interaction), received)
