"""The deliberately faulty servers: the mock with exactly one fault each.

Every fault names the checks expected to report it; the mutation run fails a fault
that survives, and one that is reported only by other checks (found for the wrong
reason). Operations are named by operationId; a fault touches their 2xx answers
unless it says otherwise.

Longer than most modules: it is data, one entry per fault, kept in one list so the
kill rate's denominator is visible at a glance.
"""

from __future__ import annotations

from .changes import (
    add,
    body,
    both,
    content_type,
    drop_header,
    drop_member,
    edit_header,
    json_quoted_text,
    link_urls,
    other_host,
    other_scheme,
    pagination_json,
    set_member,
    status,
)
from .fault import (
    Fault,
    credentials_not_required,
    scheme_refused,
    several_credentials_accepted,
)

SCHEMA = frozenset({"response_schema_conformance"})
STATUS = frozenset({"status_code_conformance"})
MEDIA = frozenset({"content_type_conformance"})
SERVER_ERROR = frozenset({"not_a_server_error"})
PAGINATION = frozenset({"PaginationConsistency"})
ERROR_BODY = frozenset({"ErrorBodyFormat"})
AUTH = frozenset({"CredentialsRequired"})
NOT_FOUND = range(404, 405)
UNPROCESSABLE = range(422, 423)
BAD_REQUEST = range(400, 401)
JSON = "application/json; charset=utf-8"
TEXT = "text/plain; charset=utf-8"


def _ops(*names: str) -> frozenset[str]:
    return frozenset(names)


V1 = [
    Fault(
        "v1-missing-field",
        "v1",
        "a build without its required `result`",
        SCHEMA,
        _ops("getBuild"),
        change=drop_member("", "result"),
    ),
    Fault(
        "v1-wrong-type",
        "v1",
        "project ids as strings",
        SCHEMA,
        _ops("listProjects"),
        change=set_member("", "id", str),
    ),
    Fault(
        "v1-unknown-enum",
        "v1",
        "a webhook `hook_type` outside the closed enum",
        SCHEMA,
        _ops("listWebhooks"),
        change=set_member("", "hook_type", lambda old: "on_failure"),
    ),
    Fault(
        "v1-wrong-status",
        "v1",
        "a branch status answered 201",
        STATUS,
        _ops("getBranchStatus"),
        change=status(201),
    ),
    Fault(
        "v1-undeclared-status",
        "v1",
        "branches answered 206 Partial Content",
        STATUS,
        _ops("listBranches"),
        change=status(206),
    ),
    Fault(
        "v1-wrong-content-type",
        "v1",
        "a server status labelled text/html",
        MEDIA,
        _ops("getServerStatus"),
        change=content_type("text/html; charset=utf-8"),
    ),
    Fault(
        "v1-missing-pagination",
        "v1",
        "branch history without `Pagination`",
        PAGINATION,
        _ops("getBranchHistory"),
        change=drop_header("Pagination"),
    ),
    Fault(
        "v1-wrong-total",
        "v1",
        "`Pagination.total_entries` off by 7",
        PAGINATION,
        _ops("getServerHistory"),
        change=edit_header("Pagination", pagination_json("total_entries", lambda n: n + 7)),
    ),
    Fault(
        "v1-wrong-page-count",
        "v1",
        "`Pagination.total_pages` off by one",
        PAGINATION,
        _ops("getBranchHistory"),
        change=edit_header("Pagination", pagination_json("total_pages", lambda n: n + 1)),
    ),
    Fault(
        "v1-auth-not-enforced",
        "v1",
        "answers without `auth_token`",
        AUTH,
        rewrite=credentials_not_required,
    ),
    Fault(
        "v1-server-error",
        "v1",
        "500 on a valid request for a server's status",
        SERVER_ERROR,
        _ops("getServerStatus"),
        change=both(status(500), body(b'{"error": "Internal Server Error"}', JSON)),
    ),
    Fault(
        "v1-error-body-format",
        "v1",
        '404 bodies as `{"message"}` instead of `{"error"}`',
        SCHEMA,
        statuses=NOT_FOUND,
        change=body(b'{"message": "Not found."}', JSON),
    ),
    Fault(
        "v1-unauthorized-format",
        "v1",
        "401 as JSON without `error`",
        AUTH,
        statuses=range(401, 402),
        change=body(b'{"status": 401}', JSON),
    ),
]

