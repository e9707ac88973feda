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
"""

from __future__ import annotations

import gc

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
