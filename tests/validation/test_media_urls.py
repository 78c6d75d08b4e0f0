"""media_urls: a list of http(s) URLs; the webhook URL fields share the URL rule."""

from __future__ import annotations

import pytest

from ._helpers import call, check

OPS = ("messages.send", "messages.send_long_code", "messages.send_group_mms", "messages.schedule")
GOOD = [
    ["https://example.com/a.jpg"],
    ["http://example.com"],
    ["https://example.com/a.jpg", "https://example.com/b.png"],
    ["https://example.com/a.jpg?size=large&x=1"],
    ["https://example.com:8443/a.jpg"],
    ["https://203.0.113.7/a.jpg"],
    ["https://[2001:db8::1]/a.jpg"],
    ["HTTPS://EXAMPLE.COM/X.PNG"],
    ["https://bücher.example/a.jpg"],
    ["https://example.com/ñ.jpg"],
    ("https://example.com/a.jpg",),
    [],
]
# (media_urls, fragment, param, suggestion)
BAD: list[tuple[object, str, str, str | None]] = [
    (
        "https://example.com/a.jpg",
        "must be a list of http(s) URLs (e.g. media_urls=['https://example.com/a.jpg'])",
        "media_urls",
        None,
    ),
    ({"https://example.com/a.jpg"}, "not set", "media_urls", None),
    (["ftp://example.com/a.jpg"], "must be an http(s) URL; scheme is 'ftp'", "media_urls[0]", None),
    (["example.com/a.jpg"], "has no 'https://' (or 'http://')", "media_urls[0]", None),
    (["//example.com/a.jpg"], "has no 'https://'", "media_urls[0]", None),
    (["https://"], "has no host", "media_urls[0]", None),
    (["https:///a.jpg"], "has no host", "media_urls[0]", None),
    (["https://exa mple.com/a.jpg"], "contains whitespace or control characters", "media_urls[0]", None),
    ([" https://example.com/a.jpg"], "contains whitespace", "media_urls[0]", "https://example.com/a.jpg"),
    (["https://example.com/a.jpg\n"], "contains whitespace", "media_urls[0]", "https://example.com/a.jpg"),
    (["data:image/png;base64,AAAA"], "scheme is 'data'", "media_urls[0]", None),
    (["file:///etc/passwd"], "scheme is 'file'", "media_urls[0]", None),
    (["javascript:alert(1)"], "scheme is 'javascript'", "media_urls[0]", None),
    (["http://[::1"], "cannot be parsed", "media_urls[0]", None),
    ([""], "has no 'https://'", "media_urls[0]", None),
    ([123], "got int", "media_urls[0]", None),
    ([None], "got NoneType", "media_urls[0]", None),
    (["https://example.com/a.jpg", "nope"], "has no 'https://'", "media_urls[1]", None),
    (["https://example.com/a\x00.jpg"], "control characters", "media_urls[0]", None),
]
CASES = [(op, urls, None, "media_urls", None) for op in OPS for urls in GOOD] + [
    (op, *bad) for op in OPS[:2] for bad in BAD
]


def test_at_least_60_cases():
    assert len(CASES) >= 60


@pytest.mark.parametrize(("operation", "media_urls", "fragment", "param", "suggestion"), CASES)
def test_media_urls(operation, media_urls, fragment, param, suggestion):
    check(operation, call(operation, media_urls=media_urls), fragment, param=param, suggestion=suggestion)


def test_media_alone_is_a_message_body():
    check("messages.send", call("messages.send", text=None, media_urls=["https://example.com/a.jpg"]), None)
    check("messages.send", call("messages.send", text="", media_urls=["https://example.com/a.jpg"]), None)


def test_empty_media_without_text_is_no_message():
    check("messages.send", call("messages.send", text="", media_urls=[]), "needs text or media_urls", param="text")


@pytest.mark.parametrize("field", ["webhook_url", "webhook_failover_url"])
def test_webhook_urls(field):
    check("messages.send", call("messages.send", **{field: "https://example.com/hooks"}), None)
    check("messages.send", call("messages.send", **{field: "example.com/hooks"}), "has no 'https://'", param=field)
    check("messaging_profiles.update", call("messaging_profiles.update", **{field: None}), None)  # null clears it
