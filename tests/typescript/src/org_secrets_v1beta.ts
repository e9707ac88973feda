/** Semaphore 2.0 organization secrets API v1beta: one operation per tag, built and read with the generated types. */
import type { operations, paths } from "@published/org-secrets-v1beta";
import { client, type Demo, type Json } from "./http.ts";

const api = client<paths>();
type Ok<Id extends keyof operations> = Json<operations[Id], 200>;

export const demos: Demo[] = [
  {
    tag: "Secrets",
    operation: "describeSecret",
    request: api.request("get", "/secrets/{secret_id_or_name}", {
      path: { secret_id_or_name: "aws-credentials" },
    }),
    status: 200,
    read: ({ metadata, data }: Ok<"describeSecret">) => [
      `${metadata?.name} (${metadata?.id}): ${data?.env_vars?.length ?? 0} variables, ${data?.files?.length ?? 0} files`,
    ],
  },
];
