"""Shared pieces of the validation tests: minimal valid calls and assertion helpers."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from telnyx_messaging import ValidationError
from telnyx_messaging._validation import validate_request
from tests.support.operations import MINIMAL, PHONE, PHONE_2, UUID, UUID_2
from tests.support.spec_version import skip_unless_pinned

from ._spec import OPERATIONS, skip_if_not_in_spec, spec_field

__all__ = ["MINIMAL", "PHONE", "PHONE_2", "UUID", "UUID_2"]


MISSING = object()


def call(operation: str, **changes: object) -> dict[str, object]:
    """MINIMAL[operation] with `changes` applied; MISSING removes an argument."""
    params = dict(MINIMAL[operation])
    for name, value in changes.items():
        if value is MISSING:
            params.pop(name, None)
        else:
            params[name] = value
    return params


def check(
    operation: str,
    params: Mapping[str, object],
    fragment: str | None,
    *,
    param: str | None = None,
    suggestion: str | None = None,
) -> None:
    """fragment None: the call must pass. Otherwise it must raise ValidationError whose
    message contains `fragment`, naming `param` and suggesting `suggestion` when given.
    Skips (off the pinned spec) when the spec lacks the operation or an argument the call
    sets: the rules are derived from the spec, so it has none for them."""
    if operation in OPERATIONS:
        skip_if_not_in_spec(operation)
        absent = sorted(absent_arguments(operation, params))
        skip_unless_pinned(absent, f"{operation}: arguments {absent}")
    if fragment is None:
        validate_request(operation, params)
        return
    with pytest.raises(ValidationError) as caught:
        validate_request(operation, params)
    error = caught.value
    assert fragment in str(error), str(error)
    if param is not None:
        assert error.param == param, str(error)
        # "to='555': rule" for a bad value, "to: is required ..." for a missing one
        assert str(error).startswith((f"{param}=", f"{param}: ")), str(error)
    assert error.suggestion == suggestion, str(error)


def absent_arguments(operation: str, params: Mapping[str, object], prefix: str = "") -> set[str]:
    """The dotted names in `params` (into dicts: `filter.name.eq`) the spec does not declare."""
    absent = set()
    for name, value in params.items():
        dotted = f"{prefix}{name}"
        if spec_field(operation, dotted) is None:
            absent.add(dotted)
        elif isinstance(value, Mapping):
            absent |= absent_arguments(operation, value, f"{dotted}.")
    return absent


def digits_in(script_zero: str, text: str) -> str:
    """`text` with its ASCII digits (and '+', for full-width) written in another script,
    given that script's zero: digits_in(FULLWIDTH, "+1") is "\uff0b\uff11"."""
    out = []
    for ch in text:
        if ch.isdigit():
            out.append(chr(ord(script_zero) + int(ch)))
        elif ch == "+" and script_zero == FULLWIDTH:
            out.append("\uff0b")
        else:
            out.append(ch)
    return "".join(out)


FULLWIDTH = "\uff10"  # FULLWIDTH DIGIT ZERO
ARABIC_INDIC = "\u0660"  # ARABIC-INDIC DIGIT ZERO
DEVANAGARI = "\u0966"  # DEVANAGARI DIGIT ZERO
