"""Decoding a JSON response body: `json.loads`, minus its Python wrappers in the usual case.

`json.loads(bytes)` sniffs the encoding, decodes, then runs two whitespace regexes around
the C scanner; for a UTF-8 body that starts with its value that is ~13 % of the decode (and
~1 % of a whole call with `.data` read). Any body the short path is not sure about (a BOM,
UTF-16/32, leading or trailing data, an error) goes through `json.loads` itself, so the
values, and the errors for malformed bodies, are exactly `json.loads`'s.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

# The same C scanner json.loads uses: an attribute every JSONDecoder has had since Python 2.6,
# undeclared by typeshed. Should one lack it, every body goes through json.loads.
_scan_once: Callable[[str, int], tuple[Any, int]] | None = getattr(json.JSONDecoder(), "scan_once", None)
_JSON_WHITESPACE = " \t\n\r"


def loads(content: bytes) -> Any:
    if _scan_once is None:
        return json.loads(content)
    try:
        text = content.decode()
        value, end = _scan_once(text, 0)
    except (UnicodeDecodeError, StopIteration, ValueError, RecursionError):
        return json.loads(content)  # raises the error json.loads would, or decodes what we did not
    if end != len(text) and text[end:].strip(_JSON_WHITESPACE):
        return json.loads(content)  # "Extra data" (or another encoding that decoded as UTF-8)
    return value
