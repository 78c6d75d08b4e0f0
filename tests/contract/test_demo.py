"""`make demo` (examples/demo.py) keeps working: its flows run against the session's Prism."""

from __future__ import annotations

import importlib.util
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.support.prism import PrismServer

pytestmark = pytest.mark.contract

DEMO = Path(__file__).resolve().parents[2] / "examples" / "demo.py"


@pytest.fixture(scope="module")
def demo() -> Iterator[ModuleType]:
    spec = importlib.util.spec_from_file_location("telnyx_messaging_demo", DEMO)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[spec.name]


def test_every_flow_succeeds(demo: ModuleType, prism: PrismServer) -> None:
    out = io.StringIO()
    failures = demo.run_flows(prism.url, out=out)
    text = out.getvalue()
    assert failures == 0, text
    names = [name for _, flows in demo.SECTIONS for name, _ in flows]
    for name in names:
        assert f"  ok   {name}  [" in text
    assert f"{len(names)}/{len(names)} flows ok" in text
    assert "UnprocessableEntityError 422" in text
    assert "RateLimitError 429" in text
    assert "ValidationError, nothing sent" in text
    assert "verified message.received" in text


def test_demo_covers_the_reference_flows(demo: ModuleType) -> None:
    names = " ".join(name for _, flows in demo.SECTIONS for name, _ in flows)
    reference = [
        "messages.send", "messages.send_with_alphanumeric_sender", "messages.send_group_mms",
        "messages.send_long_code", "messages.send_number_pool", "messages.send_short_code", "messages.schedule",
        "messages.send_whatsapp", "messages.retrieve", "messages.cancel_scheduled", "alphanumeric_sender_ids.list",
        "alphanumeric_sender_ids.create", "alphanumeric_sender_ids.retrieve", "alphanumeric_sender_ids.delete",
        "messages.retrieve_group_messages", "messaging_hosted_numbers.list", "messaging_hosted_numbers.retrieve",
        "messaging_hosted_numbers.update", "messaging_optouts.list", "messaging_profile_metrics.list",
        "messaging_profiles.actions.regenerate_secret", "messaging_profiles.list_alphanumeric_sender_ids",
        "messaging_profiles.retrieve_metrics", "messaging_profiles.autoresp_configs.list",
        "messaging_profiles.autoresp_configs.create", "messaging_profiles.autoresp_configs.retrieve",
        "messaging_profiles.autoresp_configs.update", "messaging_profiles.autoresp_configs.delete",
        "webhooks.unwrap", "code=422", "code=429",
    ]  # fmt: skip
    assert [flow for flow in reference if flow not in names] == []


def test_main_against_a_running_mock(demo: ModuleType, prism: PrismServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert demo.main(["--base-url", prism.url]) == 0
    assert "flows ok" in capsys.readouterr().out


def test_main_reports_a_missing_spec(demo: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert demo.main(["--spec", str(tmp_path / "missing.json")]) == 2
    assert "missing" in capsys.readouterr().err
