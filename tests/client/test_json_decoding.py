"""Response bodies decode exactly as json.loads decodes them: the same values, the same errors."""

from __future__ import annotations

import codecs
import json

import httpx
import pytest

from telnyx_messaging import APIResponseValidationError, Telnyx
from telnyx_messaging._json import loads

from .conftest import API_KEY, Recorder

MESSAGE_ID = "40385f64-5717-4562-b3fc-2c963f66afa6"
DOCUMENT = {"data": {"id": MESSAGE_ID, "text": "Grüße 👋", "parts": 1, "cost": None, "tags": ["a"]}}
UTF8 = json.dumps(DOCUMENT, ensure_ascii=False).encode()

DECODABLE = {
    "utf-8": UTF8,
    "ascii escapes": json.dumps(DOCUMENT).encode(),
    "utf-8 BOM": codecs.BOM_UTF8 + UTF8,
    "utf-16-le": json.dumps(DOCUMENT).encode("utf-16-le"),
    "utf-16 with BOM": json.dumps(DOCUMENT).encode("utf-16"),
    "utf-32-be": json.dumps(DOCUMENT).encode("utf-32-be"),
    "surrounding whitespace": b" \r\n\t" + UTF8 + b" \n",
    "a bare number": b"1",
    "a surrogate escape": b'{"text": "\\ud83d"}',
}
MALFORMED = {
    "empty": b"",
    "extra data": UTF8 + b" {}",
    "cut off": UTF8[:-5],
    "not UTF-8": b'{"text": "\xff"}',
    "a raw control character": b'{"text": "a\x01b"}',
    "a trailing comma": b'{"a": 1,}',
}


@pytest.mark.parametrize("body", DECODABLE.values(), ids=DECODABLE.keys())
def test_the_value_is_json_loads_value(body: bytes) -> None:
    assert loads(body) == json.loads(body)


@pytest.mark.parametrize("body", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_body_raises_json_loads_error(body: bytes) -> None:
    with pytest.raises(ValueError) as expected:  # noqa: PT011 - any error: its type is compared below
        json.loads(body)
    with pytest.raises(ValueError) as raised:  # noqa: PT011 - compared with json.loads own below
        loads(body)
    assert (type(raised.value), str(raised.value)) == (type(expected.value), str(expected.value))


def test_absurd_nesting_raises_recursion_error_as_json_loads_does() -> None:
    body = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(RecursionError):
        loads(body)


def test_data_of_a_body_with_extra_data_is_a_validation_error_with_the_response(recorder: Recorder) -> None:
    recorder.default = httpx.Response(200, content=UTF8 + b" {}", headers={"content-type": "application/json"})
    client = Telnyx(API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    response = client.messages.retrieve(MESSAGE_ID)
    with pytest.raises(APIResponseValidationError, match="not valid JSON") as raised:
        _ = response.data
    assert raised.value.response.content == UTF8 + b" {}"


def test_without_the_c_scanner_bodies_go_through_json_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    import telnyx_messaging._json as decoding

    monkeypatch.setattr(decoding, "_scan_once", None)
    assert decoding.loads(UTF8) == DOCUMENT
    with pytest.raises(ValueError, match="Extra data"):
        decoding.loads(UTF8 + b" {}")
