"""Rules for single values: strings, enums, numbers, booleans, UUIDs, URLs, patterns."""

from __future__ import annotations

import enum
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final
from urllib.parse import urlsplit

from .._exceptions import ValidationError
from .core import type_name

_HEX = "[0-9a-fA-F]"
_UUID: Final = re.compile(rf"{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}|{_HEX}{{32}}")
UUID_EXAMPLE: Final = "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"


@dataclass(frozen=True, slots=True)
class Text:
    """A str; `non_empty` when the spec says so; `max_length` when it states one."""

    non_empty: bool = False
    max_length: int | None = None

    def __call__(self, value: object, param: str) -> None:
        if not isinstance(value, str):
            raise ValidationError(param, value, f"must be a string, not {type_name(value)}")
        if self.non_empty and not value:
            raise ValidationError(param, value, "must not be empty")
        if self.max_length is not None and len(value) > self.max_length:
            raise ValidationError(param, value, f"has {len(value)} characters; at most {self.max_length} allowed")


@dataclass(frozen=True, slots=True)
class Choice:
    """One of the spec's enum values; the error lists them all."""

    values: tuple[str, ...]

    def __call__(self, value: object, param: str) -> None:
        raw = value.value if isinstance(value, enum.Enum) else value
        if isinstance(raw, str) and raw in self.values:
            return
        listed = ", ".join(repr(v) for v in self.values)
        raise ValidationError(param, value, f"must be one of {listed}", suggestion=self._fix(raw))

    def _fix(self, raw: object) -> str | None:
        text = raw.strip() if isinstance(raw, str) else str(raw) if isinstance(raw, int | float) else None
        if text is None:
            return None
        close = [v for v in self.values if v.lower() == text.lower()]
        return close[0] if len(close) == 1 else None


@dataclass(frozen=True, slots=True)
class Integer:
    """An int (not a bool) within the spec's bounds. `digits_ok`: for query parameters a
    string of digits is the same on the wire."""

    minimum: int | None = None
    maximum: int | None = None
    digits_ok: bool = True

    def __call__(self, value: object, param: str) -> None:
        number = value
        if self.digits_ok and isinstance(value, str) and value.isascii() and value.isdigit():
            number = int(value)
        if not isinstance(number, int) or isinstance(number, bool):
            raise ValidationError(param, value, f"must be an integer, not {type_name(value)}")
        _within(number, self.minimum, self.maximum, value, param)


@dataclass(frozen=True, slots=True)
class Number:
    """An int or float (not a bool) within the spec's bounds (`type: number`)."""

    minimum: float | None = None
    maximum: float | None = None

    def __call__(self, value: object, param: str) -> None:
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise ValidationError(param, value, f"must be a number, not {type_name(value)}")
        _within(value, self.minimum, self.maximum, value, param)


def _within(number: float, minimum: float | None, maximum: float | None, value: object, param: str) -> None:
    if minimum is not None and number < minimum:
        raise ValidationError(param, value, f"must be at least {minimum}")
    if maximum is not None and number > maximum:
        raise ValidationError(param, value, f"must be at most {maximum}")


@dataclass(frozen=True, slots=True)
class Boolean:
    """True or False. `strings_ok`: a query flag also takes 'true'/'false'."""

    strings_ok: bool = False

    def __call__(self, value: object, param: str) -> None:
        if isinstance(value, bool) or (self.strings_ok and value in ("true", "false")):
            return
        fix = None
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            fix = value.strip().lower()
        raise ValidationError(param, value, f"must be True or False, not {type_name(value)}", suggestion=fix)


@dataclass(frozen=True, slots=True)
class Uuid:
    """A UUID (str in 8-4-4-4-12 hex form, or 32 hex digits, or a uuid.UUID). `also`:
    literal strings the operation gives a meaning, e.g. '' to unassign a profile."""

    also: tuple[str, ...] = ()

    def __call__(self, value: object, param: str) -> None:
        if isinstance(value, uuid.UUID):
            return
        if isinstance(value, str) and (_UUID.fullmatch(value) is not None or value in self.also):
            return
        raise self.error(value, param)

    def error(self, value: object, param: str) -> ValidationError:
        extra = "".join(f" or {v!r}" for v in self.also)
        rule = f"must be a UUID like {UUID_EXAMPLE!r}{extra}"
        if not isinstance(value, str):
            return ValidationError(param, value, f"{rule}, not {type_name(value)}")
        try:
            fix: str | None = str(uuid.UUID(value.strip()))
        except ValueError:
            fix = None
        return ValidationError(param, value, rule, suggestion=fix)


# The common case, matched without urlsplit: http(s), a plain host, printable ASCII after it.
# Whatever it accepts, _url_problem accepts too; everything else gets the full check.
_PLAIN_URL: Final = re.compile(r"[Hh][Tt][Tt][Pp][Ss]?://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:[/?#][!-~]*)?")


@dataclass(frozen=True, slots=True)
class Url:
    """An absolute http(s) URL without whitespace (what the API fetches or calls back)."""

    def __call__(self, value: object, param: str) -> None:
        if isinstance(value, str) and _PLAIN_URL.fullmatch(value):
            return
        problem = _url_problem(value)
        if problem is None:
            return
        fix = value.strip() if isinstance(value, str) and _url_problem(value.strip()) is None else None
        raise ValidationError(param, value, f"must be an http(s) URL; {problem}", suggestion=fix)


def _url_problem(value: object) -> str | None:
    if not isinstance(value, str):
        return f"got {type_name(value)}"
    if not value.isprintable() or " " in value:  # every other whitespace is unprintable
        return "contains whitespace or control characters"
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError as error:
        return f"cannot be parsed ({error})"
    if parts.scheme.lower() not in ("http", "https"):
        return f"scheme is {parts.scheme!r}" if parts.scheme else "has no 'https://' (or 'http://')"
    if not host:
        return "has no host"
    return None


@dataclass(frozen=True, slots=True)
class Pattern:
    """A str matching the spec's `pattern`. `fix` proposes a corrected value (checked
    against the pattern before it is offered). `search`: match anywhere, as JSON Schema
    reads a pattern taken verbatim from the spec (its own `^...$` anchors it)."""

    regex: re.Pattern[str]
    what: str
    fix: Callable[[object], str | None] | None = None
    search: bool = False

    def matches(self, value: str) -> bool:
        return (self.regex.search(value) if self.search else self.regex.fullmatch(value)) is not None

    def __call__(self, value: object, param: str) -> None:
        if isinstance(value, str) and self.matches(value):
            return
        candidate = self.fix(value) if self.fix is not None else None
        fix = candidate if candidate is not None and self.matches(candidate) else None
        got = "" if isinstance(value, str) else f", not {type_name(value)}"
        raise ValidationError(param, value, f"must be {self.what}{got}", suggestion=fix)
