"""When a contract run stops before its end, besides its time budget.

- `FailureWatch`: going on is pointless when every request of an operation failed on
  the network the same way (a server that accepts connections and never answers costs
  a request timeout per case); `unreachable` when the target never answered at all;
- `signals_stop`: Ctrl-C and SIGTERM stop the run (as `KeyboardInterrupt`), and the
  run's result names the signal.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from schemathesis.engine import events

from .errors import Terminated


class FailureWatch:
    """Tells when going on is pointless: every request of an operation failed on the
    network the same way (and the target never answered at all: unreachable)."""

    def __init__(self) -> None:
        self.answered = False  # any response from the target so far
        self.errors: dict[str, set[str]] = {}  # label -> distinct errors since its scenario

    def error(self, event: events.NonFatalError) -> None:
        """Note an error of the operation under way."""
        if event.label:
            self.errors.setdefault(event.label, set()).add(
                f"{event.info.title}: {event.info.message}"
            )

    def scenario(self, event: events.ScenarioFinished) -> tuple[str, str] | None:
        """(stop reason, why) when the run should stop after this scenario, else None."""
        label = event.label or event.recorder.label
        errors = self.errors.pop(label, set())
        interactions = list(event.recorder.interactions.values())
        if any(interaction.response is not None for interaction in interactions):
            self.answered = True
            return None
        if not interactions or len(errors) != 1:
            return None
        error = next(iter(errors))
        count = f"{len(interactions)} request(s)"
        if not self.answered:
            return "unreachable", f"the target never answered: {label}: {count}, each {error}"
        return "unanswered", f"every request of {label} failed the same way ({count}): {error}"


@contextmanager
def signals_stop() -> Iterator[list[str]]:
    """Ctrl-C and SIGTERM stop the run (as KeyboardInterrupt) and are named in the
    result; yields the names of the signals received."""
    received: list[str] = []

    def interrupted(signum: int, frame: FrameType | None) -> None:
        received.append(signal.Signals(signum).name)
        raise Terminated if signum == signal.SIGTERM else KeyboardInterrupt

    try:
        previous = {
            signum: signal.signal(signum, interrupted) for signum in (signal.SIGINT, signal.SIGTERM)
        }
    except ValueError:  # not the main thread: signals are not ours to take
        yield received
        return
    try:
        yield received
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