V1ALPHA = [
    Fault(
        "v1alpha-missing-field",
        "v1alpha",
        "a deployment target without `state`",
        SCHEMA,
        _ops("describeDeploymentTarget"),
        change=drop_member("", "state"),
    ),
    Fault(
        "v1alpha-wrong-type",
        "v1alpha",
        "a job's 64-bit timestamps as JSON numbers",
        SCHEMA,
        _ops("describeJob"),
        change=set_member("metadata", "create_time", lambda old: 1712044519),
    ),
    Fault(
        "v1alpha-unknown-enum",
        "v1alpha",
        "a deployment target `state` outside the enum",
        SCHEMA,
        _ops("listDeploymentTargets"),
        change=set_member("", "state", lambda old: "ARCHIVED"),
    ),
    Fault(
        "v1alpha-undeclared-status",
        "v1alpha",
        "agent types answered 202",
        STATUS,
        _ops("listAgentTypes"),
        change=status(202),
    ),
    Fault(
        "v1alpha-wrong-content-type",
        "v1alpha",
        "agents labelled text/plain",
        MEDIA,
        _ops("listAgents"),
        change=content_type(TEXT),
    ),
    Fault(
        "v1alpha-missing-pagination",
        "v1alpha",
        "pipelines without `total-pages`",
        PAGINATION,
        _ops("listPipelines"),
        change=drop_header("total-pages"),
    ),
    Fault(
        "v1alpha-malformed-link",
        "v1alpha",
        "`link` URLs without angle brackets",
        PAGINATION,
        _ops("listWorkflows"),
        change=edit_header("link", lambda v: v.replace("<", "").replace(">", "")),
    ),
    Fault(
        "v1alpha-wrong-total",
        "v1alpha",
        "`total` off by 3",
        PAGINATION,
        _ops("listPromotions"),
        change=edit_header("total", add(3)),
    ),
    Fault(
        "v1alpha-wrong-page-number",
        "v1alpha",
        "`page-number` off by one",
        PAGINATION,
        _ops("listPipelines"),
        change=edit_header("page-number", add(1)),
    ),
    Fault(
        "v1alpha-link-other-host",
        "v1alpha",
        "`link` pointing at another host",
        PAGINATION,
        _ops("listPipelines"),
        change=edit_header("link", link_urls(other_host)),
    ),
    Fault(
        "v1alpha-wrong-x-page",
        "v1alpha",
        "`x-page` off by one (the projects list)",
        PAGINATION,
        _ops("listProjects"),
        change=edit_header("x-page", add(1)),
    ),
    Fault(
        "v1alpha-auth-not-enforced",
        "v1alpha",
        "answers without `Authorization`",
        AUTH,
        rewrite=credentials_not_required,
    ),
    Fault(
        "v1alpha-bearer-refused",
        "v1alpha",
        "`Authorization: Bearer` not accepted",
        AUTH,
        rewrite=scheme_refused("bearerToken"),
    ),
    Fault(
        "v1alpha-server-error",
        "v1alpha",
        "500 on a valid request for a pipeline",
        SERVER_ERROR,
        _ops("describePipeline"),
        change=both(status(500), body(b"Something went wrong", TEXT)),
    ),
    Fault(
        "v1alpha-error-json-as-text",
        "v1alpha",
        "plain-text 400 bodies JSON-encoded",
        ERROR_BODY,
        statuses=BAD_REQUEST,
        change=json_quoted_text,
    ),
    Fault(
        "v1alpha-created-type-unreadable",
        "v1alpha",
        "an agent type just created cannot be read back (404)",
        frozenset({"ensure_resource_availability"}),
        _ops("describeAgentType"),
        change=both(status(404), body(b'"agent type not found"', JSON)),
    ),
]

