"""Forward-compatible models: every timestamp encoding, open enums, unknown fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from client_support import fixture_body
from semaphoreci_openapi import Timestamp, Unset
from semaphoreci_openapi.v1.models import Build, HookType
from semaphoreci_openapi.v1alpha.models import (
    AgentMetadata,
    JobStatusResult,
    PipelineDescribed,
    PipelineDescribedState,
    PipelineListedState,
    WorkflowListed,
    WorkflowListedTriggeredBy,
)
from semaphoreci_openapi.v2.models import Org

UTC = dt.UTC
PLUS2 = dt.timezone(dt.timedelta(hours=2))

ENCODINGS: list[tuple[Any, dt.datetime | None]] = [
    ("2023-06-07T09:24:04.000000Z", dt.datetime(2023, 6, 7, 9, 24, 4, tzinfo=UTC)),
    ("2017-06-10T16:59:51+02:00", dt.datetime(2017, 6, 10, 16, 59, 51, tzinfo=PLUS2)),
    ("2019-10-14 18:31:17.293456Z", dt.datetime(2019, 10, 14, 18, 31, 17, 293456, tzinfo=UTC)),
    ("2017-06-10 16:59:51 +0200", dt.datetime(2017, 6, 10, 16, 59, 51, tzinfo=PLUS2)),
    ("2017-06-10 14:59:51 UTC", dt.datetime(2017, 6, 10, 14, 59, 51, tzinfo=UTC)),
    ("2024-01-02T03:04:05.123456789Z", dt.datetime(2024, 1, 2, 3, 4, 5, 123456, tzinfo=UTC)),
    (1571083003, dt.datetime(2019, 10, 14, 19, 56, 43, tzinfo=UTC)),
    ("1571083003", dt.datetime(2019, 10, 14, 19, 56, 43, tzinfo=UTC)),
    (
        {"seconds": 1570792145, "nanos": 544028000},
        dt.datetime(2019, 10, 11, 11, 9, 5, 544028, tzinfo=UTC),
    ),
    ({"seconds": "1570792145", "nanos": 0}, dt.datetime(2019, 10, 11, 11, 9, 5, tzinfo=UTC)),
    ("", None),
    ("0", None),
    (0, None),
    ({"seconds": 0, "nanos": 0}, None),
    ("1970-01-01 00:00:00.000000Z", None),
    ("1970-01-01T00:00:00Z", None),
]


@pytest.mark.parametrize(("raw", "expected"), ENCODINGS, ids=[repr(e[0]) for e in ENCODINGS])
def test_every_encoding_parses_aware_and_keeps_the_raw_value(
    raw: Any, expected: dt.datetime | None
) -> None:
    stamp = Timestamp.from_dict(raw)
    assert stamp.datetime == expected
    if expected is not None:
        assert stamp.datetime is not None and stamp.datetime.tzinfo is not None
        assert stamp.is_set and stamp == expected
    else:
        assert not stamp.is_set and not stamp
    assert stamp.to_dict() == raw and type(stamp.to_dict()) is type(raw)


def test_an_unknown_form_is_kept_and_fails_only_when_read() -> None:
    stamp = Timestamp.from_dict("next tuesday")
    assert stamp.is_set and stamp.raw == "next tuesday"
    with pytest.raises(ValueError):
        _ = stamp.datetime


def test_timestamps_compare_by_instant() -> None:
    assert Timestamp("2017-06-10 16:59:51 +0200") == Timestamp("2017-06-10T14:59:51Z")
    assert Timestamp("") == Timestamp({"seconds": 0, "nanos": 0})
    assert len({Timestamp("2017-06-10 16:59:51 +0200"), Timestamp(1497106791)}) == 1


def test_from_datetime_requires_a_zone() -> None:
    with pytest.raises(ValueError):
        Timestamp.from_datetime(dt.datetime(2020, 1, 1))
    assert Timestamp.from_datetime(dt.datetime(2020, 1, 1, tzinfo=UTC)).raw == (
        "2020-01-01T00:00:00+00:00"
    )


def test_models_hold_timestamps() -> None:
    build = Build.from_dict(fixture_body("v1", "getBuild.200"))
    assert isinstance(build.created_at, Timestamp)
    assert build.created_at.datetime is not None
    running = Build.from_dict(fixture_body("v1", "getBuild.200.running"))
    assert running.finished_at is None
    org = Org.from_dict(fixture_body("v2", "getOrg.200"))
    assert org.created_at.datetime is not None and org.created_at.datetime.tzinfo is not None


def test_unset_timestamp_forms_in_a_model() -> None:
    metadata = AgentMetadata.from_dict(
        {
            "name": "a",
            "type": "s1-x",
            "connected_at": "",
            "os": "",
            "arch": "",
            "hostname": "",
            "ip_address": "",
            "pid": 1,
            "version": "v2",
        }
    )
    assert not metadata.connected_at and metadata.connected_at.datetime is None
    assert isinstance(metadata.disabled_at, Unset)
    assert metadata.to_dict()["connected_at"] == ""


def test_unknown_enum_values_are_kept() -> None:
    state = PipelineDescribedState("paused")
    assert state == "paused" and not state.is_known and state.known is None
    assert state.value == "paused" and str(state) == "paused"
    assert JobStatusResult("SKIPPED").value == "SKIPPED"
    assert WorkflowListedTriggeredBy(7).value == 7 and not WorkflowListedTriggeredBy(7).is_known
    assert HookType("post_everything") == "post_everything"


def test_known_values_compare_equal_regardless_of_case() -> None:
    listed, described = PipelineListedState("DONE"), PipelineDescribedState("done")
    assert listed == described and listed == "done" and described == "DONE"
    assert PipelineDescribedState("DONE") == PipelineDescribedState.DONE
    assert PipelineDescribedState("DONE").known is PipelineDescribedState.DONE
    assert PipelineDescribedState("DONE").value == "DONE"  # as sent, for the round trip
    assert {PipelineDescribedState.DONE: 1}[PipelineDescribedState("Done")] == 1


def test_a_wrong_json_type_is_not_an_enum_value() -> None:
    with pytest.raises(ValueError):
        PipelineDescribedState(3)  # type: ignore[arg-type]


def test_unknown_fields_are_kept_and_serialized() -> None:
    body = dict(fixture_body("v1alpha", "listWorkflows.200")[0])
    body["brand_new_field"] = {"x": [1]}
    workflow = WorkflowListed.from_dict(body)
    assert workflow.additional_properties["brand_new_field"] == {"x": [1]}
    assert workflow.to_dict() == body


def test_missing_optional_fields_are_unset() -> None:
    pipeline = dict(fixture_body("v1alpha", "describePipeline.200")["pipeline"])
    for optional in ("result", "result_reason"):
        pipeline.pop(optional)
    parsed = PipelineDescribed.from_dict(pipeline)
    assert isinstance(parsed.result, Unset) and isinstance(parsed.result_reason, Unset)
    assert parsed.to_dict() == pipeline
