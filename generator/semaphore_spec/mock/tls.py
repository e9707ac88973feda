"""A throwaway certificate authority and server certificate for `mock --tls`.

Clients that insist on `https://` can be pointed at the mock by trusting the CA file
(`httpx.Client(verify=<ca file>)`, `curl --cacert <ca file>`, `SSL_CERT_FILE`). The
CA exists only for one run of the mock; its key is never written anywhere.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import trustme

CA_FILE = "ca.pem"
SERVER_FILE = "server.pem"


@dataclass(frozen=True)
class TlsFiles:
    """Where the CA certificate (for clients) and the server's key and chain were written."""

    ca_file: Path
    server_file: Path  # private key and certificate chain, PEM, readable by the owner only


def server_names(host: str) -> list[str]:
    """The names the server certificate covers: the loopback names plus `host`."""
    names = ["127.0.0.1", "::1", "localhost"]
    unbracketed = host.strip("[]")
    if unbracketed and unbracketed not in names and not _is_unspecified(unbracketed):
        names.append(unbracketed)
    return names


def _is_unspecified(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_unspecified
    except ValueError:
        return False


def issue(directory: Path, names: Sequence[str], ca_file: Path | None = None) -> TlsFiles:
    """Create a CA, issue a certificate for `names`, write both; return the paths.

    The CA certificate goes to `ca_file` (default `<directory>/ca.pem`), the server's key
    and chain to `<directory>/server.pem`.
    """
    authority = trustme.CA(organization_name="semaphore-spec mock")
    certificate = authority.issue_cert(*names)
    ca_path = ca_file or directory / CA_FILE
    ca_path.parent.mkdir(parents=True, exist_ok=True)
    authority.cert_pem.write_to_path(str(ca_path))
    server_path = directory / SERVER_FILE
    server_path.touch(mode=0o600)
    certificate.private_key_and_cert_chain_pem.write_to_path(str(server_path))
    return TlsFiles(ca_file=ca_path, server_file=server_path)
