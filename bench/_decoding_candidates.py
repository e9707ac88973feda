"""The model-decoding designs of issue 16, measured side by side on the same data.

    python bench/client_overhead.py --candidates [--repeats N] [--quick]

Every case turns the same JSON document (10,000 listed v1alpha pipelines, the recorded
list items repeated) into items and then reads what a user of a list reads: each item's
`ppl_id`, `state` and `created_at` (the plain `json.loads` baseline reads the same three
keys). A second group reads every field of every item, which is what a lazy design
costs at worst. The candidates:

- `json.loads`, `orjson.loads`, `msgspec.json.decode`: the parsers alone (untyped).
- shipped: the client's own way, `model_list(PipelineListed, loads(document))`: a
  `ModelList` that keeps the parsed objects (each checked for its required keys at once)
  and builds an item's lazy model when the item is read, so a model read and dropped
  leaves nothing for the cyclic garbage collector; parsed with the runtime's `loads`
  (msgspec, json.loads when msgspec refuses) and with `json.loads`.
- eager list of lazy models: what was shipped before, a plain list holding one lazy
  model per item (`PipelineListed.from_dict`: the mapping kept, each field decoded on
  first read and cached), so a model and a `Timestamp` per item stay alive for the
  collector to walk; and the same with the collector paused around the case (a
  reference for what the collector costs, not a design: `gc.disable` is process-wide).
- fewer objects per item: the same eager list, `created_at` read as a `Timestamp` that
  is not kept on the model (one tracked object per item fewer).
- `__slots__` models: the same eager list of a lazy model class with `__slots__`
  (written out here for the three fields read: a slot per field, decoded on first
  read), to see whether a smaller object without `__dict__` helps the collector.
- eager straight-line: what a specialised, fully eager `from_dict` emitted by the
  templates would do (every field decoded, no generic helpers, no copies), written out
  by hand here for `PipelineListed` only, since it is not shipped.
- msgspec typed Structs: the JSON decoded straight into a `msgspec.Struct` with the
  same fields (enums as `str`, timestamps as their raw JSON), the enum and `Timestamp`
  wrapped on read. It cannot keep `additional_properties` (msgspec drops unknown keys),
  so it could not keep the public API; measured to know what that would be worth.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import msgspec
from _common import (
    Sample,
    cpu,
    header,
    interleaved,
    ratio,
    seconds,
    spread,
    table,
    timed,
    wall,
)
from _pipelines_server import recorded

from semaphoreci_openapi import Timestamp
from semaphoreci_openapi._runtime import jsonbody
from semaphoreci_openapi._runtime.decoding import RAW
from semaphoreci_openapi._runtime.model_list import model_list
from semaphoreci_openapi.v1alpha.models import (
    NameValue,
    PipelineListed,
    PipelineListedResult,
    PipelineListedResultReason,
    PipelineListedState,
    PipelineQueueListed,
    PipelineTriggererListed,
)
from semaphoreci_openapi.v1alpha.types import UNSET

Item = Any
_FIELDS = [f.name for f in attrs.fields(PipelineListed) if f.name != "additional_properties"]
_KNOWN = frozenset(_FIELDS)
_STAMPS = ("created_at", "pending_at", "queuing_at", "running_at", "stopping_at", "done_at")


def eager_straight_line(d: Mapping[str, Any]) -> PipelineListed:
    """A fully eager `from_dict` as specialised templates would emit it (not shipped)."""
    item = PipelineListed(
        ppl_id=d["ppl_id"],
        name=d["name"],
        project_id=d["project_id"],
        branch_name=d["branch_name"],
        commit_sha=d["commit_sha"],
        created_at=Timestamp.from_dict(d["created_at"]),
        pending_at=Timestamp.from_dict(d["pending_at"]),
        queuing_at=Timestamp.from_dict(d["queuing_at"]),
        running_at=Timestamp.from_dict(d["running_at"]),
        stopping_at=Timestamp.from_dict(d["stopping_at"]),
        done_at=Timestamp.from_dict(d["done_at"]),
        state=PipelineListedState(d["state"]),
        terminate_request=d["terminate_request"],
        hook_id=d["hook_id"],
        branch_id=d["branch_id"],
        error_description=d["error_description"],
        switch_id=d["switch_id"],
        working_directory=d["working_directory"],
        yaml_file_name=d["yaml_file_name"],
        terminated_by=d["terminated_by"],
        wf_id=d["wf_id"],
        snapshot_id=d["snapshot_id"],
        result=PipelineListedResult(d["result"]) if "result" in d else UNSET,
        result_reason=(
            PipelineListedResultReason(d["result_reason"]) if "result_reason" in d else UNSET
        ),
        queue=PipelineQueueListed.from_dict(d["queue"]) if "queue" in d else UNSET,
        promotion_of=d.get("promotion_of", UNSET),
        partial_rerun_of=d.get("partial_rerun_of", UNSET),
        commit_message=d.get("commit_message", UNSET),
        partially_rerun_by=d.get("partially_rerun_by", UNSET),
        compile_task_id=d.get("compile_task_id", UNSET),
        with_after_task=d.get("with_after_task", UNSET),
        after_task_id=d.get("after_task_id", UNSET),
        repository_id=d.get("repository_id", UNSET),
        env_vars=[NameValue.from_dict(e) for e in d["env_vars"]] if "env_vars" in d else UNSET,
        triggerer=PipelineTriggererListed.from_dict(d["triggerer"]) if "triggerer" in d else UNSET,
        organization_id=d.get("organization_id", UNSET),
    )
    item.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
    return item


_MISSING: Any = object()


class SlottedListed:
    """A lazy model with `__slots__`, for the three fields the cases read (not shipped)."""

    __slots__ = ("_created_at", "_ppl_id", "_raw", "_state")

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self._raw = raw
        self._ppl_id = self._state = self._created_at = _MISSING

    @property
    def ppl_id(self) -> str:
        if self._ppl_id is _MISSING:
            self._ppl_id = self._raw["ppl_id"]
        return self._ppl_id  # type: ignore[no-any-return]

    @property
    def state(self) -> PipelineListedState:
        if self._state is _MISSING:
            self._state = PipelineListedState(self._raw["state"])
        return self._state  # type: ignore[no-any-return]

    @property
    def created_at(self) -> Timestamp:
        if self._created_at is _MISSING:
            self._created_at = Timestamp.from_dict(self._raw["created_at"])
        return self._created_at  # type: ignore[no-any-return]


def paused(work: Callable[[], Any]) -> Callable[[], Any]:
    """`work` with the cyclic collector paused (a reference only: process-wide)."""

    def run() -> Any:
        gc.disable()
        try:
            return work()
        finally:
            gc.enable()

    return run


def _struct() -> type[msgspec.Struct]:
    """A msgspec Struct with PipelineListed's fields (enums as str, timestamps raw)."""
    stamp = dict[str, Any] | str | int | float
    required = {f.name for f in attrs.fields(PipelineListed) if f.default is attrs.NOTHING}
    kinds: dict[str, Any] = {name: stamp for name in _STAMPS}
    kinds.update(
        queue=dict[str, Any],
        triggerer=dict[str, Any],
        env_vars=list[dict[str, Any]],
        with_after_task=bool,
    )
    fields: list[Any] = []
    for name in _FIELDS:
        kind = kinds.get(name, str)
        if name in required:
            fields.append((name, kind))
        else:
            fields.append((name, kind | msgspec.UnsetType, msgspec.UNSET))
    return msgspec.defstruct("PipelineListedStruct", fields)


