"""Property tests: for any input the validators either accept it unchanged or raise
ValidationError (never another exception), and what they accept matches an independent
statement of the rule. TELNYX_FUZZ_EXAMPLES sets the size (`make fuzz` uses 10000)."""

from __future__ import annotations

import os
import re
import string
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from telnyx_messaging import ValidationError, phone
from telnyx_messaging._country_codes import COUNTRY_CODES
from telnyx_messaging._validation import RULES, validate_request
from tests.support.spec_version import skip_unless_pinned

from ._helpers import call

EXAMPLES = int(os.environ.get("TELNYX_FUZZ_EXAMPLES", "200"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# At 10000 examples one test takes about a minute on a busy 2-core machine: above the
# suite's 120 s default once the machine is loaded further.
pytestmark = pytest.mark.timeout(max(120, EXAMPLES // 20))

# An independent statement of the rules, written as regexes (the validators use none).
E164 = re.compile(r"\+[0-9]{7,15}")
SHORT_CODE = re.compile(r"[0-9]{3,8}")
ALNUM = re.compile(r"(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}")


def attempt(func: Callable[[], object]) -> tuple[object, ValidationError | None]:
    """(result, None) or (None, the ValidationError); any other exception fails the test."""
    try:
        return func(), None
    except ValidationError as error:
        return None, error


def oracle_e164(value: str) -> bool:
    digits = value[1:]
    return bool(E164.fullmatch(value)) and any(digits[:n] in COUNTRY_CODES for n in (1, 2, 3))


# Text that is mostly phone-like, so the interesting branches get hit, plus any text at all.
PHONEISH = st.text(alphabet="+0123456789 ()-.\n\t\u00a0\uff0b\uff11\u0661abcXYZ", max_size=20)
NUMBERS = st.builds(
    lambda cc, rest: f"+{cc}{rest}", st.sampled_from(sorted(COUNTRY_CODES)), st.text("0123456789", max_size=14)
)
TEXT = st.one_of(
    st.text(), PHONEISH, NUMBERS, st.text(alphabet=string.ascii_letters + string.digits + " -_", max_size=14)
)
ANYTHING = st.one_of(
    TEXT,
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.binary(max_size=10),
    st.lists(TEXT, max_size=10),
    st.tuples(TEXT, TEXT),
    st.dictionaries(st.text(max_size=5), TEXT, max_size=3),
    st.sets(st.text(max_size=3), max_size=3),
)


@pytest.mark.fuzz
@FUZZ
@given(TEXT)
def test_validate_e164_returns_input_or_raises(value):
    result, error = attempt(lambda: phone.validate_e164(value))
    if error is None:
        assert oracle_e164(value)
        assert result is value
        return
    assert not oracle_e164(value)
    assert error.param == "phone_number"
    assert error.value is value
    if error.suggestion is not None:  # a suggestion is always itself valid
        assert phone.validate_e164(error.suggestion) == error.suggestion
        assert error.suggestion != value


# Every phone-like argument: (operation, argument, what it accepts)
PHONE_FIELDS = [
    (op, name, rule)
    for op, rules in RULES.items()
    for name, rule in rules.fields.items()
    if type(rule).__name__ == "Address"
]


def accepted(rule, value: str) -> bool:
    return (
        (rule.phone and oracle_e164(value))
        or (rule.short_code and bool(SHORT_CODE.fullmatch(value)))
        or (rule.alphanumeric and bool(ALNUM.fullmatch(value)))
    )


def test_phone_fields_found():
    skip_unless_pinned(len(PHONE_FIELDS) < 15, f"phone fields beyond these {len(PHONE_FIELDS)}")
    assert len(PHONE_FIELDS) >= 15


@pytest.mark.fuzz
@FUZZ
@given(st.sampled_from(PHONE_FIELDS), TEXT)
def test_phone_fields_accept_exactly_the_documented_forms(field, value):
    operation, name, rule = field
    params = call(operation, **{name: value})
    params["messaging_profile_id"] = "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"  # for alphanumeric senders
    _, error = attempt(lambda: validate_request(operation, params))
    if error is None:
        assert accepted(rule, value)
        return
    assert error.param == name
    assert not accepted(rule, value)
    if error.suggestion is not None:
        validate_request(operation, {**params, name: error.suggestion})


@pytest.mark.fuzz
@FUZZ
@given(st.sampled_from(sorted(RULES)), st.data())  # the operations of this spec (all of MINIMAL when pinned)
def test_any_argument_any_value_only_raises_validation_error(operation, data):
    names = sorted(RULES[operation].fields)
    name = data.draw(st.sampled_from(names))
    value = data.draw(ANYTHING)
    _, error = attempt(lambda: validate_request(operation, call(operation, **{name: value})))
    assert error is None or str(error).startswith((error.param + "=", error.param + ": "))


@pytest.mark.fuzz
@FUZZ
@given(
    st.lists(st.one_of(NUMBERS, PHONEISH), max_size=10).flatmap(
        lambda to: st.sampled_from([to, to + to[:1]])  # sometimes repeat the first recipient
    )
)
def test_group_mms_recipients(to):
    _, error = attempt(lambda: validate_request("messages.send_group_mms", call("messages.send_group_mms", to=to)))
    if error is not None:
        assert error.param == "to" or error.param.startswith("to[")
    else:
        assert 1 <= len(to) <= 8
        assert len(set(to)) == len(to)
        assert all(oracle_e164(n) for n in to)


URLISH = st.text(alphabet="hHtTpPsS:/.-_?#@[]%:0123456789abcxyz \t\u00e9", max_size=30)


@pytest.mark.fuzz
@FUZZ
@given(st.one_of(URLISH, st.builds("https://{}".format, URLISH), st.text()))
def test_url_fast_path_agrees_with_the_full_check(value):
    """The regex shortcut never accepts a URL the urlsplit-based check would refuse."""
    from telnyx_messaging._validators.scalars import _PLAIN_URL, _url_problem

    if _PLAIN_URL.fullmatch(value):
        assert _url_problem(value) is None
