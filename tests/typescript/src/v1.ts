/** Semaphore Classic API v1: one operation per tag, built and read with the generated types. */
import type { operations, paths } from "@published/v1";
import { type Content, client, type Demo, type Json } from "./http.ts";

const api = client<paths>();
type Ok<Id extends keyof operations> = Json<operations[Id], 200>;

const hashId = "3f1004b8343faabda63d441734526c854380ab89";

export const demos: Demo[] = [
  {
    tag: "projects",
    operation: "listProjects",
    request: api.request("get", "/projects", {}),
    status: 200,
    read: (projects: Ok<"listProjects">) =>
      projects.map((p) => `${p.owner}/${p.name}: ${p.branches.length} branches`),
  },
  {
    tag: "branches",
    operation: "getBranchStatus",
    request: api.request("get", "/projects/{hash_id}/{branch_id}/status", {
      path: { hash_id: hashId, branch_id: 85 },
    }),
    status: 200,
    read: (status: Ok<"getBranchStatus">) => [
      // result is null while the build runs: the spec says so, so must the reader.
      `${status.branch_name} #${status.build_number}: ${status.result ?? "running"}`,
    ],
  },
  {
    tag: "builds",
    operation: "launchBuild",
    request: api.request("post", "/projects/{project_hash_id}/{branch_id}/build", {
      path: { project_hash_id: hashId, branch_id: 85 },
      query: { commit_sha: "43ddb7516ecc743f0563abd7418f0bd3617348c4" },
    }),
    status: 200,
    read: (build: Ok<"launchBuild">) => [
      `build ${build.number} of ${build.project_name}: ${build.result ?? "pending"}`,
      ...build.commits.map((c) => `${c.id.slice(0, 7)} ${c.message}`),
    ],
  },
  {
    tag: "webhooks",
    operation: "createWebhook",
    request: api.request("post", "/projects/{hash_id}/hooks", {
      path: { hash_id: hashId },
      body: { url: "https://example.com/hook", hook_type: "post_build" },
    }),
    status: 200,
    read: (hook: Ok<"createWebhook">) => [`hook ${hook.id} -> ${hook.url} (${hook.hook_type})`],
  },
  {
    tag: "servers",
    operation: "getServerHistory",
    request: api.request("get", "/projects/{hash_id}/servers/{server_id}", {
      path: { hash_id: hashId, server_id: 80 },
      query: { page: 2 },
    }),
    status: 200,
    read: (history: Ok<"getServerHistory">) =>
      history.deploys.map((d) => `deploy ${d.number}: ${d.result ?? "running"}`),
  },
  {
    tag: "deploys",
    operation: "getDeploy",
    request: api.request("get", "/projects/{hash_id}/servers/{server_id}/deploys/{deploy_number}", {
      path: { hash_id: hashId, server_id: 80, deploy_number: 1 },
    }),
    status: 200,
    read: (deploy: Ok<"getDeploy">) => [
      `${deploy.server_name} deploy ${deploy.number}: ${deploy.result ?? "running"}`,
    ],
  },
  {
    tag: "cctray",
    operation: "getCcTrayFeed",
    request: api.request("get", "/projects/{hash_id}/cc.xml", { path: { hash_id: hashId } }),
    status: 200,
    // The feed is XML, typed as the text it is.
    read: (xml: Content<operations["getCcTrayFeed"], 200, "application/xml">) => [
      `${xml.length} characters of ${xml.slice(0, xml.indexOf(">") + 1)}`,
    ],
  },
];

// What the types must refuse (tsc fails if any of these compiles).
export function refused(build: Ok<"launchBuild">): void {
  api.request("get", "/projects/{hash_id}/{branch_id}/builds/{build_number}", {
    // @ts-expect-error build_number is an integer
    path: { hash_id: hashId, branch_id: 85, build_number: "1" },
  });
  // @ts-expect-error the path parameters are required
  api.request("get", "/projects/{hash_id}/branches", {});
  // @ts-expect-error listProjects takes no body
  api.request("get", "/projects", { body: {} });
  // @ts-expect-error result is null until the build finishes
  const result: string = build.result;
  void result;
}
