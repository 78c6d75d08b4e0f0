"""How Telnyx splits a text into parts: GSM-7 when every character fits, else UCS-2.

GSM-7: 160 septets in one part, 153 per part when concatenated; the extension characters
``^ { } \\ [ ~ ] | €`` (and form feed) take two septets and are never split across parts.
UCS-2: 70 UTF-16 code units in one part, 67 per part (a surrogate pair is never split).
A message may have at most `MAX_PARTS` parts.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_PARTS = 10
GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENSION = frozenset("^{}\\[~]|€\f")


@dataclass(frozen=True)
class Encoded:
    encoding: str  # "GSM-7" | "UCS-2"
    parts: int
    num_chars: int


def _split(units: list[int], single: int, multi: int) -> int:
    """Parts needed for characters of the given widths, never splitting a character."""
    total = sum(units)
    if total <= single:
        return 1
    parts, used = 1, 0
    for width in units:
        if used + width > multi:
            parts, used = parts + 1, 0
        used += width
    return parts


def encode(text: str) -> Encoded:
    if all(ch in GSM_BASIC or ch in GSM_EXTENSION for ch in text):
        widths = [2 if ch in GSM_EXTENSION else 1 for ch in text]
        return Encoded("GSM-7", _split(widths, 160, 153), len(text))
    widths = [2 if ord(ch) > 0xFFFF else 1 for ch in text]
    return Encoded("UCS-2", _split(widths, 70, 67), len(text))
