"""The `semaphore-spec contract` command."""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from contextlib import ExitStack
from pathlib import Path

from ..project import (
    EXIT_FOUND_PROBLEMS,
    EXIT_INCOMPLETE,
    EXIT_OK,
    EXIT_SIGNALLED,
    project_root,
)
from .defaults import DEFAULT_MAX_TIME, TOKEN_VARIABLE
from .errors import ContractError
from .redact import Redactor

DESCRIPTION = (
    "Run the Schemathesis contract suite of one surface against a server: examples, "
    "coverage scenarios, random cases and stateful sequences along the spec's links, "
    "checked for documented statuses, content types, schemas, headers, pagination, error "
    "bodies and authentication. Without --base-url the mock is started on a free port and "
    "tested. Exits 1 when anything fails, 3 when the run stopped before its end (--max-time, "
    "an unreachable target), 130/143 on Ctrl-C/SIGTERM; the reports are written every time."
)


def configure(parser: argparse.ArgumentParser) -> None:
    """The `contract` command's description, options and action."""
    parser.description = DESCRIPTION
    add_arguments(parser)
    parser.set_defaults(run=run)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The `contract` command's options."""
    parser.add_argument(
        "--surface", required=True, help="the surface to test (a name in spec/surfaces.yaml)"
    )
    parser.add_argument(
        "--base-url",
        help="the surface's server URL on the tested host, e.g. "
        "https://acme.semaphoreci.com/api/v1alpha (default: start the mock and test it)",
    )
    parser.add_argument(
        "--token",
        default=os.environ.get(TOKEN_VARIABLE),
        help=f"API token, sent where the registry says (default: ${TOKEN_VARIABLE}; "
        "required with --base-url); it never appears in the output or the reports. Prefer "
        f"${TOKEN_VARIABLE}: a --token value is visible to every user of the machine in "
        "the process list",
    )
    parser.add_argument(
        "--allow-writes",
        action="store_true",
        help="also test operations that create, change or delete (default: GET only)",
    )
    parser.add_argument(
        "--tag", action="append", default=[], help="test the operations with this tag (repeatable)"
    )
    parser.add_argument(
        "--operation-id",
        action="append",
        default=[],
        help="test this operation (repeatable; with --tag, either selects)",
    )
    parser.add_argument(
        "--report-dir",
        type=Path,
        default=Path("contract-reports"),
        help="where to write <surface>.junit.xml, <surface>.md and <surface>.har "
        "(default: %(default)s)",
    )
    parser.add_argument(
        "--max-examples",
        type=int,
        default=10,
        help="random cases per operation and phase (default: %(default)s)",
    )
    parser.add_argument(
        "--seed", type=int, help="seed of the random cases (default: random, printed)"
    )
    parser.add_argument(
        "--request-timeout",
        type=float,
        default=10.0,
        help="seconds per request (default: %(default)s)",
    )
    parser.add_argument(
        "--max-time",
        type=float,
        default=DEFAULT_MAX_TIME,
        help="seconds for the whole run, after which it stops (requests in flight finish "
        "within --request-timeout) and the reports are written, marked incomplete "
        "(default: %(default)s)",
    )
    parser.add_argument(
        "--har-max-body",
        type=int,
        default=1024 * 1024,
        help="bytes of one request or response body kept in the HAR (default: %(default)s)",
    )
    parser.add_argument(
        "--har-max-total",
        type=int,
        default=64 * 1024 * 1024,
        help="bytes of all bodies kept in the HAR; later bodies keep only their size "
        "(default: %(default)s)",
    )
    parser.add_argument("--fail-fast", action="store_true", help="stop at the first failure")
    parser.add_argument(
        "--stateless-server",
        action="store_true",
        help="the server keeps no state (a mock started separately): skip use_after_free",
    )


def run(args: argparse.Namespace) -> int:
    """Run the suite, write the reports; 0 when everything passed, 1 otherwise."""
    # Schemathesis and the engine load only when the command runs, not with every CLI call.
    from .reports import har_path, verdict_of, write_reports
    from .runner import ContractOptions, run_contract
    from .target import running_mock

    root = project_root(args)
    if args.max_examples < 1:
        raise ContractError("--max-examples must be at least 1")
    if args.max_time <= 0 or args.request_timeout <= 0:
        raise ContractError("--max-time and --request-timeout must be positive")
    if args.har_max_body < 0 or args.har_max_total < 0:
        raise ContractError("--har-max-body and --har-max-total cannot be negative")
    token = args.token
    if args.base_url is not None and not token:
        raise ContractError(f"--base-url needs a token: --token or ${TOKEN_VARIABLE}")
    # The mock accepts any token; a fresh one cannot collide with anything in the reports.
    token = token or f"mock-{secrets.token_hex(8)}"
    # Chosen and printed before anything runs, so that even an interrupted run can be
    # reproduced with --seed.
    seed = args.seed if args.seed is not None else secrets.randbelow(2**32)
    print(f"seed {seed} (reproduce with --seed {seed})", flush=True)
    with ExitStack() as stack:
        base_url = args.base_url
        if base_url is None:
            from ..mock.surfaces import server_path
            from ..registry import load_registry, select

            surface = select(load_registry(root), [args.surface])[0]
            origin = stack.enter_context(running_mock(root, args.surface))
            base_url = origin + server_path(surface, "default")
            print(f"started the mock of {args.surface} at {base_url}", flush=True)
        options = ContractOptions(
            surface=args.surface,
            token=token,
            base_url=base_url,
            allow_writes=args.allow_writes,
            tags=tuple(args.tag),
            operation_ids=tuple(args.operation_id),
            max_examples=args.max_examples,
            seed=seed,
            fail_fast=args.fail_fast,
            request_timeout=args.request_timeout,
            stateless_server=args.stateless_server or args.base_url is None,
            max_time=args.max_time,
            har_file=har_path(args.report_dir, args.surface),
            har_max_body=args.har_max_body,
            har_max_total=args.har_max_total,
        )
        print(
            f"contract test of {args.surface} against {Redactor(token).url(base_url)}", flush=True
        )
        result = run_contract(root, options, progress=lambda line: print(line, flush=True))
    paths = write_reports(result, args.report_dir)
    failures = result.failures
    print(
        f"{len(result.operations)} operations, {result.requests} requests, "
        f"seed {result.seed}: {verdict_of(result)}",
        flush=True,
    )
    if result.incomplete:
        stopped = result.stop_reason + (f" ({result.stop_detail})" if result.stop_detail else "")
        print(f"  INCOMPLETE: stopped: {Redactor(token).text(stopped)}", file=sys.stderr)
    for failure in failures:
        print(f"  FAILED {failure.operation} [{failure.check}] {failure.title}", file=sys.stderr)
    for kind, path in paths.items():
        print(f"{kind}: {path}")
    if result.stop_reason == "interrupted":
        return EXIT_SIGNALLED.get(result.stop_detail.removeprefix("by "), EXIT_INCOMPLETE)
    if result.incomplete:
        return EXIT_INCOMPLETE
    return EXIT_OK if result.passed else EXIT_FOUND_PROBLEMS
