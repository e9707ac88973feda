/** Semaphore 2.0 API v1alpha: one operation per tag, built and read with the generated types. */
import type { operations, paths } from "@published/v1alpha";
import { client, type Demo, type Json } from "./http.ts";

const api = client<paths>();
type Ok<Id extends keyof operations> = Json<operations[Id], 200>;

const projectId = "c394d20b-b3c6-4c90-b743-a9a65fa95a78";
const pipelineId = "b83d3b4c-3b37-4d4c-9d5c-4f1e8c6f3d2a";
const jobId = "fa2ab2d0-3e8b-4d6f-8f2a-4b7c8f1e0c11";

export const demos: Demo[] = [
  {
    tag: "Workflows",
    operation: "runWorkflow",
    request: api.request("post", "/plumber-workflows", {
      body: { project_id: projectId, reference: "refs/heads/master" },
    }),
    status: 200,
    read: (run: Ok<"runWorkflow">) => [`workflow ${run.workflow_id}, pipeline ${run.pipeline_id}`],
  },
  {
    tag: "Pipelines",
    operation: "describePipeline",
    request: api.request("get", "/pipelines/{pipeline_id}", {
      path: { pipeline_id: pipelineId },
      query: { detailed: "true" },
    }),
    status: 200,
    read: ({ pipeline, blocks }: Ok<"describePipeline">) => [
      `${pipeline.name} on ${pipeline.branch_name}: ${pipeline.state} ${pipeline.result ?? ""}`,
      ...blocks.map((b) => `block ${b.name}: ${b.state}, ${b.jobs.length} jobs`),
    ],
  },
  {
    tag: "Promotions",
    operation: "triggerPromotion",
    request: api.request("post", "/promotions", {
      // Promotion parameters travel as extra string fields, so TypeScript's index
      // signature wants every field a string: the spec also accepts "true" for override.
      body: { pipeline_id: pipelineId, name: "Deploy to production", override: "true" },
    }),
    status: 200,
    read: (message: Ok<"triggerPromotion">) => [message.trim()],
  },
  {
    tag: "Jobs",
    operation: "describeJob",
    request: api.request("get", "/jobs/{job_id}", { path: { job_id: jobId } }),
    status: 200,
    read: ({ metadata, status }: Ok<"describeJob">) => [
      // agent is null until the job is given to an agent (oneOf [$ref, null] in 3.1).
      `${metadata.name}: ${status.state}/${status.result} on ${status.agent?.ip ?? "no agent yet"}`,
    ],
  },
  {
    tag: "Logs",
    operation: "getJobLogs",
    request: api.request("get", "/logs/{job_id}", { path: { job_id: jobId } }),
    status: 200,
    read: (logs: Ok<"getJobLogs">) =>
      logs.events
        .filter((e) => e.event === "cmd_finished")
        .map((e) => `${e.directive ?? "?"} exited ${e.exit_code ?? "?"}`),
  },
  {
    tag: "Self-hosted agent types",
    operation: "createAgentType",
    request: api.request("post", "/self_hosted_agent_types", {
      body: { metadata: { name: "s1-my-type" } },
    }),
    status: 200,
    read: (type: Ok<"createAgentType">) => [
      `${type.metadata.name}: ${type.status.total_agent_count} agents, ` +
        `names from ${type.spec.agent_name_settings.assignment_origin}` +
        ` (aws account ${type.spec.agent_name_settings.aws?.account_id ?? "none"})`,
    ],
  },
  {
    tag: "Self-hosted agents",
    operation: "listAgents",
    request: api.request("get", "/agents", { query: { agent_type: "s1-my-type", page_size: 10 } }),
    status: 200,
    read: (page: Ok<"listAgents">) => [
      ...page.agents.map((a) => `${a.metadata.name} (${a.status.state})`),
      page.cursor === "" ? "last page" : `next cursor ${page.cursor}`,
    ],
  },
  {
    tag: "Deployment targets",
    operation: "listDeploymentHistory",
    request: api.request("get", "/deployment_targets/{target_id}/history", {
      path: { target_id: "3f0d1d2e-6a2b-4b0e-9b7a-2a6f9b1c0d4e" },
      query: { cursor_type: "AFTER", cursor_value: 0 },
    }),
    status: 200,
    read: (history: Ok<"listDeploymentHistory">) => [
      ...history.deployments.map((d) => `${d.target_name}: ${d.state} by ${d.triggered_by}`),
      `before ${history.cursor_before}, after ${history.cursor_after}`,
    ],
  },
  {
    tag: "Artifact retention policies",
    operation: "configureRetentionPolicy",
    request: api.request("post", "/artifacts_retention_policies", {
      body: {
        project_id: projectId,
        project_level_retention_policies: [{ selector: "/**/*", age: "1 year" }],
      },
    }),
    status: 200,
    read: (policy: Ok<"configureRetentionPolicy">) =>
      policy.project_level_retention_policies.map((r) => `${r.selector} kept ${r.age}`),
  },
  {
    tag: "Projects",
    operation: "listProjects",
    request: api.request("get", "/projects", { query: { page: 1 } }),
    status: 200,
    read: (projects: Ok<"listProjects">) =>
      projects.map((p) => `${p.metadata.name}: ${p.spec.repository.url} (${p.spec.visibility})`),
  },
  {
    tag: "Dashboards",
    operation: "describeDashboard",
    request: api.request("get", "/dashboards/{id_or_name}", {
      path: { id_or_name: "master-branches" },
    }),
    status: 200,
    read: ({ metadata, spec }: Ok<"describeDashboard">) => [
      `${metadata.title} (${metadata.name})`,
      ...spec.widgets.map((w) => `widget ${w.name}: ${w.type}`),
    ],
  },
  {
    tag: "Notifications",
    operation: "listNotifications",
    request: api.request("get", "/notifications", { query: { page_size: 1 } }),
    status: 200,
    read: (page: Ok<"listNotifications">) => [
      ...page.notifications.map((n) => `${n.metadata.name}: ${n.spec.rules.length} rules`),
      page.next_page_token === "" ? "last page" : `next page ${page.next_page_token}`,
    ],
  },
  {
    tag: "Schedules",
    operation: "listSchedules",
    request: api.request("get", "/schedules", { query: { project_id: projectId } }),
    status: 200,
    read: (schedules: Ok<"listSchedules">) =>
      schedules.map((s) => `${s.name} on ${s.branch} at "${s.at}": ${s.pipeline_file}`),
  },
  {
    tag: "Tasks",
    operation: "listTasks",
    request: api.request("get", "/tasks", { query: { project_id: projectId } }),
    status: 200,
    read: (tasks: Ok<"listTasks">) =>
      tasks.map((t) => `${t.name} (${t.recurring ? `cron ${t.at}` : "on demand"}): ${t.branch}`),
  },
  {
    tag: "Organizations",
    operation: "createOrganization",
    request: api.request("post", "/organizations", {
      body: { username: "my-org", name: "My Org" },
    }),
    status: 200,
    read: (org: Ok<"createOrganization">) => [
      `${org.name} (${org.username}): ${org.organization_id}`,
    ],
  },
  {
    tag: "Members",
    operation: "listMembers",
    request: api.request("get", "/members", { query: { member_type: "user" } }),
    status: 200,
    read: (page: Ok<"listMembers">) => [
      ...page.members.map((m) => `${m.name} (${m.subject_type}): ${m.roles.length} roles`),
      `${page.total_pages} pages`,
    ],
  },
  {
    tag: "Project members",
    operation: "listProjectMembers",
    request: api.request("get", "/projects/{project_id}/members", {
      path: { project_id: projectId },
    }),
    status: 200,
    read: (page: Ok<"listProjectMembers">) =>
      page.members.map((m) => `${m.name} (${m.subject_type}): ${m.roles.length} roles`),
  },
  {
    tag: "Roles",
    operation: "listRoles",
    request: api.request("get", "/roles", {}),
    status: 200,
    read: ({ roles }: Ok<"listRoles">) =>
      roles.map((r) => `${r.name} (${r.scope}): ${r.permissions.length} permissions`),
  },
  {
    tag: "Permissions",
    operation: "listPermissions",
    request: api.request("get", "/permissions", { query: { scope: "org" } }),
    status: 200,
    read: ({ permissions }: Ok<"listPermissions">) =>
      permissions.map((p) => `${p.name}: ${p.description}`),
  },
  {
    tag: "Groups",
    operation: "listGroups",
    request: api.request("get", "/groups", {}),
    status: 200,
    read: ({ groups }: Ok<"listGroups">) =>
      groups.map((g) => `${g.name}: ${g.member_ids.length} members`),
  },
  {
    tag: "Service accounts",
    operation: "listServiceAccounts",
    request: api.request("get", "/service_accounts", {}),
    status: 200,
    read: (page: Ok<"listServiceAccounts">) => [
      ...page.service_accounts.map((a) => `${a.name}${a.deactivated ? " (deactivated)" : ""}`),
      page.next_page_token === "" ? "last page" : `next page ${page.next_page_token}`,
    ],
  },
  {
    tag: "Artifacts",
    operation: "listArtifacts",
    request: api.request("get", "/artifacts", {
      query: { scope: "jobs", scope_id: jobId, path: "test-results" },
    }),
    status: 200,
    read: ({ artifacts }: Ok<"listArtifacts">) =>
      artifacts.map((a) => (a.is_directory ? `${a.path}/` : `${a.path} (${a.size} bytes)`)),
  },
  {
    tag: "Test results",
    operation: "listFlakyTests",
    request: api.request("get", "/projects/{project_id}/test_results/flaky_tests", {
      path: { project_id: projectId },
    }),
    status: 200,
    read: (tests: Ok<"listFlakyTests">) =>
      tests.map(
        (t) => `${t.test_name}: passes ${t.pass_rate}%, ${t.disruptions_count} disruptions`,
      ),
  },
  {
    tag: "Insights",
    operation: "getPipelinePerformance",
    request: api.request("get", "/projects/{project_id}/insights/performance", {
      path: { project_id: projectId },
      query: { pipeline_file: ".semaphore/semaphore.yml", branch: "master" },
    }),
    status: 200,
    read: (perf: Ok<"getPipelinePerformance">) =>
      perf.all.map((d) => `${d.from_date ?? "?"}: ${d.count} runs, median ${d.median_seconds}s`),
  },
  {
    tag: "Troubleshoot",
    operation: "troubleshootJob",
    request: api.request("get", "/troubleshoot/job/{job_id}", { path: { job_id: jobId } }),
    status: 200,
    read: ({ job, block, pipeline }: Ok<"troubleshootJob">) => [
      `${job.name}: ${job.state} on ${job.machine_type}`,
      `block ${block.name}: ${block.state}/${block.result}`,
      `pipeline ${pipeline.name}: ${pipeline.state}/${pipeline.result}`,
    ],
  },
];

// What the types must refuse (tsc fails if any of these compiles).
export function refused(job: Ok<"describeJob">): void {
  // @ts-expect-error the agent is null until the job has one
  const ip: string = job.status.agent.ip;
  void ip;
  // @ts-expect-error a job's state is one of four values
  const state: Ok<"describeJob">["status"]["state"] = "WAITING";
  void state;
  api.request("post", "/self_hosted_agent_types", {
    // @ts-expect-error an agent type needs metadata.name
    body: { spec: {} },
  });
}
