"""E.164 family: `phone.validate_e164` and the phone-only fields (send_long_code from_)."""

from __future__ import annotations

import pytest

from telnyx_messaging import ValidationError, phone

from ._helpers import ARABIC_INDIC, DEVANAGARI, FULLWIDTH, call, check, digits_in

N = "must be an E.164 phone number"
# (value, message fragment or None when valid, suggestion)
CASES: list[tuple[object, str | None, str | None]] = [
    # valid: many countries, the 7-digit minimum (Niue, Tokelau, St Helena), the 15-digit maximum
    ("+13125550001", None, None),
    ("+18445550001", None, None),
    ("+18005550101", None, None),
    ("+447911123456", None, None),
    ("+4930123456", None, None),
    ("+33612345678", None, None),
    ("+61412345678", None, None),
    ("+5511987654321", None, None),
    ("+74951234567", None, None),
    ("+81312345678", None, None),
    ("+861012345678", None, None),
    ("+2348012345678", None, None),
    ("+27821234567", None, None),
    ("+9715012345678", None, None),
    ("+383441234567", None, None),
    ("+6837290", None, None),
    ("+6901234", None, None),
    ("+2901234", None, None),
    ("+1000000", None, None),
    ("+123456789012345", None, None),
    ("+80012345678", None, None),
    ("+88213012345", None, None),
    ("+9779812345678", None, None),
    # length: '+1' alone, too short, 16 and more digits
    ("+", "has 0 digits after '+'", None),
    ("+1", "has 1 digit after '+'; E.164 numbers have 7 to 15", None),
    ("+123456", "has 6 digits after '+'", None),
    ("+1234567890123456", "has 16 digits after '+'; E.164 allows at most 15", None),
    ("+12345678901234567890", "has 20 digits", None),
    # country codes: +0, spare and reserved codes
    ("+0123456789", "country calling codes never start with 0", None),
    ("+999123456789", "'+999...' does not begin with an assigned ITU-T E.164 country calling code", None),
    ("+9991234567", "'+999...' does not begin", None),
    ("+2101234567", "'+210...' does not begin", None),
    ("+2591234567", "'+259...' does not begin", None),
    ("+2801234567", "'+280...' does not begin", None),
    ("+4221234567", "'+422...' does not begin", None),
    ("+6711234567", "'+671...' does not begin", None),
    ("+6841234567", "'+684...' does not begin", None),
    ("+8011234567", "'+801...' does not begin", None),
    ("+3791234567", "'+379...' does not begin", None),
    ("+9691234567", "'+969...' does not begin", None),
    ("+9971234567", "'+997...' does not begin", None),
    # no '+': national numbers and the '00' international prefix
    ("13125550001", "has no '+' and country code", None),
    ("3125550001", "phone.normalize(number, region=...)", None),
    ("5551234", "has no '+' and country code", None),
    ("0013125550001", "starts with the dialling prefix '00'", "+13125550001"),
    ("00447911123456", "starts with the dialling prefix '00'", "+447911123456"),
    ("00", "starts with the dialling prefix '00'", None),
    # formatting: spaces, punctuation, newlines, Unicode spaces and dashes
    ("+1 (312) 555-0001", "contains space, '(', ')', '-'", "+13125550001"),
    ("+1 312 555 0001", "contains space", "+13125550001"),
    ("+1-312-555-0001", "contains '-'", "+13125550001"),
    ("+1.312.555.0001", "contains '.'", "+13125550001"),
    ("+13125550001\n", "contains newline", "+13125550001"),
    (" +13125550001", "contains space", "+13125550001"),
    ("+1312\n5550001", "contains newline", "+13125550001"),
    ("\t+13125550001", "contains tab", "+13125550001"),
    ("+1\u00a0312\u00a0555\u00a00001", "no-break space", "+13125550001"),
    ("+1\u2011312\u20115550001", "contains '\u2011'", "+13125550001"),
    ("+1\u200b3125550001", "contains '\\u200b'", "+13125550001"),
    ("(+1) 312 555 0001", "contains space, '(', ')'", "+13125550001"),
    ("00 44 7911 123456", "contains space", "+447911123456"),
    ("+44 (0)20 7946 0958", "contains space, '(', ')'", None),  # the (0) must go: not a mere format
    ("+49 (0) 30 123456", "contains space", None),
    # Unicode digits and the full-width plus
    ("+" + digits_in(FULLWIDTH, "123"), "contains non-ASCII digits; use 0-9", None),  # the example
    ("+" + digits_in(FULLWIDTH, "13125550001"), "non-ASCII digits", "+13125550001"),
    (digits_in(ARABIC_INDIC, "+13125550001"), "non-ASCII digits", "+13125550001"),
    (digits_in(DEVANAGARI, "+13125550001"), "non-ASCII digits", "+13125550001"),
    ("\uff0b13125550001", "contains '\uff0b'", "+13125550001"),
    ("+1312555000¹", "contains '¹'", None),
    # letters, stray '+', empty
    ("tel:+13125550001", "contains letters", "+13125550001"),
    ("+1-800-FLOWERS", "contains letters", None),
    ("+1312555000x", "contains letters", None),
    ("++13125550001", "may contain '+' only as its first character", None),
    ("+1312+5550001", "may contain '+' only as its first character", None),
    ("", "is empty", None),
    ("   ", "is blank", None),
    # not strings
    (None, "as a str, not NoneType", None),
    (13125550001, "not int", None),
    (3.14, "not float", None),
    (True, "not bool", None),
    (b"+13125550001", "not bytes", None),
    (["+13125550001"], "not list", None),
]


def test_at_least_60_cases():
    assert len(CASES) >= 60


@pytest.mark.parametrize(("value", "fragment", "suggestion"), CASES)
def test_validate_e164(value, fragment, suggestion):
    if fragment is None:
        assert phone.validate_e164(value) is value
        assert phone.is_e164(value)
        return
    assert not phone.is_e164(value)
    with pytest.raises(ValidationError) as caught:
        phone.validate_e164(value, param="to")
    assert fragment in str(caught.value)
    assert N in str(caught.value)
    assert caught.value.param == "to"
    assert caught.value.value is value
    assert caught.value.suggestion == suggestion


@pytest.mark.parametrize(("value", "fragment", "suggestion"), CASES)
def test_phone_only_field(value, fragment, suggestion):
    """The same rule through validate_request, on a field that takes only E.164."""
    if value is None:
        fragment = "is required by messages.send_long_code"
    check("messages.send_long_code", call("messages.send_long_code", from_=value), fragment,
          param="from_", suggestion=suggestion)  # fmt: skip


def test_error_is_a_value_error_and_names_the_rule():
    with pytest.raises(ValueError, match=r"from_='\+1800': must be an E.164 phone number .* has 4 digits"):
        phone.validate_e164("+1800", param="from_")
