"""`make demo` (examples/demo.py) keeps working: on the fake by default, on Prism with MOCK=prism."""

from __future__ import annotations

import importlib.util
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.support.prism import PrismServer

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "examples" / "demo.py"


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


def _assert_every_flow_ok(demo: ModuleType, text: str) -> None:
    names = [name for _, flows in demo.SECTIONS for name, _ in flows]
    for name in names:
        assert f"  ok   {name}  [" in text
    assert f"{len(names)}/{len(names)} flows ok" in text
    assert "UnprocessableEntityError 422" in text
    assert "RateLimitError 429" in text
    assert "ValidationError, nothing sent" in text
    assert "verified message.received" in text


@pytest.mark.contract
def test_every_flow_succeeds_on_prism(demo: ModuleType, prism: PrismServer) -> None:
    out = io.StringIO()
    failures = demo.run_flows(prism.url, out=out)
    assert failures == 0, out.getvalue()
    _assert_every_flow_ok(demo, out.getvalue())


def test_every_flow_succeeds_on_the_fake_and_answers_echo_the_requests(demo: ModuleType) -> None:
    from telnyx_messaging.testing import TelnyxFake

    fake = TelnyxFake(check_answers=True)  # every answer of the demo also fits the spec
    out = io.StringIO()
    try:
        failures = demo.run_flows(fake.url, out=out, fake=fake)
    finally:
        fake.close()
    text = out.getvalue()
    assert failures == 0, text
    _assert_every_flow_ok(demo, text)
    lines = text.splitlines()
    retrieved = lines[lines.index("  ok   messages.retrieve  [1 request]") + 1]
    assert "text='Hello from Telnyx!'" in retrieved  # the message sent by the first flow
    assert "to=+18445550001(delivered)" in retrieved
    assert "to=+18445550001(cancelled)" in text  # the scheduled one, cancelled
    assert "OptOutItem to=+13125550001 from=+18005550101 keyword=STOP" in text


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


@pytest.mark.contract
def test_main_against_a_running_mock(demo: ModuleType, prism: PrismServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert demo.main(["--base-url", prism.url]) == 0
    assert "flows ok" in capsys.readouterr().out


def test_main_reports_a_missing_spec_for_prism(
    demo: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert demo.main(["--mock", "prism", "--spec", str(tmp_path / "missing.json")]) == 2
    assert "missing" in capsys.readouterr().err


@pytest.mark.slow
def test_make_demo_runs_with_no_node_on_path(demo: ModuleType, tmp_path: Path) -> None:
    """The README's first command on a machine without Node: only make, bash, python and coreutils."""
    tools = tmp_path / "bin"
    tools.mkdir()
    for tool in ("make", "bash", "sh", "python3", "env", "touch", "rm", "mkdir"):
        found = shutil.which(tool)
        if found:
            (tools / tool).symlink_to(found)
    assert shutil.which("node", path=str(tools)) is None
    assert shutil.which("npm", path=str(tools)) is None
    result = subprocess.run(
        ["make", "demo"],
        cwd=ROOT,
        env={**os.environ, "PATH": str(tools)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    total = sum(len(flows) for _, flows in demo.SECTIONS)
    assert f"{total}/{total} flows ok" in result.stdout
    assert "TelnyxFake" in result.stdout
