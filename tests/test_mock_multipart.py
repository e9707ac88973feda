"""Multipart form bodies (semaphore_spec.mock.multipart) and the v1alpha bodies the `sem`
CLI sends that only the gateway's lenient readings accept."""

from __future__ import annotations

import httpx
import pytest

from conftest import ROOT, built_surfaces
from semaphore_spec.mock import create_app
from semaphore_spec.mock.multipart import MultipartError, form_fields
from semaphore_spec.mock.transport import MockTransport

PROJECT_ID = "c394d20b-b3c6-4c90-b743-a9a65fa95a78"
JOB_ID = "2b5c3a58-3bc8-4b3f-9a2c-9b3f4d7c1e21"
BOUNDARY = "b0undary"


def body(*parts: tuple[str, str | None, bytes]) -> bytes:
    """A multipart body of (field, file name or None, content) parts."""
    out = b""
    for name, filename, content in parts:
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        out += f"--{BOUNDARY}\r\nContent-Disposition: {disposition}\r\n\r\n".encode()
        out += content + b"\r\n"
    return out + f"--{BOUNDARY}--\r\n".encode()


CONTENT_TYPE = f"multipart/form-data; boundary={BOUNDARY}"


def test_an_empty_field_name_is_a_field() -> None:
    # A schema that allows more properties allows `""` too; Plug reads the part.
    assert form_fields(CONTENT_TYPE, body(("", None, b"{}"))) == {"": ["{}"]}


def test_fields_and_files_are_read_in_order() -> None:
    raw = body(
        ("label", None, "café".encode()), ("a", "a.tgz", b"\x1f\x8b\xff"), ("label", None, b"2")
    )
    assert form_fields(CONTENT_TYPE, raw) == {"label": ["café", "2"], "a": ["\x1f\x8b\xff"]}


@pytest.mark.parametrize(
    ("content_type", "raw", "reason"),
    [
        ("multipart/form-data", body(("a", None, b"1")), "no boundary"),
        (
            CONTENT_TYPE,
            b"--b0undary\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b0undary--\r\n",
            "names no",
        ),
        (CONTENT_TYPE, body(("a", None, b"\xff")), "not UTF-8"),
        (CONTENT_TYPE, b"--other\r\n\r\nx\r\n", "malformed"),
    ],
    ids=["no-boundary", "unnamed-part", "not-utf8", "wrong-boundary"],
)
def test_a_malformed_body_says_why(content_type: str, raw: bytes, reason: str) -> None:
    with pytest.raises(MultipartError, match=reason):
        form_fields(content_type, raw)


@pytest.fixture(scope="module")
def v1alpha() -> httpx.Client:
    if "v1alpha" not in built_surfaces():
        pytest.skip("v1alpha is not published")
    return httpx.Client(
        transport=MockTransport(create_app(ROOT, ["v1alpha"])),
        base_url="https://myorg.semaphoreci.com/api/v1alpha",
        headers={"Authorization": "Token T"},
    )


def test_a_snapshot_upload_runs_a_workflow(v1alpha: httpx.Client) -> None:
    answer = v1alpha.post(
        "/plumber-workflows",
        data={"project_id": PROJECT_ID, "label": "snapshot"},
        files={"snapshot_archive": ("snapshot.tgz", b"\x1f\x8b\x08\x00tar")},
    )
    assert answer.status_code == 200, answer.text
    assert set(answer.json()) == {"workflow_id", "pipeline_id"}


def test_a_snapshot_upload_without_its_archive_is_refused(v1alpha: httpx.Client) -> None:
    raw = body(("project_id", None, PROJECT_ID.encode()))
    answer = v1alpha.post("/plumber-workflows", content=raw, headers={"Content-Type": CONTENT_TYPE})
    assert answer.status_code == 400
    assert "snapshot_archive" in answer.text


def test_a_malformed_upload_is_refused(v1alpha: httpx.Client) -> None:
    answer = v1alpha.post(
        "/plumber-workflows", content=b"x", headers={"Content-Type": "multipart/form-data"}
    )
    assert answer.status_code == 400
    assert "Malformed request" in answer.text


@pytest.mark.parametrize(
    ("path", "extra"),
    [
        (f"/jobs/{JOB_ID}/debug", {"job_id": JOB_ID}),
        ("/jobs/project_debug/semaphore", {"project_id_or_name": "semaphore"}),
    ],
    ids=["job", "project"],
)
def test_debug_duration_is_a_number_or_its_digits(
    v1alpha: httpx.Client, path: str, extra: dict[str, str]
) -> None:
    for duration in (60, "60"):
        answer = v1alpha.post(path, json={**extra, "duration": duration})
        assert answer.status_code == 200, (duration, answer.text)
    for duration in ("sixty", "-1", -1):
        answer = v1alpha.post(path, json={**extra, "duration": duration})
        assert answer.status_code == 400, (duration, answer.text)
