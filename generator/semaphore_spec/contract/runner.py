"""One contract run: the Schemathesis engine against one surface of one server.

`run_contract` loads the surface's published spec, points its servers at the
tested host, keeps the selected operations, configures Schemathesis (`config`),
runs every phase of the engine (examples, coverage, fuzzing, and the stateful phase
that follows the spec's OpenAPI links from creates to reads) and folds the events
into a `ContractResult`. Progress goes to a callback, one line per operation and
phase, with the token redacted.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis import BaseSchema
from schemathesis.engine import events, from_schema
from schemathesis.engine.run import PhaseName
from schemathesis.errors import NoLinksFound

from ..mock.auth import credential_params, schemes
from ..mock.conventions import conventions_for
from ..mock.surfaces import PUBLISHED
from ..registry import load_registry, select
from . import config as run_config
from .errors import ContractError
from .redact import Redactor
from .results import Collector, ContractResult, OperationResult
from .selection import Operation
from .selection import operations as every_operation
from .selection import select as select_operations
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


def run_contract(
    root: Path, options: ContractOptions, progress: Progress | None = None
) -> ContractResult:
    """Run the contract suite (see the module docstring); raises `ContractError`."""
    if not options.token:
        raise ContractError("a token is required (--token or SEMAPHORE_TOKEN)")
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
    registry_schemes = schemes(surface.facts.get("auth") or [])
    if not registry_schemes:
        raise ContractError(f"the registry gives surface {surface.name!r} no `auth`")
    redactor = Redactor.for_locations(options.token, credential_params(registry_schemes))
    seed = options.seed if options.seed is not None else random.SystemRandom().randrange(2**32)
    settings = run_config.build(
        surface=surface.name,
        scheme=registry_schemes[0],
        token=options.token,
        seed=seed,
        max_examples=options.max_examples,
        request_timeout=options.request_timeout,
        fail_fast=options.fail_fast,
        multiple_credentials_refused=conventions_for(surface).multiple_credentials is not None,
        stateless_server=options.stateless_server,
        pagination_styles=surface.facts.get("pagination") or {},
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
    _execute(schema, Collector(result, redactor), progress or (lambda line: None), redactor)
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
    schema: BaseSchema, collector: Collector, progress: Progress, redactor: Redactor
) -> None:
    started = time.monotonic()
    result = collector.result
    stream = from_schema(schema).execute()
    try:
        for event in stream:
            if isinstance(event, events.PhaseStarted) and event.phase.is_enabled:
                if event.phase.name in _TESTING_PHASES:
                    progress(f"{event.phase.name.value}:")
            elif isinstance(event, events.ScenarioFinished) and event.is_test_scenario:
                collector.scenario(event)
                if event.phase == PhaseName.STATEFUL_TESTING:
                    collector.stateful(event)  # summed up when the phase ends
                else:
                    progress(_line(collector, event))
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
                collector.error(event)
                progress(
                    f"  ERROR   {redactor.text(event.label)}: {redactor.text(event.info.title)}"
                )
            elif isinstance(event, events.FatalError):
                raise ContractError(
                    f"Schemathesis stopped: {redactor.text(repr(event.exception))}"
                ) from None
            elif isinstance(event, events.EngineFinished):
                result.stop_reason = event.stop_reason.value
                for failure in event.failures:
                    result.errors.append(redactor.text(f"{failure.title}: {failure.message}"))
    finally:
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
