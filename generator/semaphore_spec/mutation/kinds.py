"""What the faults are told apart by: the checks expected to see them, the statuses
they touch, and the media types of the bodies they put in."""

from __future__ import annotations

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