def read_few_dicts(items: list[dict[str, Any]]) -> None:
    """What a user of a list reads, on plain dicts."""
    for d in items:
        d["ppl_id"], d["state"], d["created_at"]


def read_few(items: list[Any]) -> None:
    """What a user of a list reads, on models."""
    for m in items:
        m.ppl_id, m.state, m.created_at  # noqa: B018


def parse_samples(document: bytes, repeats: int, warmup: int) -> dict[str, list[Sample]]:
    """client_overhead.py's parse row: `json.loads` against the client's own way (the
    runtime's `loads`, then `model_list` as the generated list answers do), both then
    reading three fields per item."""
    return interleaved(
        {
            "json.loads": lambda: timed(lambda: read_few_dicts(json.loads(document))),
            "models": lambda: timed(
                lambda: read_few(model_list(PipelineListed, jsonbody.loads(document)))
            ),
        },
        repeats=repeats,
        warmup=warmup,
        progress=False,
    )


def orjson_case(document: bytes) -> dict[str, Callable[[], Any]]:
    """orjson's row, when it is installed (bench/requirements.txt; the test suite's smoke
    run goes without it)."""
    try:
        import orjson
    except ImportError:
        print("orjson is not installed: its row is left out", file=sys.stderr)
        return {}
    return {"orjson.loads": lambda: read_few_dicts(orjson.loads(document))}


