"""E.164: the fast check, and on failure the reason and (when unambiguous) the fix."""

from __future__ import annotations

import unicodedata
from typing import TypeGuard

from .._country_codes import COUNTRY_CODES

MIN_DIGITS = 7  # the shortest assigned numbers: Niue, +683 and 4 digits
MAX_DIGITS = 15  # E.164 section 6: at most 15 digits including the country code
EXAMPLE = "+13125550001"
# Separators people type inside numbers; dropping them never changes the digits.
_SEPARATORS = frozenset("-.()/[]")
_FULLWIDTH_PLUS = "\uff0b"


# Every 3-digit string that starts with an assigned code: E.164 codes are prefix-free and a
# valid number has at least 7 digits, so one set lookup settles the country code.
_CODE_PREFIXES = frozenset(
    f"{n:03d}" for n in range(1000) if any(f"{n:03d}"[:size] in COUNTRY_CODES for size in (1, 2, 3))
)


def is_e164(value: object) -> TypeGuard[str]:
    """'+', an assigned country code, 7-15 ASCII digits in all. No regex: a few str ops."""
    if value.__class__ is not str and not isinstance(value, str):
        return False
    digits = value[1:]
    return (
        MIN_DIGITS <= len(digits) <= MAX_DIGITS
        and value[0] == "+"
        and digits.isascii()
        and digits.isdigit()
        and digits[:3] in _CODE_PREFIXES
    )


def tidy(value: str) -> str:
    """The same characters minus formatting: separators and whitespace dropped, Unicode
    digits and the full-width plus made ASCII, a `tel:` scheme removed. Digits are
    never added, dropped or reordered, so the result is what the caller meant."""
    text = value.strip()
    if text[:4].lower() == "tel:":
        text = text[4:]
    out = []
    for ch in text:
        if ch.isdecimal():
            out.append(str(unicodedata.decimal(ch)))
        elif ch == _FULLWIDTH_PLUS:
            out.append("+")
        elif not (ch.isspace() or ch in _SEPARATORS or unicodedata.category(ch) in ("Pd", "Cf")):
            out.append(ch)
    return "".join(out)


def suggest_e164(value: str) -> str | None:
    """A corrected E.164 form, only when it follows from the input without guessing:
    formatting removed, and a leading international prefix '00' written as '+'. A "(0)"
    (the trunk prefix in "+44 (0)20 ...") must be dropped, not kept: no suggestion then."""
    if "(0)" in "".join(value.split()):
        return None
    text = tidy(value)
    if text.startswith("00"):
        text = "+" + text[2:]
    return text if text != value and is_e164(text) else None


def e164_problem(value: str) -> str:
    """Why a string is not E.164, as the first broken rule in reading order."""
    if not value.strip():
        return "is empty" if not value else "is blank"
    odd = _odd_characters(value)
    if odd:
        return odd
    if value[0] != "+":
        if value.startswith("00"):
            return "starts with the dialling prefix '00'; E.164 writes '+' instead"
        return (
            "has no '+' and country code (for a national number use "
            "telnyx_messaging.phone.normalize(number, region=...))"
        )
    digits = value[1:]
    if "+" in digits:
        return "may contain '+' only as its first character"
    if len(digits) < MIN_DIGITS:
        return f"has {_count(len(digits))} after '+'; E.164 numbers have {MIN_DIGITS} to {MAX_DIGITS}"
    if len(digits) > MAX_DIGITS:
        return f"has {_count(len(digits))} after '+'; E.164 allows at most {MAX_DIGITS}"
    if digits[0] == "0":
        return "country calling codes never start with 0"
    return f"'+{digits[:3]}...' does not begin with an assigned ITU-T E.164 country calling code"


def _count(n: int) -> str:
    return f"{n} digit" if n == 1 else f"{n} digits"


_NAMES = {" ": "space", "\n": "newline", "\t": "tab", "\r": "carriage return", "\u00a0": "no-break space"}


def _odd_characters(value: str) -> str | None:
    """Describe characters other than '+' and ASCII digits, or None when there are none."""
    odd = {ch for ch in value if ch != "+" and not ("0" <= ch <= "9")}
    if not odd:
        return None
    if any(ch.isdecimal() for ch in odd):
        return "contains non-ASCII digits; use 0-9"
    if any(ch.isalpha() for ch in odd):
        return "contains letters; E.164 is '+' followed by digits only"
    shown = ", ".join(_NAMES.get(ch, repr(ch)) for ch in sorted(odd))
    return f"contains {shown}; E.164 is '+' followed by digits only"
