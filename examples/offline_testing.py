"""Test code that uses the Semaphore client with no network, no token and no checkout.

The installed package carries each surface's recorded exchanges, so this runs from any
folder once `semaphoreci_openapi` is installed:

    python examples/offline_testing.py

`FixtureTransport.for_surface` loads them; `from_path` takes your own fixture files, a
folder of them or a published `fixtures.json` instead. With `match_body=True` a recorded
request body must match what is sent. tests/test_offline_example.py runs this program
against the wheel built from generated/, from a temporary working directory.
"""

from __future__ import annotations

from semaphoreci_openapi import v1alpha
from semaphoreci_openapi.errors import NotFoundError
from semaphoreci_openapi.testing import FixtureTransport, use_transport

# IDs of the shipped recorded exchanges.
PIPELINE_ID = "6cf4569c-f76c-4dea-b293-3e4282ba1153"
PROJECT_ID = "c394d20b-b3c6-4c90-b743-a9a65fa95a78"


def main() -> None:
    """Replay the shipped v1alpha exchanges through the client."""
    transport = FixtureTransport.for_surface("v1alpha")
    print(f"{len(transport.fixtures)} recorded exchanges shipped for v1alpha")
    # Every client built inside the block answers from the recorded exchanges.
    with use_transport(transport), v1alpha.Client("any-token", org_name="myorg") as client:
        pipeline = client.describe_pipeline(PIPELINE_ID).pipeline
        print(f"pipeline {pipeline.name}: {pipeline.state}")
        for workflow in client.iter_list_workflows(
            project_id=PROJECT_ID, branch_name="master", page_size=2, max_pages=1
        ):
            print(f"workflow {workflow.wf_id}")
        try:
            client.describe_workflow("does-not-exist")
        except NotFoundError as error:
            print(f"{error.method} {error.status_code}: {error.message}")
    # What the code under test sent, token redacted, for assertions.
    for request in transport.requests:
        print(f"sent {request.method} {request.url.path}")


if __name__ == "__main__":
    main()
