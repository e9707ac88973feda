/** Semaphore Public API v2: one operation per tag, built and read with the generated types. */
import type { operations, paths } from "@published/org-public-v2";
import { client, type Demo, type Json } from "./http.ts";

const api = client<paths>();
type Ok<Id extends keyof operations> = Json<operations[Id], 200>;

const projectId = "c394d20b-b3c6-4c90-b743-a9a65fa95a78";
const workflowId = "a1f1d4a6-2b8d-4c1e-9d0e-5f0b8f5e6c11";
const pipelineId = "6cf4569c-f76c-4dea-b293-3e4282ba1153";
const taskId = "5f0c1b9e-3a2d-4e8f-9b7a-1c2d3e4f5a6b";

export const demos: Demo[] = [
  {
    tag: "Workflows",
    operation: "describeWorkflow",
    request: api.request("get", "/workflows/{wf_id}", { path: { wf_id: workflowId } }),
    status: 200,
    read: (wf: Ok<"describeWorkflow">) => [
      `workflow ${wf.wf_id} of ${wf.project_id}: ${wf.triggered_by}, first pipeline ${wf.initial_ppl_id}`,
    ],
  },
  {
    tag: "Pipelines",
    operation: "describePipeline",
    request: api.request("get", "/pipelines/{pipeline_id}", {
      path: { pipeline_id: pipelineId },
      query: { detailed: true },
    }),
    status: 200,
    read: ({ pipeline }: Ok<"describePipeline">) => [
      `${pipeline?.name} on ${pipeline?.branch_name}: ${pipeline?.state} ${pipeline?.result ?? ""}`,
    ],
  },
  {
    tag: "Tasks",
    operation: "describeTask",
    request: api.request("get", "/projects/{project_id_or_name}/tasks/{task_id}", {
      path: { project_id_or_name: projectId, task_id: taskId },
    }),
    status: 200,
    read: ({ metadata, spec }: Ok<"describeTask">) => [
      `${spec?.name} (${metadata?.id}): ${spec?.cron_schedule ?? "not scheduled"}`,
    ],
  },
  {
    tag: "Secrets",
    operation: "describeSecret",
    request: api.request("get", "/secrets/{id_or_name}", { path: { id_or_name: "aws-credentials" } }),
    status: 200,
    read: ({ metadata, spec }: Ok<"describeSecret">) => [
      `${metadata?.name} (${metadata?.id}): ${spec?.data?.env_vars?.length ?? 0} variables`,
    ],
  },
  {
    tag: "Project secrets",
    operation: "describeProjectSecret",
    request: api.request("get", "/projects/{project_id_or_name}/secrets/{id_or_name}", {
      path: { project_id_or_name: projectId, id_or_name: "aws-credentials" },
    }),
    status: 200,
    read: ({ metadata, spec }: Ok<"describeProjectSecret">) => [
      `${metadata?.name} of ${metadata?.project_id}: ${spec?.data?.files?.length ?? 0} files`,
    ],
  },
  {
    tag: "Self-hosted agents",
    operation: "describeAgentType",
    request: api.request("get", "/self_hosted_agent_types/{agent_type_name}", {
      path: { agent_type_name: "s1-linux-arm" },
    }),
    status: 200,
    read: ({ metadata }: Ok<"describeAgentType">) => [
      `${metadata?.name}: ${metadata?.status?.total_agent_count ?? 0} agents`,
    ],
  },
  {
    tag: "Notifications",
    operation: "describeNotification",
    request: api.request("get", "/notifications/{id_or_name}", { path: { id_or_name: "ci-failures" } }),
    status: 200,
    read: ({ spec }: Ok<"describeNotification">) =>
      (spec?.rules ?? []).map((r) => `${spec?.name}: rule ${r.name}`),
  },
  {
    tag: "Projects",
    operation: "describeProject",
    request: api.request("get", "/projects/{project_id_or_name}", {
      path: { project_id_or_name: projectId },
    }),
    status: 200,
    read: ({ metadata, spec }: Ok<"describeProject">) => [
      `${metadata?.name} (${metadata?.id}): ${spec?.repository?.url}`,
    ],
  },
  {
    tag: "Dashboards",
    operation: "describeDashboard",
    request: api.request("get", "/dashboards/{id_or_name}", { path: { id_or_name: "deployments" } }),
    status: 200,
    read: ({ metadata, spec }: Ok<"describeDashboard">) => [
      `${metadata?.name}: ${spec?.display_name}, ${spec?.widgets?.length ?? 0} widgets`,
    ],
  },
  {
    tag: "Deployment targets",
    operation: "describeDeploymentTarget",
    request: api.request("get", "/projects/{project_id_or_name}/deployment_targets/{id_or_name}", {
      path: { project_id_or_name: projectId, id_or_name: "production" },
    }),
    status: 200,
    read: ({ metadata }: Ok<"describeDeploymentTarget">) => [
      `${metadata?.name} (${metadata?.id}): ${metadata?.state}`,
    ],
  },
  {
    tag: "Canvases",
    operation: "describeCanvas",
    request: api.request("get", "/canvases/{id_or_name}", { path: { id_or_name: "release-flow" } }),
    status: 200,
    read: ({ metadata }: Ok<"describeCanvas">) => [`canvas ${metadata?.name} (${metadata?.id})`],
  },
  {
    tag: "Specification",
    operation: "getOpenApiDocument",
    request: api.request("get", "/api-spec/openapi.json", {}),
    status: 200,
    read: (doc: Ok<"getOpenApiDocument">) => [`document: ${Object.keys(doc ?? {}).join(", ")}`],
  },
];
