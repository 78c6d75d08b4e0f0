"""Every ```python sample of the reference SKILL.md runs against Prism with only the import line
changed (the samples and their classification: tests/support/reference_samples.py; the same
samples run against the fake in tests/fake/test_reference_samples.py).

A block of a shape the classifier does not know fails `test_every_sample_is_understood`, so a
new sample is noticed.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import flask
import pytest

from telnyx_messaging import testing
from tests.support.prism import PrismServer, free_port, violation_hook
from tests.support.reference_samples import (
    API_KEY,
    SAMPLES,
    SKILL_ENV,
    Run,
    Sample,
    execute,
    of_kind,
    parse_samples,
    run_call,
    skill_path,
    the,
)
from tests.support.reference_samples import replace_client as _replace_client
from tests.support.reference_samples import run_setup as _run_setup

pytestmark = pytest.mark.contract


def run_setup(**extra: Any) -> Run:
    """The setup block; every request of its `client` must pass Prism."""
    return _run_setup([violation_hook()], **extra)


def replace_client(run: Run, **kwargs: Any) -> None:
    _replace_client(run, [violation_hook()], **kwargs)


@pytest.fixture
def env(prism: PrismServer, monkeypatch: pytest.MonkeyPatch) -> testing.WebhookSigner:
    """The environment the samples expect; returns the signer whose key is TELNYX_PUBLIC_KEY."""
    signer = testing.WebhookSigner.generate()
    monkeypatch.setenv("TELNYX_API_KEY", API_KEY)
    monkeypatch.setenv("TELNYX_BASE_URL", prism.url)
    monkeypatch.setenv("TELNYX_PUBLIC_KEY", signer.public_key)
    return signer


@pytest.fixture
def setup_run(env: testing.WebhookSigner) -> Iterator[Run]:
    run = run_setup()
    yield run
    run.namespace["client"].close()


# --- the tests --------------------------------------------------------------------------------


def test_every_sample_is_understood() -> None:
    path = skill_path()
    if not path.exists():
        pytest.fail(f"the reference {path} is missing (set {SKILL_ENV} to its path)", pytrace=False)
    assert SAMPLES, f"no ```python blocks found in {path}"
    unknown = of_kind("unknown")
    assert not unknown, "samples this test does not know how to run (teach classify() about them):\n" + "\n".join(
        f"--- {path.name}:{s.line}\n{s.source}" for s in unknown
    )
    for kind in ("setup", "errors", "webhook"):
        the(kind)  # each exactly once
    assert len(of_kind("call")) >= 1


def test_only_the_import_lines_change() -> None:
    for sample in SAMPLES:
        changed = [
            (before, after)
            for before, after in zip(sample.source.splitlines(), sample.code.splitlines(), strict=True)
            if before != after
        ]
        assert all(before.strip() in ("from telnyx import Telnyx", "import telnyx") for before, _ in changed)
    assert "from telnyx_messaging import Telnyx" in the("setup").code
    assert "import telnyx_messaging as telnyx" in the("errors").code


@pytest.mark.parametrize("sample", of_kind("call"), ids=lambda s: s.id)
def test_call_sample(sample: Sample, setup_run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    data = run_call(sample, setup_run).data
    assert type(data).__module__.startswith("telnyx_messaging_api.models."), f"{sample.method}: .data is {data!r}"
    assert data.id, f"{sample.method}: the response has no id"
    printed = capsys.readouterr().out
    assert printed == f"{data!r}\n"
    assert printed.startswith(f"{type(data).__name__}(")
    assert str(data.id) in printed
    [request] = setup_run.requests
    assert request.method == "POST"  # every call sample sends something
    assert request.url.path.startswith("/messages")


def test_error_sample_happy_path(setup_run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    execute(the("errors"), setup_run.namespace)
    assert capsys.readouterr().out == ""
    assert setup_run.namespace["response"].status_code == 200
    assert len(setup_run.requests) == 1


def test_error_sample_422_takes_the_api_status_branch(setup_run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    replace_client(setup_run, default_headers={"Prefer": "code=422"})
    capsys.readouterr()
    execute(the("errors"), setup_run.namespace)
    assert capsys.readouterr().out.splitlines() == [
        "API error 422: 422 Unprocessable Entity: string - string (at /json/pointer) [code string]",
        "Validation error — check required fields and formats",
    ]
    assert "response" not in setup_run.namespace
    assert len(setup_run.requests) == 1  # a 422 send is never retried


def test_error_sample_429_takes_the_rate_limit_branch(
    setup_run: Run, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, no_sleep: list[float]
) -> None:
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)  # the sample's own time.sleep(1)
    replace_client(setup_run, default_headers={"Prefer": "code=429"})
    capsys.readouterr()
    execute(the("errors"), setup_run.namespace)
    assert capsys.readouterr().out == ""
    assert slept == [1]
    assert len(no_sleep) == 2  # 429 means "not processed": the send was retried twice first
    assert "response" not in setup_run.namespace


def test_error_sample_connection_error_branch(setup_run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    replace_client(setup_run, base_url=f"http://127.0.0.1:{free_port()}")  # nothing listens there
    capsys.readouterr()
    execute(the("errors"), setup_run.namespace)
    assert capsys.readouterr().out == "Network error — check connectivity and retry\n"


@pytest.fixture
def webhook_app(env: testing.WebhookSigner) -> Iterator[flask.Flask]:
    """The webhook sample registered on a Flask app, as the sample assumes (`app`, `request`)."""
    app = flask.Flask("skill_webhook_sample")
    run = run_setup(app=app, request=flask.request)
    execute(the("webhook"), run.namespace)
    assert "/webhooks" in {rule.rule for rule in app.url_map.iter_rules()}
    yield app
    run.namespace["client"].close()


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        (testing.message_received(text="Hello from Telnyx!"), "message.received"),
        (testing.message_sent(), "message.sent"),
        (testing.message_finalized(status="delivered"), "message.finalized"),
        (testing.message_link_click(), "message.link_click"),
    ],
    ids=["received", "sent", "finalized", "link_click"],
)
def test_webhook_sample_accepts_a_signed_event(
    body: dict[str, Any],
    event_type: str,
    webhook_app: flask.Flask,
    env: testing.WebhookSigner,
    capsys: pytest.CaptureFixture[str],
) -> None:
    raw, headers = env.request(body)
    capsys.readouterr()
    answer = webhook_app.test_client().post("/webhooks", data=raw, headers=headers)
    assert (answer.status_code, answer.get_data(as_text=True)) == (200, "OK")
    assert capsys.readouterr().out == f"Received event: {event_type}\n"


@pytest.mark.parametrize("tamper", ["body", "signature", "other_key", "stale", "no_headers"])
def test_webhook_sample_rejects_a_bad_signature(
    tamper: str, webhook_app: flask.Flask, env: testing.WebhookSigner, capsys: pytest.CaptureFixture[str]
) -> None:
    raw, headers = env.request(testing.message_received(text="STOP"))
    if tamper == "body":
        raw = raw.replace(b"STOP", b"STAY")
    elif tamper == "signature":
        headers = {**headers, "telnyx-signature-ed25519": env.sign(raw + b" ")}
    elif tamper == "other_key":
        raw, headers = testing.WebhookSigner.generate().request(testing.message_received(text="STOP"))
    elif tamper == "stale":
        raw, headers = env.request(testing.message_received(text="STOP"), timestamp=int(time.time()) - 3600)
    else:
        headers = {}
    capsys.readouterr()
    answer = webhook_app.test_client().post("/webhooks", data=raw, headers=headers)
    assert (answer.status_code, answer.get_data(as_text=True)) == (400, "Invalid signature")
    printed = capsys.readouterr().out
    assert printed.startswith("Webhook verification failed: ")
    assert len(printed.strip()) > len("Webhook verification failed: ")


def test_classifier_flags_what_it_cannot_run() -> None:
    markdown = (
        "```python\nfrom telnyx import AsyncTelnyx\nclient = AsyncTelnyx()\n```\n"
        "```python\nfor item in client.messaging_optouts.list():\n    print(item)\n```\n"
        "```py\nresponse = client.messages.retrieve('x')\nprint(response.data)\n```\n"
        "```bash\npip install telnyx\n```\n"
    )
    samples = parse_samples(markdown)
    assert [(s.kind, s.method, s.line) for s in samples] == [
        ("unknown", "", 1),
        ("unknown", "", 5),
        ("call", "messages.retrieve", 9),
    ]
