"""Campaign messages from a CSV file, streamed, each carrying its line number.

The header names the columns: `to` (or `phone`) is required; `from`, `text`, `key`,
`media_urls` (space-separated), `subject`, `webhook_url` and `messaging_profile_id` are read
when present. A text template (`"Hi {name}"`) is filled from the row's columns; a template
naming a missing column rejects that row, with its line, instead of sending a broken text.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .._exceptions import ValidationError
from ._message import RejectedRow

_TO_COLUMNS = ("to", "phone", "phone_number")
_PASSED = ("from", "key", "subject", "webhook_url", "messaging_profile_id", "text")


def read_messages(
    path: str | Path,
    *,
    from_: str | None = None,
    text: str | None = None,
    messaging_profile_id: str | None = None,
) -> Iterator[dict[str, Any] | RejectedRow]:
    """Yield one dict per data row (fields of CampaignMessage plus `line`), or a RejectedRow."""
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        columns = reader.fieldnames or []
        to_column = next((c for c in _TO_COLUMNS if c in columns), None)
        if to_column is None:
            raise ValidationError("csv", str(path), f"needs a header with a 'to' column (found {columns})")
        for row in reader:
            line = reader.line_num
            yield _message(row, line, to_column, from_=from_, text=text, profile=messaging_profile_id)


def _message(
    row: dict[str, str | None], line: int, to_column: str, *, from_: str | None, text: str | None, profile: str | None
) -> dict[str, Any] | RejectedRow:
    values = {k: (v or "").strip() for k, v in row.items() if k is not None}
    message: dict[str, Any] = {"to": values.get(to_column, ""), "line": line}
    for name in _PASSED:
        if values.get(name):
            message[name] = values[name]
    if "from" not in message and from_:
        message["from"] = from_
    if "messaging_profile_id" not in message and profile:
        message["messaging_profile_id"] = profile
    if values.get("media_urls"):
        message["media_urls"] = values["media_urls"].split()
    if "text" not in message and text is not None:
        try:
            message["text"] = text.format_map(values)
        except (KeyError, IndexError, ValueError) as error:
            return RejectedRow(line, ValidationError("text", text, f"the template needs column {error}"))
    return message
