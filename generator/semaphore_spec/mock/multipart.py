"""Reading a `multipart/form-data` request body (RFC 7578) into its form fields.

The standard library's MIME parser splits the parts; each part names its field in
`Content-Disposition`. A part with a file name (an upload) keeps its bytes as Latin-1
text, so that any content reads as a string the schema can check (a `binary` string
has no other constraint); any other part is UTF-8 text. A body the parser finds
defects in (no boundary, a part without a name, text that is not UTF-8) is refused
with the reason.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import HTTP


class MultipartError(ValueError):
    """The body is not a well-formed `multipart/form-data` body; says why."""


def form_fields(content_type: str, body: bytes) -> dict[str, list[str]]:
    """Field name -> its values, in order; raises `MultipartError` for a malformed body."""
    head = f"Content-Type: {content_type}\r\n\r\n".encode("latin-1", errors="replace")
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    if not isinstance(message, EmailMessage) or message.get_boundary() is None:
        raise MultipartError("not a multipart body: its Content-Type gives no boundary")
    if message.defects or not message.is_multipart():
        reason = (message.defects[0].__doc__ or "").strip() if message.defects else ""
        raise MultipartError(f"malformed multipart body: {reason or 'no parts'}")
    fields: dict[str, list[str]] = {}
    for index, part in enumerate(message.iter_parts()):
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):  # `name=""` is a field too, as for a form
            raise MultipartError(f"part {index + 1} names no form field")
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        if part.get_filename() is not None:
            text = data.decode("latin-1")
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise MultipartError(f"field {name!r} is not UTF-8 text: {exc}") from None
        fields.setdefault(name, []).append(text)
    return fields
