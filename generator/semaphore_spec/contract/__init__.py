"""`semaphore-spec contract`: the Schemathesis contract suite of a surface against any server.

`runner.run_contract` runs every Schemathesis phase (examples, coverage, fuzzing,
stateful along the spec's OpenAPI links) with the built-in checks and the project's
own (`checks`: pagination, error bodies, authentication), against a base URL or an
in-process ASGI app; `reports.write_reports` writes JUnit XML, a Markdown summary
with reproducing curl commands and a HAR cassette, the token redacted throughout;
`command.configure` sets up the `contract` command of the CLI.
"""

# Nothing is imported here: `command` (and so `semaphore-spec contract --help`) needs
# no runner, and importing Schemathesis costs most of a second. Import from the
# modules: `runner`, `reports`, `results`, `errors`.
