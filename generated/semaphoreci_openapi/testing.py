"""Test code that uses the client without a network: replay or record exchanges.

    from semaphoreci_openapi.testing import FixtureTransport
    from semaphoreci_openapi.v1alpha import Client

    transport = FixtureTransport.from_path("tests/fixtures/v1alpha")
    client = Client("TOKEN", org_name="myorg", transport=transport)

`FixtureTransport` answers from recorded exchanges (YAML needs the `testing` extra,
PyYAML), `RecordingTransport` records real ones with the token replaced by `TOKEN`,
`use_transport` routes every client built in a `with` block to a transport.
"""

from ._runtime.testing import (
    PLACEHOLDER,
    Fixture,
    FixtureNotFound,
    FixtureTransport,
    RecordingTransport,
    use_transport,
)

__all__ = [
    "PLACEHOLDER",
    "Fixture",
    "FixtureNotFound",
    "FixtureTransport",
    "RecordingTransport",
    "use_transport",
]
