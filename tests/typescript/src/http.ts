/**
 * A minimal typed request builder over openapi-typescript's `paths` type.
 *
 * It is enough to prove that the generated types describe each operation precisely:
 * the path, query and body an operation takes (and only those), and the JSON body of
 * each response. The surface programs (v1.ts, v1alpha.ts, v2.ts) use it, and
 * `tsc --strict` checks every use against the types generated from the 3.1 and the
 * 3.0 description alike (tsconfig.3.1.json, tsconfig.3.0.json).
 */

export type Method = "get" | "put" | "post" | "delete" | "patch";

/** What openapi-typescript emits for every operation. */
export interface Operation {
  parameters: { query?: unknown; header?: unknown; path?: unknown; cookie?: unknown };
  requestBody?: unknown;
  responses: object;
}

/** The JSON (or form) body an operation takes: required, optional, or none at all. */
type BodyArg<Op> = Op extends { requestBody: { content: infer C } }
  ? { body: C[keyof C] }
  : Op extends { requestBody?: { content: infer C } }
    ? [C] extends [never]
      ? { body?: never }
      : { body?: C[keyof C] }
    : { body?: never };

/** The arguments of one operation: its path parameters, query and body. */
export type Args<Op extends Operation> = Pick<Op["parameters"], "path" | "query"> & BodyArg<Op>;

/** The body of response `S` of an operation in media type `M`. */
export type Content<Op extends Operation, S extends number, M extends string> =
  S extends keyof Op["responses"]
    ? Op["responses"][S] extends { content: infer C }
      ? M extends keyof C
        ? C[M]
        : never
      : never
    : never;

/** The JSON body of response `S` of an operation. */
export type Json<Op extends Operation, S extends number> = Content<
  Op,
  S,
  "application/json"
>;

export interface HttpRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
}

type Scalar = string | number | boolean;

function fill(template: string, params: Record<string, Scalar> | undefined): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} of ${template}`);
    return encodeURIComponent(String(value));
  });
}

function flat(query: Record<string, Scalar | undefined> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) out[key] = String(value);
  }
  return out;
}

/** A request builder for one surface: `api.request("get", "/projects/{id}", {path: {id}})`. */
export function client<Paths>() {
  return {
    request<P extends keyof Paths & string, M extends keyof Paths[P] & Method>(
      method: M,
      template: P,
      args: Paths[P][M] extends Operation ? Args<Paths[P][M]> : never,
    ): HttpRequest {
      const { path, query, body } = args as {
        path?: Record<string, Scalar>;
        query?: Record<string, Scalar | undefined>;
        body?: unknown;
      };
      const request: HttpRequest = {
        method: method.toUpperCase(),
        path: fill(template, path),
        query: flat(query),
      };
      if (body !== undefined) request.body = body;
      return request;
    },
  };
}

/**
 * One operation exercised by a surface program: the request it builds and a reader of
 * its success body. `read` takes the body typed as the spec says; the driver feeds it
 * the recorded response bodies (JSON, or the text of other media types) of the operation (tests/fixtures, published as
 * fixtures.json), so a reader that trusts a field the data lacks fails at run time.
 */
export interface Demo {
  tag: string;
  operation: string;
  request: HttpRequest;
  status: number;
  read: (body: never) => string[];
}
