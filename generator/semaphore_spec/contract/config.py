"""The Schemathesis configuration of a contract run, in Schemathesis' own config format.

Which checks run, and why some built-in ones do not:

- on: server errors, documented statuses, content types, response schemas and
  headers, acceptance of conforming and rejection of non-conforming requests, the
  stateful checks (`ensure_resource_availability`: what a create returns can be read
  back through the spec's links; `use_after_free`), and the project's own
  (`checks.CUSTOM_CHECKS`);
- off: `ignored_auth` sends a made-up token and expects a refusal, which only a
  server that knows the real token can give (`CredentialsRequired` probes what any
  server must do); `unsupported_method` and `allow_header_conformance` expect 405
  and `Allow` for an undocumented method, while the real servers answer 404 (see
  the mock's conventions); `use_after_free` against a server that keeps no state
  (the mock answers a read of a deleted resource from its recordings).

Some conforming requests are refused because of the resource's state, which no
schema can express; the registry's `conventions.state_refusals` lists them with the
status their spec documents for it, and `positive_data_acceptance` accepts that status for them.

Credentials go where the registry's first `auth` entry says, through Schemathesis'
OpenAPI-aware auth (`[auth.openapi.<scheme>]`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from schemathesis.config import SchemathesisConfig

from ..mock.auth import Scheme
from .checks import CredentialsRequired
from .har import MAX_BODY_BYTES

# Schemathesis' phases, all on by default.
PHASES = ("examples", "coverage", "fuzzing", "stateful")
DISABLED_CHECKS = ("ignored_auth", "unsupported_method", "allow_header_conformance")
STATEFUL_MEMORY_CHECKS = ("use_after_free",)

# Schemathesis' own default for `positive_data_acceptance`.
ACCEPTED = ("2xx", "3xx", "401", "403", "404", "409", "429", "5xx")


def auth_config(scheme: Scheme, token: str) -> dict[str, Any]:
    """`[auth.openapi.<scheme>]` carrying `token` the way `scheme` sends it."""
    bearer = scheme.prefix.strip().lower() == "bearer"
    if scheme.location == "header" and scheme.param.lower() == "authorization" and bearer:
        return {scheme.name: {"bearer": token}}
    return {scheme.name: {"api_key": f"{scheme.prefix}{token}"}}


def build(
    *,
    state_refusals: Mapping[str, list[str]],
    scheme: Scheme,
    token: str,
    seed: int,
    max_examples: int,
    request_timeout: float,
    fail_fast: bool,
    multiple_credentials_refused: bool,
    stateless_server: bool,
    phases: tuple[str, ...] = PHASES,
    max_recorded_body: int = MAX_BODY_BYTES,
) -> SchemathesisConfig:
    """The run's configuration (see the module docstring)."""
    disabled = DISABLED_CHECKS + (STATEFUL_MEMORY_CHECKS if stateless_server else ())
    checks: dict[str, Any] = {name: {"enabled": False} for name in disabled}
    checks[CredentialsRequired.__name__] = {"multiple_refused": multiple_credentials_refused}
    data: dict[str, Any] = {
        "seed": seed,
        # Reports redact the token themselves, exactly; Schemathesis' own masking would
        # also hide `unique_token` and `include_secrets` values and break reproductions.
        # The recorder keeps no more of a body than the cassette can show (`--har-max-body`):
        # with huge answers, its copies were a tenth of the run's memory.
        "output": {
            "sanitization": {"enabled": False},
            "truncation": {"max-recorded-payload-size": max(1, max_recorded_body)},
        },
        # Nothing is written to disk but the reports asked for.
        "cache": {"enabled": False},
        "workers": 1,
        "request-timeout": request_timeout,
        "generation": {
            "mode": "all",
            "max-examples": max_examples,
            "database": "none",
            # Credentials are the configured ones; Schemathesis must not invent others.
            "with-security-parameters": False,
            # The servers ignore query parameters and headers they do not know (so does the
            # mock): a request that only adds one is valid to them, not negative data.
            "allow-extra-parameters": False,
        },
        "auth": {"openapi": auth_config(scheme, token)},
        "checks": checks,
        "phases": {
            # Coverage would send every undocumented method to each path and expect 405;
            # the servers answer 404 (unsupported_method is off), and a read-only run must
            # not send DELETE or POST anywhere.
            "coverage": {"enabled": "coverage" in phases, "unexpected-methods": []},
            # Recorded requests are published as examples, but a request that was recorded
            # with no input (v1 listProjects takes none) leaves nothing to attach one to:
            # fill-missing sends one generated request there instead of skipping.
            "examples": {"enabled": "examples" in phases, "fill-missing": True},
            **{
                name: {"enabled": name in phases}
                for name in PHASES
                if name not in ("coverage", "examples")
            },
        },
        "operations": [
            {
                "include-operation-id": operation_id,
                "checks": {
                    "positive_data_acceptance": {"expected-statuses": [*ACCEPTED, *statuses]}
                },
            }
            for operation_id, statuses in state_refusals.items()
        ],
    }
    if fail_fast:
        data["max-failures"] = 1
    return SchemathesisConfig.from_dict(data)
