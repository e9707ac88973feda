"""Test code that uses the client without a network: replay or record exchanges.

    from semaphoreci_openapi.testing import FixtureTransport
    from semaphoreci_openapi.v1alpha import Client

    transport = FixtureTransport.for_surface("v1alpha")
    client = Client("TOKEN", org_name="myorg", transport=transport)

`FixtureTransport` answers from recorded exchanges: the ones shipped with this package
for each surface (`v1`, `v1alpha`, `v2`, `org_secrets_v1beta`, `project_secrets_v1`, `org_public_v2`), or
`FixtureTransport.from_path(...)` on fixture files, folders of them or a published
`fixtures.json` (YAML needs the `testing` extra, PyYAML); `match_body=True` also compares
request bodies. `RecordingTransport` records real ones with the token replaced by `TOKEN`,
`use_transport` routes every client built in a `with` block to a transport.
"""

from ._runtime.testing import (
    PLACEHOLDER,
    Fixture,
    FixtureFileNotFound,
    FixtureNotFound,
    FixtureTransport,
    RecordingTransport,
    use_transport,
)

__all__ = [
    "PLACEHOLDER",
    "Fixture",
    "FixtureFileNotFound",
    "FixtureNotFound",
    "FixtureTransport",
    "RecordingTransport",
    "use_transport",
]
