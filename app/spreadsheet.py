"""CSV downloads: cells a spreadsheet shows as text, never runs as formulas, and the response
that streams them."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from flask import Response, stream_with_context


def safe_cell(value: object) -> str:
    """A value a spreadsheet shows as text, never runs as a formula (OWASP's CSV injection):
    a failed login's detail, a search's words, are whatever someone typed."""
    text = "" if value is None else str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_response(filename: str, rows: Iterable[Iterable[object]]) -> Response:
    """`rows` (a header first) as a CSV download, streamed a row at a time, every cell made
    safe."""

    def lines():
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        for row in rows:
            writer.writerow([safe_cell(value) for value in row])
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()

    return Response(stream_with_context(lines()), mimetype="text/csv", headers={
        "Content-Disposition": f'attachment; filename="{filename}"'})
