"""Sender and recipient addresses: E.164 numbers, short codes, alphanumeric sender IDs.

Short codes: Telnyx provisions 5-6 digit short codes (US, Canada, UK) and routes to the
short codes of the carriers it reaches, which run from 3 digits (Italy, the Philippines) to
6. We accept 3-6 ASCII digits. Longer all-digit strings are not short codes anywhere Telnyx
sends: a 7-digit value is almost always a local number missing its country and area code
(`"5551234"`), which the API would only reject later, after the call.
Alphanumeric sender IDs: 1-11 ASCII letters, digits or spaces (the spec's `alpha_sender`
pattern, the GSM 03.40 11-character limit) with at least one letter, since an all-digit
sender would be read as a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from .._exceptions import ValidationError
from .core import type_name
from .e164 import EXAMPLE, e164_problem, is_e164, suggest_e164, tidy

SHORT_CODE_MIN, SHORT_CODE_MAX = 3, 6
ALNUM_MAX = 11
_ALNUM: Final = re.compile(r"[A-Za-z0-9 ]{1,11}")


PHONE_TEXT: Final = f"an E.164 phone number (e.g. {EXAMPLE!r})"
SHORT_CODE_TEXT: Final = f"a short code ({SHORT_CODE_MIN}-{SHORT_CODE_MAX} digits)"
ALNUM_TEXT: Final = f"an alphanumeric sender ID (1-{ALNUM_MAX} ASCII letters, digits or spaces, at least one letter)"


def is_short_code(value: object) -> bool:
    return (
        isinstance(value, str)
        and SHORT_CODE_MIN <= len(value) <= SHORT_CODE_MAX
        and value.isascii()
        and value.isdigit()
    )


def is_alphanumeric_sender(value: object) -> bool:
    # Once the pattern matched (ASCII only), changing case changes the text iff it has a letter.
    return (
        isinstance(value, str)
        and len(value) <= ALNUM_MAX
        and _ALNUM.fullmatch(value) is not None
        and value.lower() != value.upper()
    )


def short_code_problem(value: str) -> str:
    digits = tidy(value)
    if not digits.isascii() or not digits.isdigit():
        return "may contain only the digits 0-9"
    if digits != value:
        return "contains spaces, punctuation or non-ASCII digits"
    count = "1 digit" if len(value) == 1 else f"{len(value)} digits"
    return f"has {count}; short codes have {SHORT_CODE_MIN} to {SHORT_CODE_MAX}"


def alphanumeric_problem(value: str) -> str:
    if len(value) > ALNUM_MAX:
        return f"has {len(value)} characters; alphanumeric sender IDs have at most {ALNUM_MAX}"
    odd = "".join(sorted({ch for ch in value if not (ch.isascii() and (ch.isalnum() or ch == " "))}))
    if odd:
        return f"contains {odd!r}; alphanumeric sender IDs allow only ASCII letters, digits and spaces"
    return "needs at least one letter (an all-digit sender is a phone number or short code)"


def _suggest_short_code(value: str) -> str | None:
    text = tidy(value)
    return text if text != value and is_short_code(text) else None


@dataclass(frozen=True, slots=True)
class Address:
    """A string in one of the accepted forms. The error names what is accepted and, for the
    form the caller most likely meant, what is wrong and the fix when one follows."""

    phone: bool = False
    short_code: bool = False
    alphanumeric: bool = False

    @property
    def accepted(self) -> str:
        flags = (self.phone, self.short_code, self.alphanumeric)
        parts = [text for text, on in zip((PHONE_TEXT, SHORT_CODE_TEXT, ALNUM_TEXT), flags, strict=True) if on]
        return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " or " + parts[-1]

    def __call__(self, value: object, param: str) -> None:
        if (
            (self.phone and is_e164(value))
            or (self.short_code and is_short_code(value))
            or (self.alphanumeric and is_alphanumeric_sender(value))
        ):
            return
        raise self.error(value, param)

    def error(self, value: object, param: str) -> ValidationError:
        if not isinstance(value, str):
            return self._type_error(value, param)
        fix = None
        if not value.strip():
            problem = "is empty" if not value else "is blank"
        elif self._aims_at_phone(value):
            problem, fix = e164_problem(value), suggest_e164(value)
            if self.short_code and fix is None and value.startswith("+") and is_short_code(value[1:]):
                problem += "; a short code is written without '+'"
        elif self.alphanumeric and (not self.short_code or any(ch.isalpha() for ch in value)):
            problem = alphanumeric_problem(value)
            if not self.phone and (is_e164(value) or is_short_code(value)):
                problem = "is a phone number or short code; send those with messages.send"
        else:
            problem, fix = short_code_problem(value), _suggest_short_code(value)
        return ValidationError(param, value, f"must be {self.accepted}; {problem}", suggestion=fix)

    def _aims_at_phone(self, value: str) -> bool:
        """Whether to explain the E.164 rule: the only form, or the input looks like a number."""
        if not self.phone:
            return False
        if not (self.short_code or self.alphanumeric):
            return True
        digits = sum(ch.isdecimal() for ch in value)
        return "+" in value or "\uff0b" in value or value.lstrip().startswith("00") or digits > SHORT_CODE_MAX

    def _type_error(self, value: object, param: str) -> ValidationError:
        fix = None
        # An int cannot hold '+', so only the short code reading of one is unambiguous.
        if self.short_code and isinstance(value, int) and not isinstance(value, bool) and is_short_code(str(value)):
            fix = str(value)
        return ValidationError(
            param, value, f"must be {self.accepted}, as a str, not {type_name(value)}", suggestion=fix
        )


PHONE: Final = Address(phone=True)
PHONE_OR_SHORT_CODE: Final = Address(phone=True, short_code=True)
ANY_SENDER: Final = Address(phone=True, short_code=True, alphanumeric=True)
ALPHANUMERIC_SENDER: Final = Address(alphanumeric=True)
