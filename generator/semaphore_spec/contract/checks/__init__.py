"""The contract suite's own checks, registered with Schemathesis on import.

Each is a class-based Schemathesis 4 check (`@schemathesis.check` on a class with
`after_response`), instantiated once per run with its settings from the run's
configuration (`[checks.<Name>]`):

- `PaginationConsistency`: pagination headers present, well-formed and consistent
  with the page's items and URL (`pagination`);
- `ErrorBodyFormat`: error answers explain themselves in the surface's format
  (`errors`);
- `CredentialsRequired`: no token, no answer; every documented way of sending the
  token works (`auth`).
"""

from __future__ import annotations

from .auth import CredentialsRequired
from .errors import ErrorBodyFormat
from .failures import ContractFailure
from .pagination import PaginationConsistency

CUSTOM_CHECKS = (
    PaginationConsistency.__name__,
    ErrorBodyFormat.__name__,
    CredentialsRequired.__name__,
)

__all__ = [
    "CUSTOM_CHECKS",
    "ContractFailure",
    "CredentialsRequired",
    "ErrorBodyFormat",
    "PaginationConsistency",
]