def cases(document: bytes) -> dict[str, dict[str, Callable[[], Any]]]:
    """Groups of named cases over `document`; the first of each group is its baseline."""
    struct_list = list[_struct()]  # type: ignore[misc]
    typed = msgspec.json.Decoder(struct_list)

    def few_dicts(items: list[dict[str, Any]]) -> None:
        for d in items:
            d["ppl_id"], d["state"], d["created_at"]

    def few(items: list[Item]) -> None:
        for m in items:
            m.ppl_id, m.state, m.created_at  # noqa: B018

    def few_uncached_stamp(items: list[Item]) -> None:
        # One object fewer per item: the Timestamp built for the read, not kept.
        for m in items:
            m.ppl_id, m.state, Timestamp.from_dict(getattr(m, RAW)["created_at"])

    def few_struct(items: list[Any]) -> None:
        for m in items:
            m.ppl_id, PipelineListedState(m.state), Timestamp(m.created_at)

    def every(items: list[Item]) -> None:
        for m in items:
            for name in _FIELDS:
                getattr(m, name)
            m.additional_properties  # noqa: B018

    def every_dicts(items: list[dict[str, Any]]) -> None:
        for d in items:
            for name in _FIELDS:
                d.get(name)

    def models(parse: Callable[[bytes], Any], build: Callable[[Any], Any]) -> list[Any]:
        return [build(item) for item in parse(document)]

    return {
        "parse, then read ppl_id, state and created_at of every item": {
            "json.loads": lambda: few_dicts(json.loads(document)),
            **orjson_case(document),
            "msgspec.json.decode (untyped)": lambda: few_dicts(msgspec.json.decode(document)),
            "shipped: runtime loads (msgspec) + ModelList": lambda: few(
                model_list(PipelineListed, jsonbody.loads(document))
            ),
            "ModelList + json.loads": lambda: few(model_list(PipelineListed, json.loads(document))),
            "eager list of lazy models + msgspec (shipped before)": lambda: few(
                models(jsonbody.loads, PipelineListed.from_dict)
            ),
            "the same, collector paused (reference only)": paused(
                lambda: few(models(jsonbody.loads, PipelineListed.from_dict))
            ),
            "eager list of lazy models, no Timestamp kept + msgspec": lambda: few_uncached_stamp(
                models(jsonbody.loads, PipelineListed.from_dict)
            ),
            "eager list of __slots__ lazy models + msgspec": lambda: few(
                models(jsonbody.loads, SlottedListed)
            ),
            "eager straight-line from_dict + json.loads": lambda: few(
                models(json.loads, eager_straight_line)
            ),
            "eager straight-line from_dict + msgspec": lambda: few(
                models(jsonbody.loads, eager_straight_line)
            ),
            "msgspec typed Structs (no additional_properties)": lambda: few_struct(
                typed.decode(document)
            ),
        },
        "parse, then read every field of every item": {
            "json.loads": lambda: every_dicts(json.loads(document)),
            "shipped: runtime loads (msgspec) + ModelList": lambda: every(
                model_list(PipelineListed, jsonbody.loads(document))
            ),
            "eager list of lazy models + msgspec (shipped before)": lambda: every(
                models(jsonbody.loads, PipelineListed.from_dict)
            ),
            "eager straight-line from_dict + msgspec": lambda: every(
                models(jsonbody.loads, eager_straight_line)
            ),
        },
    }


def compare(document: bytes, repeats: int, warmup: int) -> str:
    """The candidates' table (Markdown): medians, spread, wall and CPU ratios."""
    rows: list[list[str]] = []
    for group, named in cases(document).items():
        samples = interleaved(
            {name: (lambda work=work: timed(work)) for name, work in named.items()},
            repeats=repeats,
            warmup=warmup,
            progress=False,
        )
        base = next(iter(named))
        for name in named:
            runs: list[Sample] = samples[name]
            rows.append(
                [
                    group if name == base else "",
                    name,
                    seconds(wall(runs)),
                    spread([s.wall for s in runs]),
                    ratio(wall(runs) / wall(samples[base])),
                    ratio(cpu(runs) / cpu(samples[base])),
                ]
            )
    return table(["items read", "candidate", "wall", "min/max", "ratio", "CPU ratio"], rows)


def candidates(args: argparse.Namespace) -> int:
    """`client_overhead.py --candidates`: the designs side by side; nothing recorded."""
    count = 1_000 if args.quick else 10_000
    header(f"Model decoding candidates: {count:,} listed pipelines")
    _describe, items = recorded()
    document = json.dumps([items[i % len(items)] for i in range(count)]).encode()
    repeats, warmup = (1, 0) if args.quick else (args.repeats, args.warmup)
    print(compare(document, repeats, warmup))
    print(f"\nMedians of {repeats} samples; ratios against the first row of each group.")
    return 0
