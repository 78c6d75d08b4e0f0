"""telnyx_messaging.sms.segments: encoding and parts under the GSM-7 / UCS-2 rules."""

from __future__ import annotations

import pytest

from telnyx_messaging import sms


@pytest.mark.parametrize(
    ("text", "encoding", "parts", "units"),
    [
        ("", "GSM-7", 1, 0),
        ("Hello", "GSM-7", 1, 5),
        ("a" * 160, "GSM-7", 1, 160),
        ("a" * 161, "GSM-7", 2, 161),
        ("a" * 306, "GSM-7", 2, 306),
        ("a" * 307, "GSM-7", 3, 307),
        ("{" * 80, "GSM-7", 1, 160),  # each extension character takes two septets
        ("€" * 81, "GSM-7", 2, 162),
        ("\\" * 10 + "~^|[]", "GSM-7", 1, 30),
        ("Grüße àéñ ÄÖÜ", "GSM-7", 1, 13),  # all in the default alphabet
        ("ç", "UCS-2", 1, 1),  # lower-case ç is not (only Ç is)
        ("x" * 70 + "\u0436", "UCS-2", 2, 71),
        ("ж" * 70, "UCS-2", 1, 70),
        ("ж" * 134, "UCS-2", 2, 134),
        ("ж" * 135, "UCS-2", 3, 135),
        ("👋", "UCS-2", 1, 2),  # a surrogate pair: two UTF-16 units
        ("a" * 1530, "GSM-7", 10, 1530),
        ("a" * 1531, "GSM-7", 11, 1531),
    ],
)
def test_encoding_and_parts(text, encoding, parts, units):
    result = sms.segments(text)
    assert (result.encoding, result.parts, result.units) == (encoding, parts, units)
    assert result.too_long is (parts > sms.MAX_PARTS)


def test_a_two_septet_character_is_not_split_across_parts():
    # 152 septets then "{": 154 would fit 153 only by splitting the escape pair
    text = "a" * 152 + "{" + "a" * 10
    assert sms.segments(text).parts == 2
    assert sms.segments("a" * 152 + "{" + "a" * 152).parts == 3


def test_an_emoji_is_not_split_across_ucs2_parts():
    assert sms.segments("ж" * 66 + "👋" + "ж" * 66).parts == 3  # 66+2 > 67: the emoji starts part 2


def test_per_part_capacity():
    assert sms.segments("hi").per_part == 160
    assert sms.segments("a" * 200).per_part == 153
    assert sms.segments("ж").per_part == 70
    assert sms.segments("ж" * 71).per_part == 67


def test_not_a_string():
    with pytest.raises(TypeError, match="needs a str"):
        sms.segments(None)  # type: ignore[arg-type]
