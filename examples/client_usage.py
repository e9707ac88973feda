"""Every feature of the Semaphore client in one typed program.

Against the real servers (reads the token from SEMAPHORE_API_TOKEN):

    SEMAPHORE_API_TOKEN=... python examples/client_usage.py --org myorg

Without a network or a token, answered from this repository's recorded exchanges:

    python examples/client_usage.py --fixtures tests/fixtures

tests/test_client_example.py runs it the second way and type-checks it with
`mypy --strict`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from semaphoreci_openapi import RetryPolicy, Timestamp, v1, v1alpha, v2
from semaphoreci_openapi.errors import (
    APIError,
    NotFoundError,
    RateLimitedError,
    SemaphoreError,
    TransportError,
)
from semaphoreci_openapi.testing import FixtureTransport, use_transport
from semaphoreci_openapi.v1alpha.models import PipelineDescribedState

# IDs of the recorded exchanges in tests/fixtures (use your own against the real API).
HASH_ID = "5db28f4d-905f-43ac-946d-1b3cfbfede30"
BRANCH_ID = 1428889
PIPELINE_ID = "6cf4569c-f76c-4dea-b293-3e4282ba1153"
PROJECT_ID = "c394d20b-b3c6-4c90-b743-a9a65fa95a78"
WORKFLOW_ID = "e0011c5b-93bc-4ec6-926a-dbc3e014c3e1"


def when(stamp: Timestamp | None) -> str:
    """A timestamp for display: any server encoding becomes an aware datetime."""
    if stamp is None or stamp.datetime is None:
        return "not yet"
    return stamp.datetime.isoformat()


def classic(token: str) -> None:
    """Classic v1: the token travels as the `auth_token` query parameter."""
    # Retries: GETs and requests with an idempotency token are retried on connection
    # errors, 429, 502, 503 and 504, with exponential backoff and jitter.
    policy = RetryPolicy(max_retries=5, initial_backoff=1.0, max_wait=300.0)
    # `timeout` bounds each read; `deadline` the whole answer, however slowly it comes;
    # `max_response_bytes` the body, counted inflated (a gzip bomb stops there).
    with v1.Client(
        token, retry=policy, timeout=30.0, deadline=90.0, max_response_bytes=64 * 1024 * 1024
    ) as client:
        for project in client.list_projects():
            print(f"project {project.name}: created {when(project.created_at)}")

        # Lazy pagination (the JSON `Pagination` header): the second page is fetched
        # only when the loop reaches it.
        history = client.iter_get_branch_history(HASH_ID, BRANCH_ID)
        for build in history:
            print(f"build #{build.build_number}: {build.result}, started {when(build.started_at)}")
        print(f"{history.total} builds in all")


def organization(token: str, org: str) -> None:
    """v1alpha: one organization's host, `Authorization: Token ...`."""
    with v1alpha.Client(token, org_name=org) as client:
        described = client.describe_pipeline(PIPELINE_ID)
        pipeline = described.pipeline
        # Open enums: values the spec does not know are kept, and the case of a
        # known value does not matter (describe says `done`, the list says `DONE`).
        if pipeline.state == PipelineDescribedState.DONE:
            print(f"pipeline {pipeline.name}: done at {when(pipeline.done_at)}")
        elif not pipeline.state.is_known:
            print(f"pipeline {pipeline.name}: a state this client does not know yet")
        # Fields the API added after this client was generated are kept too.
        extra = sorted(pipeline.additional_properties)
        print(f"fields beyond the spec: {', '.join(extra) or 'none'}")

        # Per call: no retries for this one, and a shorter timeout.
        quick = client.with_options(retry=RetryPolicy.never(), timeout=5.0, deadline=10.0)
        first_page = quick.iter_list_workflows(
            project_id=PROJECT_ID, branch_name="master", page_size=2, max_pages=1
        )
        for workflow in first_page:
            print(f"workflow {workflow.wf_id} created {when(workflow.created_at)}")

        # A POST carrying its idempotency token (request_token) may be retried safely:
        # the same token goes with every attempt. POSTs without one are sent once.
        rerun = client.reschedule_workflow(WORKFLOW_ID, request_token="rerun-2019-10-14-1")
        print(f"rerun: workflow {rerun.wf_id}, pipeline {rerun.ppl_id}")

        # Typed errors carry the status, the parsed body, and the method and URL.
        try:
            client.describe_workflow("does-not-exist")
        except NotFoundError as error:
            print(f"{error.method} {error.status_code}: {error.message}")


async def accounts(token: str) -> None:
    """Classic v2, async: the token in the `auth_token` query parameter on request."""
    async with v2.Client(token, auth="tokenQuery", max_concurrency=4) as client:
        orgs, team = await asyncio.gather(
            client.list_orgs_async(), client.get_team_async("86e78b7e-2f9c-45a7-9939-ec2c9f6f64b5")
        )
        print(f"{len(orgs)} organization(s); team {team.name}")
        async for org in client.iter_list_orgs(max_items=10):
            print(f"org {org.username} since {when(org.created_at)}")


@contextlib.contextmanager
def answered_from(fixtures: Path | None) -> Iterator[None]:
    """With a fixtures folder, every client built inside answers from recordings."""
    if fixtures is None:
        yield
        return
    folders = sorted(path for path in fixtures.iterdir() if path.is_dir())
    with use_transport(FixtureTransport.from_path(*folders)):
        yield


def main(argv: Sequence[str] | None = None) -> int:
    """Run every example; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--org", default="myorg", help="organization name (v1alpha)")
    parser.add_argument("--fixtures", type=Path, help="answer from recorded exchanges")
    args = parser.parse_args(argv)
    token = os.environ.get("SEMAPHORE_API_TOKEN", "TOKEN" if args.fixtures else "")
    if not token:
        parser.error("set SEMAPHORE_API_TOKEN (or use --fixtures)")
    logging.basicConfig(level=logging.WARNING)  # retries are logged as warnings
    try:
        with answered_from(args.fixtures):
            classic(token)
            organization(token, args.org)
            asyncio.run(accounts(token))
    except RateLimitedError as error:
        print(f"rate limited until {error.reset_at}", file=sys.stderr)
        return 1
    except APIError as error:  # any other error status
        print(f"the API said {error.status_code}: {error.message}", file=sys.stderr)
        return 1
    except TransportError as error:
        print(f"no answer: {error}", file=sys.stderr)
        return 1
    except SemaphoreError as error:  # a malformed answer, unsafe pagination...
        print(f"failed: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
