"""The `semaphore-spec contract` command."""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from contextlib import ExitStack
from pathlib import Path

from .errors import ContractError
from .redact import Redactor

DESCRIPTION = (
    "Run the Schemathesis contract suite of one surface against a server: examples, "
    "coverage scenarios, random cases and stateful sequences along the spec's links, "
    "checked for documented statuses, content types, schemas, headers, pagination, error "
    "bodies and authentication. Without --base-url the mock is started on a free port and "
    "tested. Exits 1 when anything fails."
)
TOKEN_VARIABLE = "SEMAPHORE_TOKEN"
EXIT_PASSED, EXIT_FAILED = 0, 1


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `contract` subcommand to the `semaphore-spec` command line."""
    parser = commands.add_parser(
        "contract",
        help="contract-test a server (or the mock) against a surface's spec",
        description=DESCRIPTION,
    )
    add_arguments(parser)
    parser.set_defaults(run=run)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The `contract` command's options."""
    parser.add_argument("--surface", required=True, help="the surface to test (v1, v1alpha, v2)")
    parser.add_argument(
        "--base-url",
        help="the surface's server URL on the tested host, e.g. "
        "https://acme.semaphoreci.com/api/v1alpha (default: start the mock and test it)",
    )
    parser.add_argument(
        "--token",
        default=os.environ.get(TOKEN_VARIABLE),
        help=f"API token, sent where the registry says (default: ${TOKEN_VARIABLE}; "
        "required with --base-url); it never appears in the output or the reports",
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
    parser.add_argument("--fail-fast", action="store_true", help="stop at the first failure")
    parser.add_argument(
        "--stateless-server",
        action="store_true",
        help="the server keeps no state (a mock started separately): skip use_after_free",
    )


def run(args: argparse.Namespace) -> int:
    """Run the suite, write the reports; 0 when everything passed, 1 otherwise."""
    from ..cli import find_root  # the command line module imports this one

    # Schemathesis and the engine load only when the command runs, not with every CLI call.
    from .reports import write_reports
    from .runner import ContractOptions, run_contract
    from .target import running_mock

    root = Path(args.root).resolve() if getattr(args, "root", None) else find_root(Path.cwd())
    if args.max_examples < 1:
        raise ContractError("--max-examples must be at least 1")
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
        )
        print(
            f"contract test of {args.surface} against {Redactor(token).url(base_url)}", flush=True
        )
        result = run_contract(root, options, progress=lambda line: print(line, flush=True))
    paths = write_reports(result, args.report_dir)
    failures = result.failures
    verdict = (
        "passed" if result.passed else f"{len(failures)} failure(s), {len(result.errors)} error(s)"
    )
    print(
        f"{len(result.operations)} operations, {len(result.exchanges)} requests, "
        f"seed {result.seed}: {verdict}",
        flush=True,
    )
    for failure in failures:
        print(f"  FAILED {failure.operation} [{failure.check}] {failure.title}", file=sys.stderr)
    for kind, path in paths.items():
        print(f"{kind}: {path}")
    return EXIT_PASSED if result.passed else EXIT_FAILED
