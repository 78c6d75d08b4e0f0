"""telnyx_messaging.phone: the public helpers, strict mode and the optional dependency."""

from __future__ import annotations

import re
import sys

import pytest

from telnyx_messaging import TelnyxError, ValidationError, phone

from ._helpers import FULLWIDTH, digits_in


def test_is_e164():
    assert phone.is_e164("+13125550001")
    assert not phone.is_e164("13125550001")
    assert not phone.is_e164(13125550001)


def test_validate_e164_returns_the_same_object():
    number = "+13125550001"
    assert phone.validate_e164(number) is number
    assert phone.validate_e164(number, strict=True) is number


def test_validate_e164_names_the_parameter():
    with pytest.raises(ValidationError, match=r"^from_='\+1800': ") as caught:
        phone.validate_e164("+1800", param="from_")
    assert caught.value.param == "from_"
    with pytest.raises(ValidationError, match=r"^phone_number="):
        phone.validate_e164("+1800")


@pytest.mark.parametrize(
    ("number", "fragment"),
    [
        ("+19995550001", "is not in a number range assigned in +1"),
        ("+1312555000", "has the wrong number of digits for +1"),
        ("+44123456789012", "wrong number of digits for +44"),
        ("+4412345", "is not in a number range assigned in +44"),
    ],
)
def test_strict_asks_libphonenumber(number, fragment):
    assert phone.is_e164(number)  # passes the always-on check
    with pytest.raises(ValidationError, match=re.escape(fragment)):
        phone.validate_e164(number, strict=True)


def test_strict_still_applies_the_basic_rule_first():
    with pytest.raises(ValidationError, match="has no '\\+'"):
        phone.validate_e164("3125550001", strict=True)


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("(312) 555-0001", "US", "+13125550001"),
        ("312.555.0001", "US", "+13125550001"),
        ("+1 312 555 0001", "US", "+13125550001"),
        ("+1 312 555 0001", None, "+13125550001"),
        ("1-312-555-0001", "US", "+13125550001"),
        ("020 7946 0958", "GB", "+442079460958"),
        ("07911 123456", "GB", "+447911123456"),
        ("030 123456", "DE", "+4930123456"),
        ("06 12 34 56 78", "FR", "+33612345678"),
        ("+13125550001", "GB", "+13125550001"),
        (digits_in(FULLWIDTH, "+1 312 555 0001"), "US", "+13125550001"),
    ],
)
def test_normalize(raw, region, expected):
    assert phone.normalize(raw, region) == expected


@pytest.mark.parametrize(
    ("raw", "region", "fragment"),
    [
        ("hello", "US", "cannot be read as a phone number of region 'US'"),
        ("3125550001", None, "cannot be read"),
        ("12", "US", "wrong number of digits"),
        ("", "US", "cannot be read"),
    ],
)
def test_normalize_rejects(raw, region, fragment):
    with pytest.raises(ValidationError, match=fragment):
        phone.normalize(raw, region)


def test_normalize_rejects_non_strings():
    with pytest.raises(ValidationError, match="must be a string, not int"):
        phone.normalize(3125550001)  # type: ignore[arg-type]


@pytest.fixture
def without_phonenumbers(monkeypatch):
    """Make `import phonenumbers` fail as if the extra were not installed."""
    for name in [n for n in sys.modules if n == "phonenumbers" or n.startswith("phonenumbers.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "phonenumbers", None)


@pytest.mark.usefixtures("without_phonenumbers")
@pytest.mark.parametrize(
    "use",
    [lambda: phone.normalize("(312) 555-0001"), lambda: phone.validate_e164("+13125550001", strict=True)],
    ids=["normalize", "strict"],
)
def test_missing_extra_says_how_to_install(use):
    with pytest.raises(phone.PhoneNumbersNotInstalledError) as caught:
        use()
    assert "pip install 'telnyx-messaging[phonenumbers]'" in str(caught.value)
    assert isinstance(caught.value, TelnyxError)
    assert isinstance(caught.value, ImportError)
    assert caught.value.name == "phonenumbers"


@pytest.mark.usefixtures("without_phonenumbers")
def test_always_on_checks_need_no_extra():
    from telnyx_messaging._validation import validate_request

    assert phone.validate_e164("+13125550001") == "+13125550001"
    validate_request("messages.send", {"to": "+13125550001", "from_": "+13125550002", "text": "hi"})
    with pytest.raises(ValidationError):
        phone.validate_e164("+1 312 555 0001")


def test_importing_the_package_does_not_import_phonenumbers():
    import subprocess

    code = (
        "import sys, telnyx_messaging.phone, telnyx_messaging._validation; "
        "assert 'phonenumbers' not in sys.modules, 'imported eagerly'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
