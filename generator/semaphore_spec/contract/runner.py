"""One contract run: the Schemathesis engine against one surface of one server.

`run_contract` loads the surface's published spec, points its servers at the
tested host, keeps the selected operations, configures Schemathesis (`config`),
runs every phase of the engine (examples, coverage, fuzzing, and the stateful phase
that follows the spec's OpenAPI links from creates to reads) and folds the events
into a `ContractResult`. Progress goes to a callback, one line per operation and
phase, with the token redacted.

A run is bounded: it stops after `max_time` seconds (plus at most one request timeout
for the requests in flight), when the target never answered and the first operation
got no response at all, or when every request of an operation failed on the network
the same way (a server that accepts connections and never answers would otherwise
take a request timeout per case). Ctrl-C and SIGTERM (`errors.Terminated`) stop it
too. Each way, the result is returned, marked incomplete, for the reports to be
written; the cassette is streamed to `har_file` as the run goes, when one is given.
Huge answers are not kept past their scenario, in the stateful phase or behind the
failures Schemathesis keeps for the whole run (`memory`).
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis import BaseSchema
from schemathesis.engine import events, from_schema
from schemathesis.engine.run import PhaseName
from schemathesis.errors import NoLinksFound

from ..mock.auth import credential_params, schemes
from ..mock.surfaces import PUBLISHED
from ..registry import load_registry, select
from . import config as run_config
from .defaults import DEFAULT_MAX_TIME, TOKEN_VARIABLE
from .errors import ContractError
from .har import MAX_BODY_BYTES, MAX_TOTAL_BYTES, HarWriter
from .memory import AnswerRelease, GarbageCollector, drop_cut_bodies, forget_link_answers
from .redact import Redactor
from .reports import har_comment
from .results import Collector, ContractResult, OperationResult
from .selection import Operation
from .selection import operations as every_operation
from .selection import select as select_operations
from .stops import FailureWatch, signals_stop
from .target import check_base_url, in_process_base_url, servers_for

Progress = Callable[[str], None]


@dataclass(frozen=True)
class ContractOptions:
    """What to test, where, and how hard."""

    surface: str
    token: str
    base_url: str | None = None  # the surface's default server on the tested host
    app: Any = None  # or an in-process ASGI app (the mock, a faulty mock)
    allow_writes: bool = False
    tags: tuple[str, ...] = ()
    operation_ids: tuple[str, ...] = ()
    max_examples: int = 10
    seed: int | None = None
    fail_fast: bool = False
    request_timeout: float = 10.0
    # The server keeps no state (the mock): checks that need it to remember are off.
    stateless_server: bool = False
    max_time: float | None = DEFAULT_MAX_TIME  # seconds for the whole run; None: no limit
    har_file: Path | None = None  # stream the cassette here as the run goes
    har_max_body: int = MAX_BODY_BYTES  # bytes of one body kept in the cassette
    har_max_total: int = MAX_TOTAL_BYTES  # bytes of all bodies kept in the cassette
    phases: tuple[str, ...] = run_config.PHASES  # the Schemathesis phases to run


def run_contract(
    root: Path, options: ContractOptions, progress: Progress | None = None
) -> ContractResult:
    """Run the contract suite (see the module docstring); raises `ContractError`."""
    if not options.token:
        raise ContractError(f"a token is required (--token or ${TOKEN_VARIABLE})")
    if options.max_time is not None and options.max_time <= 0:
        raise ContractError("--max-time must be positive")
    if (options.base_url is None) == (options.app is None):
        raise ContractError("give exactly one of a base URL and an in-process app")
    surface = select(load_registry(root), [options.surface])[0]
    path = root / PUBLISHED.format(surface=surface.name)
    if not path.is_file():
        raise ContractError(
            f"surface {surface.name!r} has no published spec; run `semaphore-spec build`",
            file=str(path.relative_to(root)),
        )
    published = json.loads(path.read_text(encoding="utf-8"))
    chosen = select_operations(
        published,
        tags=options.tags,
        operation_ids=options.operation_ids,
        allow_writes=options.allow_writes,
    )
    base_url = (
        check_base_url(options.base_url)
        if options.base_url is not None
        else in_process_base_url(surface)
    )
    registry_schemes = schemes(surface.auth)
    redactor = Redactor.for_locations(options.token, credential_params(registry_schemes))
    seed = options.seed if options.seed is not None else random.SystemRandom().randrange(2**32)
    settings = run_config.build(
        state_refusals=surface.conventions.state_refusals,
        scheme=registry_schemes[0],
        token=options.token,
        seed=seed,
        max_examples=options.max_examples,
        request_timeout=options.request_timeout,
        fail_fast=options.fail_fast,
        multiple_credentials_refused=surface.conventions.multiple_credentials is not None,
        stateless_server=options.stateless_server,
        phases=options.phases,
        max_recorded_body=options.har_max_body,
    )
    schema: BaseSchema = schemathesis.openapi.from_dict(
        servers_for(surface, published, base_url), config=settings
    )
    # Excluding the rest, not including the chosen: an include filter is widened by any
    # per-operation `[[operations]]` configuration (Schemathesis 4.32 ORs them), and a
    # read-only run must never reach a write operation.
    kept = {operation.operation_id for operation in chosen}
    schema = schema.exclude(
        operation_id=[
            o.operation_id for o in every_operation(published) if o.operation_id not in kept
        ]
    )
    # Without a configured base URL Schemathesis takes scheme and host from the
    # schema's location and honours each operation's own `servers` (`servers_for`).
    schema.location = base_url
    forget_link_answers(schema)
    # The recorder's own limit (`config.build`): longer answers are recorded as cut copies.
    release = AnswerRelease(schema.config.output.truncation.max_recorded_payload_size)
    release.watch(schema)
    if options.app is not None:
        schema.app = options.app
    result = ContractResult(
        surface=surface.name,
        base_url=base_url,
        seed=seed,
        read_only=not options.allow_writes,
        redactor=redactor,
        operations={operation.label: OperationResult(operation) for operation in chosen},
        links_total=_links(published, chosen),
    )
    with ExitStack() as stack:
        sink = None
        if options.har_file is not None:
            har = HarWriter(
                options.har_file,
                redactor,
                max_body=options.har_max_body,
                max_total=options.har_max_total,
            )
            # Closed however the run ends, with the comment of the run as it ended.
            stack.callback(lambda: har.close(har_comment(result)))
            result.har_file, sink = options.har_file, har.add
        received = stack.enter_context(signals_stop())
        _execute(
            schema,
            Collector(result, redactor, sink, max_kept=options.har_max_total),
            progress or (lambda line: None),
            redactor,
            options.max_time,
            release,
        )
        if result.stop_reason == "interrupted":
            # Schemathesis may catch the interrupt itself and say only that it happened.
            result.stop_detail = f"by {received[-1] if received else 'SIGINT'}"
    return result


def _links(document: dict[str, Any], chosen: list[Operation]) -> int:
    """How many OpenAPI links lead from one selected operation to another."""
    ids = {operation.operation_id for operation in chosen}
    count = 0
    for operation in chosen:
        raw = document["paths"][operation.path][operation.method.lower()]
        for response in (raw.get("responses") or {}).values():
            for link in (response.get("links") or {}).values():
                count += link.get("operationId") in ids
    return count


def _execute(
    schema: BaseSchema,
    collector: Collector,
    progress: Progress,
    redactor: Redactor,
    max_time: float | None,
    release: AnswerRelease,
) -> None:
    started = time.monotonic()
    result = collector.result
    stream = from_schema(schema).execute()
    out_of_time = threading.Event()

    def expire() -> None:
        out_of_time.set()
        stream.stop()  # the engine ends after the requests in flight

    timer = threading.Timer(max_time, expire) if max_time is not None else None
    if timer is not None:
        timer.daemon = True
        timer.start()
    watch = FailureWatch()
    garbage = GarbageCollector()
    try:
        for event in stream:
            if out_of_time.is_set():
                result.stop_reason = "max_time"
                result.stop_detail = f"the {max_time:g} s budget ran out"
                break
            if isinstance(event, events.PhaseStarted) and event.phase.is_enabled:
                if event.phase.name in _TESTING_PHASES:
                    progress(f"{event.phase.name.value}:")
            elif isinstance(event, events.ScenarioFinished) and event.is_test_scenario:
                collector.scenario(event)
                release.scenario(event)  # once the collector has read the scenario
                garbage.scenario(event)
                if event.phase == PhaseName.STATEFUL_TESTING:
                    collector.stateful(event)  # summed up when the phase ends
                    drop_cut_bodies(event)  # the suite keeps its recorders till it ends
                    continue
                progress(_line(collector, event))
                stop = watch.scenario(event)
                if stop is not None:
                    result.stop_reason, result.stop_detail = stop
                    progress(f"  stopping: {redactor.text(result.stop_detail)}")
                    break
            elif (
                isinstance(event, events.PhaseFinished)
                and event.phase.name == PhaseName.STATEFUL_TESTING
            ):
                if event.phase.is_enabled:
                    progress(
                        f"  {result.stateful_scenarios} scenarios, followed "
                        f"{len(result.declared_links_followed)} of {result.links_total} declared "
                        f"links and {len(result.inferred_links_followed)} inferred ones"
                    )
            elif isinstance(event, events.NonFatalError) and isinstance(event.value, NoLinksFound):
                # A selection without linked operations has no stateful sequences to run.
                progress("  skipped: no links between the selected operations")
            elif isinstance(event, events.NonFatalError):
                watch.error(event)
                collector.error(event)
                progress(
                    f"  ERROR   {redactor.text(event.label)}: {redactor.text(event.info.title)}"
                )
            elif isinstance(event, events.FatalError):
                result.stop_reason = "fatal_error"
                raise ContractError(
                    f"Schemathesis stopped: {redactor.text(repr(event.exception))}"
                ) from None
            elif isinstance(event, events.EngineFinished):
                result.stop_reason = event.stop_reason.value
                if out_of_time.is_set():
                    result.stop_reason = "max_time"
                    result.stop_detail = f"the {max_time:g} s budget ran out"
                for failure in event.failures:
                    result.errors.append(redactor.text(f"{failure.title}: {failure.message}"))
    except KeyboardInterrupt:
        result.stop_reason = "interrupted"
    finally:
        if timer is not None:
            timer.cancel()
        # Stops the engine's workers too when the loop ends early (an error, Ctrl-C).
        stream.stop()
        stream.generator.close()
        result.elapsed = time.monotonic() - started


_TESTING_PHASES = (
    PhaseName.EXAMPLES,
    PhaseName.COVERAGE,
    PhaseName.FUZZING,
    PhaseName.STATEFUL_TESTING,
)


def _line(collector: Collector, event: events.ScenarioFinished) -> str:
    """`  ok      GET /agents (listAgents): 12 cases` and the like."""
    label = event.label or event.recorder.label
    result = collector.result.operations.get(label)
    name = f"{label} ({result.operation.operation_id})" if result else label
    cases = len(event.recorder.cases)
    if event.status.value == "skip":
        return f"  skipped {name}: {event.skip_reason or 'nothing to test'}"
    failed = len(event.recorder.failing_case_ids())
    verdict = "FAILED " if failed else ("ERROR  " if event.status.value == "error" else "ok     ")
    detail = f"{cases} cases" + (f", {failed} failing" if failed else "")
    return collector.redactor.text(f"  {verdict} {name}: {detail}")
