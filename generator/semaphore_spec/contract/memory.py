"""Keeps a contract run's memory bounded when the server sends huge answers.

Each stateful scenario runs one Hypothesis state machine, and the machine keeps every
step's result (Schemathesis' `StepOutput`: the whole response, its body and its parsed
JSON) in its `names_to_values`, the values of its bundles. The machine and Hypothesis'
`ConjectureData` refer to each other, so when the scenario ends all of it is cyclic
garbage: only a full collection frees it, and Python seldom runs one while the heap holds
as many long-lived objects as a loaded schema and its strategies. With 10 MB answers, the
bodies of finished scenarios piled up (1.3 GB at `--max-examples 30`).

`GarbageCollector` runs a full collection each time the answers received since the last
one add up to its budget: against a server with ordinary answers that is seldom (a
collection takes about a tenth of a second), against one with huge answers every few
scenarios, which keeps the garbage of at most a budget's worth of answers alive.

Each OpenAPI link also memoises what it read from the last 8 step results it saw
(`functools.lru_cache(8)` in Schemathesis' `OpenApiLink`), and the cache keeps those
results alive, whole responses with their parsed JSON, across scenarios. A step result
is never seen again once its scenario has ended (each scenario runs a new machine), so
`forget_link_answers` has the stateful phase's machines empty those caches when each
scenario ends: with 10 MB answers that was a third of the run's peak. Schemathesis has
no setting for it, so the caches are reached by name; if a later version renames them,
nothing breaks and only this saving is lost (a test says so first).

A stateful suite also keeps the recorder of each finished scenario until the suite ends,
to feed the answers to Schemathesis' pool of values for later requests. A body longer
than `--har-max-body` is kept there as its cut start, which no parser reads (the pool
skips it), so `drop_cut_bodies` replaces it with an empty copy once the reports have it.

What remains is what Schemathesis keeps for the whole run: every distinct failure (its
dedup sets), with the traceback of the check that raised it, whose frames hold the whole
answer, and, for a schema violation, the rejected value and a message that spells it out.
Against a whole surface answering 10 MB, that was most of the peak (810 MB at one example).
`AnswerRelease` empties those answers in place once their scenario has been reported:
their body and its parsed JSON go, the objects stay. The failures and their tracebacks are
left whole, since Schemathesis and Hypothesis tell failures apart by where they were
raised, read from the traceback. Only answers longer than the recorder keeps are emptied:
the recorder and the reports hold their own cut copies of those.

With the release in place, the link caches and the collector no longer move the peak
against 10 MB answers (within 20 MB, measured side by side on the whole v2 surface); they
stay for the answers under `--har-max-body`, which the release leaves whole: with 1 MB
answers, the stateful phase peaks 20-40 MB higher without either.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

from schemathesis import BaseSchema, Case, HookContext, Response
from schemathesis.engine import events
from schemathesis.openapi.checks import JsonSchemaError

# Bytes of answers between two full collections; each answer's garbage is a few times
# its size (the body, its text, its parsed JSON).
ANSWERS_BUDGET = 32 * 1024 * 1024


class GarbageCollector:
    """Collects cyclic garbage after every `budget` bytes of answers (module docstring)."""

    def __init__(self, budget: int = ANSWERS_BUDGET) -> None:
        self.budget = budget
        self.received = 0  # bytes of answers since the last collection
        self.collections = 0

    def scenario(self, event: events.ScenarioFinished) -> None:
        """Count the answers of a finished scenario; collect when they reach the budget."""
        for interaction in event.recorder.interactions.values():
            if interaction.response is not None:
                # The full size: the recorder may keep only the start of a body.
                self.received += interaction.response.content_size
        if self.received >= self.budget:
            self.received = 0
            self.collections += 1
            gc.collect()


def drop_cut_bodies(event: events.ScenarioFinished) -> None:
    """Drop the recorded bodies of `event` that the recorder cut (module docstring)."""
    for interaction in event.recorder.interactions.values():
        response = interaction.response
        if response is not None and response.content and response.is_truncated:
            # Keeps the status, headers and full size; only the unreadable start goes.
            interaction.response = response.truncated(0)


def forget_link_answers(schema: BaseSchema) -> None:
    """Make `schema`'s stateful machines empty their links' caches after each scenario."""
    build = schema.build_state_machine

    def build_forgetting(**kwargs: Any) -> Any:
        machine = build(**kwargs)
        caches = link_caches(machine)
        if not caches:
            return machine

        def teardown(self: Any) -> None:
            machine.teardown(self)
            for cache in caches:
                cache()

        # Named like the machine it extends: Schemathesis and Hypothesis show that name.
        names = {"__module__": machine.__module__, "__qualname__": machine.__qualname__}
        return type(machine.__name__, (machine,), {"teardown": teardown, **names})

    # An attribute of this one schema object, which the engine builds its machine from.
    setattr(schema, "build_state_machine", build_forgetting)  # noqa: B010 (a method)


def link_caches(machine: type) -> list[Callable[[], None]]:
    """The `cache_clear` of every link of `machine`, or none where the names differ."""
    transitions = getattr(getattr(machine, "_transitions", None), "operations", None)
    if not isinstance(transitions, dict):
        return []
    clears = []
    for entry in transitions.values():
        for link in getattr(entry, "outgoing", ()):
            clear = getattr(getattr(link, "_cached_extract", None), "cache_clear", None)
            if callable(clear):
                clears.append(clear)
    return clears


class AnswerRelease:
    """Empties the huge answers of finished scenarios in place (module docstring).

    `received` is the schema's `after_call` hook, in the engine's thread: it holds each
    answer longer than `limit` (the recorder's `--har-max-body`). `scenario`, in the thread
    that reads the events, once the reports took what they need, empties the held answers
    that the scenario recorded (its cut copies share the answer's request object, so an
    answer is never taken for another scenario's) and sheds the rejected values of its
    schema violations. An answer no scenario records (one a check sent for itself) is let
    go, not emptied, two scenarios later, so nothing is held longer than that.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.emptied = 0  # answers emptied so far
        self._lock = threading.Lock()
        # By the identity of the request they answer: (scenarios seen when held, answer).
        self._held: dict[int, tuple[int, Response]] = {}
        self._generation = 0

    @property
    def held(self) -> int:
        """How many answers are held now."""
        return len(self._held)

    def watch(self, schema: BaseSchema) -> None:
        """Have `schema`'s calls hand their answers to `received`."""
        schema.hooks.register_hook_with_name(self.received, "after_call")

    def received(self, context: HookContext, case: Case[Any], response: Response) -> None:
        """Hold `response` if it is longer than the recorder keeps."""
        # Without a request object to tell it by, an answer is left alone.
        if len(response.content) > self.limit and response.request is not None:
            with self._lock:
                self._held[id(response.request)] = (self._generation, response)

    def scenario(self, event: events.ScenarioFinished) -> None:
        """Empty the held answers `event` recorded; let go of those held too long."""
        recorded = [
            interaction.response.request
            for interaction in event.recorder.interactions.values()
            if interaction.response is not None
        ]
        with self._lock:
            self._generation += 1
            answers = [self._held.pop(id(r))[1] for r in recorded if id(r) in self._held]
            for key in [k for k, (g, _) in self._held.items() if g < self._generation - 2]:
                del self._held[key]
        for answer in answers:
            answer.content = b""
            answer.clear_cache()  # its parsed JSON
        self.emptied += len(answers)
        for checks in event.recorder.checks.values():
            for check in checks:
                if check.failure_info is not None:
                    shed_rejected_value(check.failure_info.failure)


def shed_rejected_value(failure: object) -> None:
    """Drop the rejected value a schema violation keeps, once its message is rendered.

    The message (rendered on first use, from the value) keeps a cut copy of it; the value
    and the validator's own message, which spells all of it out, are not needed after.
    """
    if not isinstance(failure, JsonSchemaError):
        return
    _ = failure.message  # rendered now, from the value, and kept
    failure.instance = None
    if hasattr(failure, "_raw_message"):  # private, and the largest: guarded
        failure._raw_message = ""
