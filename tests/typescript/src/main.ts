/**
 * The driver: runs every surface program's demos against the recorded exchanges.
 *
 * For each demo it prints one JSON line with the request the program built (the test
 * checks that it routes to the demo's operation in the published spec) and what the
 * reader made of every recorded success body of that operation (published/<surface>/
 * fixtures.json). Usage: node src/main.ts <published folder>
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Demo } from "./http.ts";
import { demos as v1 } from "./v1.ts";
import { demos as v1alpha } from "./v1alpha.ts";
import { demos as v2 } from "./v2.ts";
import { demos as orgPublic } from "./org_public_v2.ts";
import { demos as orgSecrets } from "./org_secrets_v1beta.ts";
import { demos as projectSecrets } from "./project_secrets_v1.ts";

interface Exchange {
  name: string;
  response: { status: number; body?: unknown; text?: string };
}
interface FixturesFile {
  operations: Record<string, { exchanges: Exchange[] }>;
}

const programs: Record<string, Demo[]> = {
  v1,
  v1alpha,
  v2,
  "org-secrets-v1beta": orgSecrets,
  "project-secrets-v1": projectSecrets,
  "org-public-v2": orgPublic,
};
const published = process.argv[2];
if (published === undefined) throw new Error("usage: node src/main.ts <published folder>");

for (const [surface, demos] of Object.entries(programs)) {
  const file = join(published, surface, "fixtures.json");
  const fixtures = JSON.parse(readFileSync(file, "utf-8")) as FixturesFile;
  for (const demo of demos) {
    const exchanges = (fixtures.operations[demo.operation]?.exchanges ?? []).filter(
      (e) => e.response.status === demo.status,
    );
    if (exchanges.length === 0) {
      throw new Error(`${file}: no recorded ${demo.status} of ${demo.operation}`);
    }
    const read = exchanges.map((e) => ({
      exchange: e.name,
      // The recorded body is untyped JSON; the reader's parameter type is the spec's claim.
      lines: demo.read((e.response.body ?? e.response.text) as never),
    }));
    console.log(JSON.stringify({ surface, tag: demo.tag, operation: demo.operation, ...demo.request, read }));
  }
}