V2 = [
    Fault(
        "v2-missing-field",
        "v2",
        "a team without `id`",
        SCHEMA,
        _ops("getTeam"),
        change=drop_member("", "id"),
    ),
    Fault(
        "v2-wrong-type",
        "v2",
        "organization `created_at` as a number",
        SCHEMA,
        _ops("listOrgs"),
        change=set_member("", "created_at", lambda old: 1700000000),
    ),
    Fault(
        "v2-wrong-type-boolean",
        "v2",
        "env var `encrypted` as a string",
        SCHEMA,
        _ops("listProjectEnvVars"),
        change=set_member("", "encrypted", lambda old: "no"),
    ),
    Fault(
        "v2-wrong-status",
        "v2",
        "a created team answered 201",
        STATUS,
        _ops("createTeam"),
        change=status(201),
    ),
    Fault(
        "v2-undeclared-status",
        "v2",
        "a deleted team answered 200",
        STATUS,
        _ops("deleteTeam"),
        change=status(200),
    ),
    Fault(
        "v2-wrong-content-type",
        "v2",
        "an env var labelled application/xml",
        MEDIA,
        _ops("getEnvVar"),
        change=content_type("application/xml"),
    ),
    Fault(
        "v2-missing-total",
        "v2",
        "team lists without `Total`",
        PAGINATION,
        _ops("listOrgTeams"),
        change=drop_header("Total"),
    ),
    Fault(
        "v2-wrong-total",
        "v2",
        "`Total` off by one",
        PAGINATION,
        _ops("listOrgUsers"),
        change=edit_header("Total", add(1)),
    ),
    Fault(
        "v2-malformed-link",
        "v2",
        "`Link` parameters without `;`",
        PAGINATION,
        _ops("listOrgProjects"),
        change=edit_header("Link", lambda v: v.replace(">;", ">")),
    ),
    Fault(
        "v2-link-wrong-scheme",
        "v2",
        "`Link` URLs with the other scheme",
        PAGINATION,
        _ops("listOrgSecrets"),
        change=edit_header("Link", link_urls(other_scheme)),
    ),
    Fault(
        "v2-link-other-host",
        "v2",
        "`Link` URLs on another host",
        PAGINATION,
        _ops("listTeamUsers"),
        change=edit_header("Link", link_urls(other_host)),
    ),
    Fault(
        "v2-auth-not-enforced",
        "v2",
        "answers without a token",
        AUTH,
        rewrite=credentials_not_required,
    ),
    Fault(
        "v2-two-tokens-accepted",
        "v2",
        "the token in header and query at once accepted",
        AUTH,
        rewrite=several_credentials_accepted,
    ),
    Fault(
        "v2-query-token-refused",
        "v2",
        "`auth_token` not accepted",
        AUTH,
        rewrite=scheme_refused("tokenQuery"),
    ),
    Fault(
        "v2-server-error",
        "v2",
        "500 on a valid request for a secret",
        SERVER_ERROR,
        _ops("getSecret"),
        change=both(status(500), body(b'{"message": "Internal error"}', JSON)),
    ),
    Fault(
        "v2-error-body-format",
        "v2",
        '422 bodies as `{"error"}` instead of `{"message"}`',
        SCHEMA,
        statuses=UNPROCESSABLE,
        change=body(b'{"error": "Validation Failed"}', JSON),
    ),
    Fault(
        "v2-blank-error-message",
        "v2",
        "422 bodies with a blank `message`",
        ERROR_BODY,
        statuses=UNPROCESSABLE,
        change=body(b'{"message": " "}', JSON),
    ),
]

FAULTS: list[Fault] = [*V1, *V1ALPHA, *V2]
