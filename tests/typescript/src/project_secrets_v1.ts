/** Semaphore 2.0 project secrets API v1: one operation per tag, built and read with the generated types. */
import type { operations, paths } from "@published/project-secrets-v1";
import { client, type Demo, type Json } from "./http.ts";

const api = client<paths>();
type Ok<Id extends keyof operations> = Json<operations[Id], 200>;

const projectId = "c394d20b-b3c6-4c90-b743-a9a65fa95a78";

export const demos: Demo[] = [
  {
    tag: "Project secrets",
    operation: "describeProjectSecret",
    request: api.request("get", "/projects/{project_id_or_name}/secrets/{secret_id_or_name}", {
      path: { project_id_or_name: projectId, secret_id_or_name: "deploy-key" },
    }),
    status: 200,
    read: ({ metadata, data }: Ok<"describeProjectSecret">) => [
      `${metadata?.name} of ${metadata?.project_id_or_name}: ${data?.env_vars?.length ?? 0} variables, ${data?.files?.length ?? 0} files`,
    ],
  },
];
