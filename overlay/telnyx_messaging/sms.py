"""How many parts (and so how many billed units) an SMS text takes.

    >>> from telnyx_messaging import sms
    >>> sms.segments("Hello")
    Segments(encoding='GSM-7', parts=1, units=5, per_part=160)
    >>> sms.segments("Price: 5 €").units  # € is in the GSM-7 extension table: two septets
    11
    >>> sms.segments("Grüße 👋").encoding
    'UCS-2'

GSM-7 (3GPP TS 23.038 default alphabet) fits 160 septets in one part and 153 per part when
split (7 go to the concatenation header); the extension characters ``^{}\\[~]|€`` and form
feed take two septets, an escape and the character, and a pair is never split across parts.
Any other character makes the whole text UCS-2: 70 UTF-16 code units in one part, 67 per part,
and a surrogate pair (an emoji, say) is never split. Telnyx accepts at most 10 parts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

__all__ = ["GSM7_EXTENSION", "MAX_PARTS", "Segments", "segments"]

MAX_PARTS: Final = 10
GSM7_SINGLE, GSM7_MULTI = 160, 153
UCS2_SINGLE, UCS2_MULTI = 70, 67

# The default alphabet, in table order (the escape 0x1B is left out: it is not a character).
_GSM7_BASIC: Final = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION: Final = frozenset("\f^{}\\[~]|€")

Encoding = Literal["GSM-7", "UCS-2"]


@dataclass(frozen=True, slots=True)
class Segments:
    """`parts` is what Telnyx bills; `units` the septets (GSM-7) or UTF-16 code units (UCS-2)
    the text takes; `per_part` what one part holds in this encoding and part count."""

    encoding: Encoding
    parts: int
    units: int
    per_part: int

    @property
    def too_long(self) -> bool:
        """More parts than Telnyx accepts in one message."""
        return self.parts > MAX_PARTS


def segments(text: str) -> Segments:
    """The encoding and number of parts of `text` as an SMS (an empty text is one part)."""
    if not isinstance(text, str):
        raise TypeError(f"segments() needs a str, not {type(text).__name__}")
    if _is_gsm7(text):
        costs = [2 if ch in GSM7_EXTENSION else 1 for ch in text]
        return _pack("GSM-7", costs, GSM7_SINGLE, GSM7_MULTI)
    costs = [2 if ord(ch) > 0xFFFF else 1 for ch in text]
    return _pack("UCS-2", costs, UCS2_SINGLE, UCS2_MULTI)


def _is_gsm7(text: str) -> bool:
    return all(ch in _GSM7_BASIC or ch in GSM7_EXTENSION for ch in text)


def _pack(encoding: Encoding, costs: list[int], single: int, multi: int) -> Segments:
    units = sum(costs)
    if units <= single:
        return Segments(encoding, 1, units, single)
    parts, room = 1, multi
    for cost in costs:  # greedy: a two-unit character that does not fit starts the next part
        if cost > room:
            parts, room = parts + 1, multi
        room -= cost
    return Segments(encoding, parts, units, multi)
