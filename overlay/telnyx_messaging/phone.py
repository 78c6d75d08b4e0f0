"""Phone-number helpers: check E.164 (no dependency) and normalise national input.

    >>> from telnyx_messaging import phone
    >>> phone.is_e164("+13125550001")
    True
    >>> phone.validate_e164("+1 (312) 555-0001")
    Traceback (most recent call last):
    telnyx_messaging._exceptions.ValidationError: phone_number='+1 (312) 555-0001': ... (did you mean '+13125550001'?)
    >>> phone.normalize("(312) 555-0001")  # needs: pip install 'telnyx-messaging[phonenumbers]'
    '+13125550001'

`normalize` and `validate_e164(..., strict=True)` use Google's libphonenumber port,
`phonenumbers`, an optional extra. Without it they raise PhoneNumbersNotInstalledError
(a TelnyxError and an ImportError) whose message is the pip command to run.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TypeGuard

from ._exceptions import PhoneNumbersNotInstalledError, ValidationError
from ._validators.addresses import PHONE
from ._validators.e164 import is_e164 as _is_e164

__all__ = ["PhoneNumbersNotInstalledError", "is_e164", "normalize", "validate_e164"]

INSTALL_HINT = "pip install 'telnyx-messaging[phonenumbers]'"


def is_e164(s: object) -> TypeGuard[str]:
    """True when `s` is a str: '+', an assigned ITU-T country code, 7-15 ASCII digits in all."""
    return _is_e164(s)


def validate_e164(s: object, *, strict: bool = False, param: str = "phone_number") -> str:
    """Return `s` unchanged when it is E.164, else raise ValidationError naming `param`, the
    rule broken and, when unambiguous, the corrected form.

    `strict=True` also asks libphonenumber whether the number is valid for its country
    (right length and an assigned range); that needs the `phonenumbers` extra."""
    if not _is_e164(s):
        raise PHONE.error(s, param)
    if strict:
        _check_with_libphonenumber(s, param)
    return s


def normalize(s: str, region: str | None = "US") -> str:
    """National or formatted input -> E.164, reading numbers without '+' as numbers of
    `region` (ISO 3166-1 alpha-2, e.g. "US", "GB"). '(312) 555-0001' -> '+13125550001'.
    Raises ValidationError when libphonenumber cannot read a possible number from `s`.
    Needs the `phonenumbers` extra."""
    phonenumbers = _phonenumbers()
    if not isinstance(s, str):
        raise ValidationError("phone_number", s, f"must be a string, not {type(s).__name__}")
    try:
        number = phonenumbers.parse(s, region)
    except phonenumbers.NumberParseException as error:
        raise ValidationError(
            "phone_number", s, f"cannot be read as a phone number of region {region!r}: {error}"
        ) from None
    if not phonenumbers.is_possible_number(number):
        raise ValidationError("phone_number", s, f"has the wrong number of digits for +{number.country_code}")
    result: str = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if not _is_e164(result):  # libphonenumber knows a code ITU has since withdrawn
        raise PHONE.error(result, "phone_number")
    return result


def _check_with_libphonenumber(s: str, param: str) -> None:
    phonenumbers = _phonenumbers()
    number = phonenumbers.parse(s, None)  # cannot fail: s is E.164
    if not phonenumbers.is_possible_number(number):
        raise ValidationError(param, s, f"has the wrong number of digits for +{number.country_code} (libphonenumber)")
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(param, s, f"is not in a number range assigned in +{number.country_code} (libphonenumber)")


def _phonenumbers() -> ModuleType:
    """Import the optional dependency on first use; a clear error when it is missing."""
    try:
        return importlib.import_module("phonenumbers")
    except ImportError as error:
        raise PhoneNumbersNotInstalledError(
            f"this needs the optional 'phonenumbers' package: {INSTALL_HINT}", name="phonenumbers"
        ) from error
