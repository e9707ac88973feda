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
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from schemathesis import BaseSchema
from schemathesis.engine import events

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
