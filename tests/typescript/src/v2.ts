/** Semaphore Classic REST API v2: one operation per tag, built and read with the generated types. */
import type { operations, paths } from "@published/v2";
import { client, type Demo, type Json } from "./http.ts";

const api = client<paths>();
type Ok<Id extends keyof operations> = Json<operations[Id], 200>;

const teamId = "86e78b7e-2f9c-45a7-9939-ec2c9f6f64b5";
const secretId = "ea3e2e6e-5d2b-4a43-9b2a-5b0f6f1c2d3e";

export const demos: Demo[] = [
  {
    tag: "Organizations",
    operation: "listOrgs",
    request: api.request("get", "/orgs", { query: { page: 1 } }),
    status: 200,
    read: (orgs: Ok<"listOrgs">) => orgs.map((o) => `${o.username}: ${o.name} (${o.id})`),
  },
  {
    tag: "Teams",
    operation: "createTeam",
    request: api.request("post", "/orgs/{org_username}/teams", {
      path: { org_username: "renderedtext" },
      body: { name: "developers", permission: "edit", description: "Developers team" },
    }),
    status: 200,
    // description is null when none was given: `?? ` is needed, in 3.1 and 3.0 alike.
    read: (team: Ok<"createTeam">) => [
      `${team.name} (${team.permission}): ${team.description ?? "no description"}`,
    ],
  },
  {
    tag: "Users",
    operation: "listTeamUsers",
    request: api.request("get", "/teams/{team_id}/users", { path: { team_id: teamId } }),
    status: 200,
    read: (users: Ok<"listTeamUsers">) => users.map((u) => `${u.username} (${u.name ?? "?"})`),
  },
  {
    tag: "Projects",
    operation: "createProject",
    request: api.request("post", "/orgs/{org_username}/projects", {
      path: { org_username: "renderedtext" },
      body: { name: "api", repo_name: "api", repo_owner: "renderedtext", repo_provider: "github" },
    }),
    status: 200,
    read: (project: Ok<"createProject">) => [`${project.name} at ${project.html_url}`],
  },
  {
    tag: "Secrets",
    operation: "updateSecret",
    request: api.request("patch", "/secrets/{id}", {
      path: { id: secretId },
      body: { description: "AWS credentials" },
    }),
    status: 200,
    read: (secret: Ok<"updateSecret">) => [`${secret.name}: ${secret.description ?? "-"}`],
  },
  {
    tag: "Environment Variables",
    operation: "createEnvVar",
    request: api.request("post", "/secrets/{secret_id}/env_vars", {
      path: { secret_id: secretId },
      body: { name: "AWS_REGION", content: "eu-west-1", encrypted: false },
    }),
    status: 200,
    // An encrypted variable's content is null.
    read: (env: Ok<"createEnvVar">) => [`${env.name}=${env.content ?? "<encrypted>"}`],
  },
  {
    tag: "Configuration Files",
    operation: "getConfigFile",
    request: api.request("get", "/config_files/{id}", { path: { id: secretId } }),
    status: 200,
    read: (file: Ok<"getConfigFile">) => [
      `${file.path}: ${file.content === null ? "encrypted" : `${file.content.length} characters`}`,
    ],
  },
];

// What the types must refuse (tsc fails if any of these compiles).
export function refused(env: Ok<"getEnvVar">): void {
  // @ts-expect-error content is null for encrypted variables
  const content: string = env.content;
  void content;
  api.request("post", "/orgs/{org_username}/projects", {
    path: { org_username: "renderedtext" },
    // @ts-expect-error the repository provider is github or bitbucket
    body: { name: "api", repo_name: "api", repo_owner: "renderedtext", repo_provider: "gitlab" },
  });
}
