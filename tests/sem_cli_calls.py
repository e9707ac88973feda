"""The HTTP calls of the official `sem` CLI (github.com/semaphoreci/cli, api/client/), as data.

One `Step` per CLI command step: the request the CLI sends (method, path under `/api`,
query, body) and what the CLI needs from the answer (status 200, the fields it reads,
the header or field it loops on). Written from the CLI's client code, never copied:

- every request carries `Authorization: Token <token>`, `User-Agent: <release>` and
  `Content-Type: application/json` (GET and DELETE included); a 2xx other than 200 is
  an error to the CLI;
- `connect` and `get projects` ask `GET /v1alpha/projects?page=N` for N = 1, 2, ...
  while the `x-has-more` header is `true`;
- `get notifications` lists with `page_size`/`page_token` and shows `next_page_token`;
- `get agents` pages on the body's `cursor` until it is `""`;
- `get pipelines` and `get tasks` ask `page=N` with `page_size=200` while a `Link`
  header has `rel="next"`;
- `create workflow` (a snapshot) posts multipart form data: `project_id`, `label`,
  `request_token` and the file `snapshot_archive`;
- deployment target create/update send `unique_token` in the body, delete as a query;
- pipeline partial rebuild, workflow terminate/reschedule send `request_token` as a
  query parameter with an empty body.

Longer than most modules: it is data, one row per CLI command step, kept in one table so
the replay's node count is the CLI's command count.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PROJECT_ID = "c394d20b-b3c6-4c90-b743-a9a65fa95a78"
JOB_ID = "2b5c3a58-3bc8-4b3f-9a2c-9b3f4d7c1e21"
PIPELINE_ID = "895e4794-5c9a-4b80-9b84-3145a1e8e004"
REBUILD_PIPELINE_ID = "6cf4569c-f76c-4dea-b293-3e4282ba1153"
WORKFLOW_ID = "b1e7b07d-2d62-4af9-83ce-1f6df09d871f"
TARGET_ID = "05f27763-4a05-4077-af9e-f113fd712b93"
HISTORY_TARGET_ID = "410bf56b-b0dc-46d2-b939-87c88a21bb84"
CORDON_TARGET_ID = "a3db05c5-4345-493d-a038-6b5f2f2ba2b5"
TASK_ID = "f2a4c6e8-0b1d-4f3a-9c5e-7a9b1d3f5a7c"
TOKEN_UUID = "7d1c0e6a-2b3f-4c5d-8e9f-0a1b2c3d4e5f"

# The loops the CLI runs over list answers (see the module docstring).
HAS_MORE = "x-has-more"  # header "true" -> ask page N+1
LINK_NEXT = "link-next"  # Link header with rel="next" -> ask page N+1
CURSOR = "cursor"  # body field: send it back as `cursor` until ""
PAGE_TOKEN = "next_page_token"  # body field the CLI shows as the next page's token


@dataclass(frozen=True)
class Step:
    """One request of one `sem` command and what the CLI reads from its answer."""

    command: str  # the sem command line (the test id)
    operation: str  # the operationId the spec should give this call
    method: str
    path: str  # under https://{org}.semaphoreci.com/api
    query: tuple[tuple[str, str], ...] = ()
    json: Any = None  # the JSON body the CLI sends (None: empty body)
    multipart: dict[str, str] | None = None  # form fields of a multipart body
    files: dict[str, bytes] | None = None  # file parts of a multipart body
    reads: tuple[str, ...] = ()  # dotted fields the CLI reads ("[]" = every item)
    loop: str | None = None  # the pagination the CLI follows, one of the names above
    gap: str | None = None  # a known mismatch with the real server (xfail reason)


def _project() -> dict[str, Any]:
    return {
        "apiVersion": "v1alpha",
        "kind": "Project",
        "metadata": {"name": "semaphore", "id": PROJECT_ID},
        "spec": {"repository": {"url": "git@github.com:renderedtext/semaphore.git"}},
    }


def _secret(kind: str) -> dict[str, Any]:
    return {
        "apiVersion": "v1beta" if kind == "Secret" else "v1",
        "kind": kind,
        "metadata": {"name": "aws-credentials"},
        "data": {"env_vars": [{"name": "AWS_REGION", "value": "eu-west-1"}], "files": []},
    }


_DASHBOARD = {
    "apiVersion": "v1alpha",
    "kind": "Dashboard",
    "metadata": {"name": "master-branches", "title": "Master branches"},
    "spec": {"widgets": [{"name": "w", "type": "list_workflows", "filters": {"branch": "master"}}]},
}
_NOTIFICATION = {
    "apiVersion": "v1alpha",
    "kind": "Notification",
    "metadata": {"name": "deploys"},
    "spec": {
        "rules": [
            {
                "name": "Production deploys",
                "filter": {"projects": ["semaphore"], "branches": ["master"]},
                "notify": {"slack": {"endpoint": "https://hooks.slack.com/services/T/B/x"}},
            }
        ]
    },
}
_AGENT_TYPE = {
    "apiVersion": "v1alpha",
    "kind": "SelfHostedAgentType",
    "metadata": {"name": "s1-prod-deployer"},
    "spec": {"agent_name_settings": {"assignment_origin": "assignment_origin_agent"}},
}
_JOB = {
    "apiVersion": "v1alpha",
    "kind": "Job",
    "metadata": {"name": "One-off job"},
    "spec": {
        "project_id": PROJECT_ID,
        "agent": {"machine": {"type": "e1-standard-2", "os_image": "ubuntu2004"}},
        "commands": ["echo hello"],
    },
}


def _target(target_id: str) -> dict[str, Any]:
    """A deployment target as the CLI serialises its create/update request: metadata and
    spec flattened into one object, every field without `omitempty` sent even when empty."""
    return {
        "id": target_id,
        "name": "Staging",
        "project_id": PROJECT_ID,
        "organization_id": "",
        "description": "",
        "url": "",
        "state": "",
        "state_message": "",
        "subject_rules": [{"type": "ANY"}],
        "object_rules": [{"type": "BRANCH", "match_mode": "ALL", "pattern": ""}],
        "active": False,
        "bookmark_parameter1": "",
        "bookmark_parameter2": "",
        "bookmark_parameter3": "",
        "unique_token": TOKEN_UUID,
    }


P = "/v1alpha/projects"
S = "/v1beta/secrets"
PS = f"/v1/projects/{PROJECT_ID}/secrets"
META = ("metadata.name", "metadata.id")
LIST_META = ("[].metadata.name", "[].metadata.id")

STEPS: tuple[Step, ...] = (
    Step("connect", "listProjects", "GET", P, (("page", "1"),), loop=HAS_MORE, reads=LIST_META),
    Step(
        "get projects", "listProjects", "GET", P, (("page", "1"),), loop=HAS_MORE, reads=LIST_META
    ),
    Step("get project", "describeProject", "GET", f"{P}/semaphore", reads=META),
    Step("create project", "createProject", "POST", P, json=_project(), reads=META),
    Step(
        "edit project", "updateProject", "PATCH", f"{P}/{PROJECT_ID}", json=_project(), reads=META
    ),
    Step("delete project", "deleteProject", "DELETE", f"{P}/semaphore"),
    # Organization secrets (v1beta) and project secrets (v1).
    Step(
        "get secrets",
        "listSecrets",
        "GET",
        S,
        reads=("secrets.[].metadata.name",),
    ),
    Step("get secret", "describeSecret", "GET", f"{S}/aws-credentials", reads=META),
    Step("create secret", "createSecret", "POST", S, json=_secret("Secret"), reads=META),
    Step("edit secret", "updateSecret", "PATCH", f"{S}/aws-credentials", json=_secret("Secret")),
    Step("delete secret", "deleteSecret", "DELETE", f"{S}/aws-credentials"),
    Step(
        "get secrets -p",
        "listProjectSecrets",
        "GET",
        PS,
        reads=("secrets.[].metadata.name",),
    ),
    Step("get secret -p", "describeProjectSecret", "GET", f"{PS}/aws-credentials", reads=META),
    Step(
        "create secret -p",
        "createProjectSecret",
        "POST",
        PS,
        json=_secret("ProjectSecret"),
        reads=META,
    ),
    Step(
        "edit secret -p",
        "updateProjectSecret",
        "PATCH",
        f"{PS}/aws-credentials",
        json=_secret("ProjectSecret"),
    ),
    Step("delete secret -p", "deleteProjectSecret", "DELETE", f"{PS}/aws-credentials"),
    # Dashboards and notifications (grpc-gateway resources).
    Step("get dashboards", "listDashboards", "GET", "/v1alpha/dashboards", reads=("dashboards",)),
    Step("get dashboard", "describeDashboard", "GET", "/v1alpha/dashboards/master-branches"),
    Step("create dashboard", "createDashboard", "POST", "/v1alpha/dashboards", json=_DASHBOARD),
    Step(
        "edit dashboard",
        "updateDashboard",
        "PATCH",
        "/v1alpha/dashboards/master-branches",
        json=_DASHBOARD,
    ),
    Step("delete dashboard", "deleteDashboard", "DELETE", "/v1alpha/dashboards/master-branches"),
    Step(
        "get notifications",
        "listNotifications",
        "GET",
        "/v1alpha/notifications",
        reads=("notifications.[].metadata.name", "notifications.[].metadata.update_time"),
    ),
    Step(
        "get notifications --page-size 1 --page-token T",
        "listNotifications",
        "GET",
        "/v1alpha/notifications",
        (("page_size", "1"),),
        loop=PAGE_TOKEN,
        reads=("notifications.[].metadata.name", "notifications.[].metadata.update_time"),
    ),
    Step("get notification", "describeNotification", "GET", "/v1alpha/notifications/deploys"),
    Step(
        "create notification",
        "createNotification",
        "POST",
        "/v1alpha/notifications",
        json=_NOTIFICATION,
        reads=META,
    ),
    Step(
        "edit notification",
        "updateNotification",
        "PATCH",
        "/v1alpha/notifications/deploys",
        json=_NOTIFICATION,
    ),
    Step("delete notification", "deleteNotification", "DELETE", "/v1alpha/notifications/deploys"),
    # Self-hosted agent types and agents.
    Step(
        "get agent_types",
        "listAgentTypes",
        "GET",
        "/v1alpha/self_hosted_agent_types",
        reads=("agent_types.[].metadata.name",),
    ),
    Step(
        "get agent_type",
        "describeAgentType",
        "GET",
        "/v1alpha/self_hosted_agent_types/s1-prod-deployer",
        reads=("metadata.name",),
    ),
    Step(
        "create agent_type",
        "createAgentType",
        "POST",
        "/v1alpha/self_hosted_agent_types",
        json=_AGENT_TYPE,
        reads=("metadata.name",),
    ),
    Step(
        "edit agent_type",
        "updateAgentType",
        "PATCH",
        "/v1alpha/self_hosted_agent_types/s1-prod-deployer",
        json=_AGENT_TYPE,
    ),
    Step(
        "delete agent_type",
        "deleteAgentType",
        "DELETE",
        "/v1alpha/self_hosted_agent_types/s1-aws-small",
    ),
    Step(
        "get agents",
        "listAgents",
        "GET",
        "/v1alpha/agents",
        (("page_size", "200"), ("agent_type", "s1-prod-deployer")),
        loop=CURSOR,
        reads=("agents.[].metadata.name",),
    ),
    Step(
        "get agents (cursor loop)",
        "listAgents",
        "GET",
        "/v1alpha/agents",
        # The smallest page the server allows (5), so that the cursor loop really turns.
        (("page_size", "5"), ("agent_type", "s1-prod-deployer")),
        loop=CURSOR,
        reads=("agents.[].metadata.name",),
    ),
    Step(
        "get agent",
        "describeAgent",
        "GET",
        "/v1alpha/agents/deployer-7f9c4",
        reads=("metadata.name",),
    ),
    # Jobs and logs.
    Step(
        "get jobs",
        "listJobs",
        "GET",
        "/v1alpha/jobs",
        (("states", "PENDING"), ("states", "QUEUED"), ("states", "RUNNING")),
        reads=("jobs.[].metadata.id", "jobs.[].metadata.name", "jobs.[].status.state"),
    ),
    Step(
        "get job",
        "describeJob",
        "GET",
        f"/v1alpha/jobs/{JOB_ID}",
        reads=("metadata.id", "status.state"),
    ),
    Step("create job", "createJob", "POST", "/v1alpha/jobs", json=_JOB, reads=("metadata.id",)),
    Step("stop job", "stopJob", "POST", f"/v1alpha/jobs/{JOB_ID}/stop"),
    Step(
        "debug job",
        "createDebugJob",
        "POST",
        f"/v1alpha/jobs/{JOB_ID}/debug",
        # The CLI's model writes `duration` with Go's `,string` option: a JSON string.
        json={"job_id": JOB_ID, "duration": "3600"},
        reads=("metadata.id",),
    ),
    Step(
        "debug project",
        "createProjectDebugJob",
        "POST",
        "/v1alpha/jobs/project_debug/semaphore",
        json={
            "project_id_or_name": "semaphore",
            "duration": "3600",
            "machine_type": "e1-standard-2",
        },
        reads=("metadata.id",),
    ),
    Step(
        "attach (debug_ssh_key)",
        "getJobDebugSshKey",
        "GET",
        f"/v1alpha/jobs/{JOB_ID}/debug_ssh_key",
        reads=("key",),
    ),
    Step("logs", "getJobLogs", "GET", f"/v1alpha/logs/{JOB_ID}", reads=("events",)),
    # Pipelines.
    Step(
        "get pipeline",
        "describePipeline",
        "GET",
        f"/v1alpha/pipelines/{PIPELINE_ID}",
        (("detailed", "true"),),
        reads=("pipeline.ppl_id", "pipeline.state", "blocks"),
    ),
    Step(
        "get pipelines",
        "listPipelines",
        "GET",
        "/v1alpha/pipelines",
        (("project_id", PROJECT_ID), ("page_size", "200"), ("page", "1")),
        loop=LINK_NEXT,
    ),
    Step(
        "get workflow WF_ID (its pipelines)",
        "listPipelines",
        "GET",
        "/v1alpha/pipelines",
        (("project_id", PROJECT_ID), ("wf_id", WORKFLOW_ID)),
        reads=("[].ppl_id", "[].name", "[].state"),
    ),
    Step(
        "stop pipeline",
        "terminatePipeline",
        "PATCH",
        f"/v1alpha/pipelines/{PIPELINE_ID}",
        json={"terminate_request": True},
    ),
    Step(
        "rebuild pipeline",
        "partialRebuildPipeline",
        "POST",
        f"/v1alpha/pipelines/{REBUILD_PIPELINE_ID}/partial_rebuild",
        (("request_token", TOKEN_UUID),),
    ),
    # Workflows.
    Step(
        "get workflows",
        "listWorkflows",
        "GET",
        "/v1alpha/plumber-workflows",
        (("project_id", PROJECT_ID),),
        reads=("[].wf_id", "[].initial_ppl_id"),
    ),
    Step(
        "create workflow (snapshot)",
        "runWorkflow",
        "POST",
        "/v1alpha/plumber-workflows",
        multipart={"project_id": PROJECT_ID, "label": "snapshot", "request_token": TOKEN_UUID},
        files={"snapshot_archive": b"\x1f\x8b\x08\x00snapshot.tgz"},
        # The CLI prints the body as it comes: the run's `workflow_id` and
        # `pipeline_id`. Only `--follow` reads a field, `ppl_id`, which the server
        # never sends (PipelinesAPI answers every run with the two above): a CLI
        # bug, not a spec gap.
        reads=("workflow_id", "pipeline_id"),
    ),
    Step(
        "stop workflow",
        "terminateWorkflow",
        "POST",
        f"/v1alpha/plumber-workflows/{WORKFLOW_ID}/terminate",
        (("request_token", TOKEN_UUID),),
    ),
    Step(
        "rebuild workflow",
        "rescheduleWorkflow",
        "POST",
        f"/v1alpha/plumber-workflows/{WORKFLOW_ID}/reschedule",
        (("request_token", TOKEN_UUID),),
        reads=("wf_id", "ppl_id"),
    ),
    # Deployment targets.
    Step(
        "get dt",
        "listDeploymentTargets",
        "GET",
        "/v1alpha/deployment_targets",
        (("project_id", PROJECT_ID),),
        reads=("[].id", "[].name"),
    ),
    Step(
        "get dt NAME",
        "listDeploymentTargets",
        "GET",
        "/v1alpha/deployment_targets",
        (("project_id", PROJECT_ID), ("target_name", "Staging")),
        reads=("[].id", "[].name"),
    ),
    Step(
        "get dt ID",
        "describeDeploymentTarget",
        "GET",
        f"/v1alpha/deployment_targets/{TARGET_ID}",
        reads=("id", "name"),
    ),
    Step(
        "get dt ID --with-secrets",
        "describeDeploymentTarget",
        "GET",
        f"/v1alpha/deployment_targets/{TARGET_ID}",
        (("include_secrets", "true"),),
        reads=("id", "name"),
    ),
    Step(
        "get dt ID --history",
        "listDeploymentHistory",
        "GET",
        f"/v1alpha/deployment_targets/{HISTORY_TARGET_ID}/history",
        reads=("deployments",),
    ),
    Step(
        "create dt",
        "createDeploymentTarget",
        "POST",
        "/v1alpha/deployment_targets",
        json=_target(""),
        reads=("id",),
    ),
    Step(
        "edit dt",
        "updateDeploymentTarget",
        "PATCH",
        f"/v1alpha/deployment_targets/{TARGET_ID}",
        json=_target(TARGET_ID),
        reads=("id",),
    ),
    Step(
        "delete dt",
        "deleteDeploymentTarget",
        "DELETE",
        f"/v1alpha/deployment_targets/{TARGET_ID}",
        (("unique_token", TOKEN_UUID),),
    ),
    Step(
        "rebuild dt (activate)",
        "activateDeploymentTarget",
        "PATCH",
        f"/v1alpha/deployment_targets/{CORDON_TARGET_ID}/activate",
        reads=("target_id", "cordoned"),
    ),
    Step(
        "stop dt (deactivate)",
        "deactivateDeploymentTarget",
        "PATCH",
        f"/v1alpha/deployment_targets/{CORDON_TARGET_ID}/deactivate",
        reads=("target_id", "cordoned"),
    ),
    # Tasks.
    Step(
        "get tasks",
        "listTasks",
        "GET",
        "/v1alpha/tasks",
        (("project_id", PROJECT_ID), ("page_size", "200"), ("page", "1")),
        loop=LINK_NEXT,
        reads=("[].id", "[].name"),
    ),
    Step(
        "get task",
        "describeTask",
        "GET",
        f"/v1alpha/tasks/{TASK_ID}",
        reads=("schedule.id", "schedule.name"),
    ),
    Step(
        "run task",
        "runTaskNow",
        "POST",
        f"/v1alpha/tasks/{TASK_ID}/run_now",
        json={"reference": {"type": "BRANCH", "name": "master"}},
        reads=("workflow_id",),
    ),
    # Promotions.
    Step(
        "promote",
        "triggerPromotion",
        "POST",
        "/v1alpha/promotions",
        json={"pipeline_id": PIPELINE_ID, "name": "Production", "override": False},
    ),
    # Troubleshoot.
    Step(
        "troubleshoot workflow",
        "troubleshootWorkflow",
        "GET",
        f"/v1alpha/troubleshoot/workflow/{WORKFLOW_ID}",
    ),
    Step(
        "troubleshoot pipeline",
        "troubleshootPipeline",
        "GET",
        # The CLI joins "troubleshoot/pipeline/" and the id with another "/".
        f"/v1alpha/troubleshoot/pipeline//{PIPELINE_ID}",
    ),
    Step("troubleshoot job", "troubleshootJob", "GET", f"/v1alpha/troubleshoot/job/{JOB_ID}"),
)
