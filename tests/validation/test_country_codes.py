"""The country code data: prefix-free, in line with libphonenumber, and every example
number libphonenumber knows passes the always-on E.164 check."""

from __future__ import annotations

import phonenumbers
import pytest
from phonenumbers.data import _COUNTRY_CODE_TO_REGION_CODE

from telnyx_messaging._country_codes import COUNTRY_CODES
from telnyx_messaging.phone import is_e164

# Assigned by ITU as shared codes but absent from libphonenumber: no numbers to format.
SHARED_CODES = {"388", "991"}


def test_prefix_free():
    """E.164 country codes are a prefix code; the 1-2-3 digit lookup relies on it."""
    for code in COUNTRY_CODES:
        for shorter in range(1, len(code)):
            assert code[:shorter] not in COUNTRY_CODES, code


def test_codes_are_one_to_three_digits():
    assert all(code.isdigit() and 1 <= len(code) <= 3 and code[0] != "0" for code in COUNTRY_CODES)


def test_same_as_libphonenumber_plus_shared_codes():
    assert {str(code) for code in _COUNTRY_CODE_TO_REGION_CODE} == COUNTRY_CODES - SHARED_CODES


def example_numbers():
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is not None:
                yield phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    for code in phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS:
        number = phonenumbers.example_number_for_non_geo_entity(code)
        if number is not None:
            yield phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def test_every_libphonenumber_example_number_is_e164():
    numbers = list(example_numbers())
    assert len(numbers) > 400
    rejected = [n for n in numbers if not is_e164(n)]
    assert rejected == []


@pytest.mark.parametrize("code", ["0", "210", "259", "280", "422", "671", "684", "693", "801", "999", "379", "969"])
def test_spare_and_reserved_codes_are_rejected(code):
    assert not is_e164("+" + code + "1234567")
