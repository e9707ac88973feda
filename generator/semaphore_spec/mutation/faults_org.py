"""Faulty servers of the org-scoped Public API v2 surface (see faults.py for the form).

Kept apart from faults.py, which holds the other surfaces' faults and is at its size
limit. The pagination check has no promises for this surface's token style yet,
so no fault here is about its headers.
"""

from __future__ import annotations

from .changes import body, both, content_type, drop_member, set_member, status
from .fault import Fault, credentials_not_required
from .kinds import AUTH, ERROR_BODY, JSON, MEDIA, SCHEMA, SERVER_ERROR, STATUS, UNPROCESSABLE

SURFACE = "org-public-v2"

ORG_PUBLIC_V2 = [
    Fault(
        "org-public-v2-missing-field",
        SURFACE,
        "a project without its required `metadata`",
        SCHEMA,
        frozenset({"describeProject"}),
        change=drop_member("", "metadata"),
    ),
    Fault(
        "org-public-v2-unknown-enum",
        SURFACE,
        "a pipeline `state` outside the closed enum",
        SCHEMA,
        frozenset({"describePipeline"}),
        change=set_member("pipeline", "state", lambda old: "SLEEPING"),
    ),
    Fault(
        "org-public-v2-wrong-status",
        SURFACE,
        "a workflow answered 201",
        STATUS,
        frozenset({"describeWorkflow"}),
        change=status(201),
    ),
    Fault(
        "org-public-v2-wrong-content-type",
        SURFACE,
        "an agent type labelled text/html",
        MEDIA,
        frozenset({"describeAgentType"}),
        change=content_type("text/html; charset=utf-8"),
    ),
    Fault(
        "org-public-v2-auth-not-enforced",
        SURFACE,
        "answers without a bearer token",
        AUTH,
        rewrite=credentials_not_required,
    ),
    Fault(
        "org-public-v2-server-error",
        SURFACE,
        "500 on a valid request for a secret",
        SERVER_ERROR,
        frozenset({"describeSecret"}),
        change=both(status(500), body(b'"Internal error"', JSON)),
    ),
    Fault(
        "org-public-v2-validation-body",
        SURFACE,
        "422 bodies without `errors`",
        SCHEMA,
        statuses=UNPROCESSABLE,
        change=body(b'{"message": "Validation Failed"}', JSON),
    ),
    Fault(
        "org-public-v2-blank-error-message",
        SURFACE,
        "422 bodies with a blank `message`",
        ERROR_BODY,
        statuses=UNPROCESSABLE,
        change=body(b'{"message": " ", "errors": []}', JSON),
    ),
]
