"""The plugin works in a fresh virtualenv with only `pip install telnyx-messaging[testing]` and pytest."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
USER_TEST = """
import pytest
import telnyx_messaging as telnyx

def test_send_and_retrieve(telnyx_client, telnyx_fake):
    sent = telnyx_client.messages.send(to="+13125550001", from_="+18005550101", text="fresh venv")
    assert telnyx_client.messages.retrieve(sent.data.id).data.text == "fresh venv"
    assert telnyx_fake.messages[0]["text"] == "fresh venv"

def test_faults(telnyx_client, telnyx_fake):
    telnyx_fake.fail_next("messages.send", status=500)
    with pytest.raises(telnyx.InternalServerError):
        telnyx_client.messages.send(to="+13125550001", from_="+18005550101", text="x")
"""


def _run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True, timeout=540, check=False)


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_plugin_in_a_fresh_virtualenv(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    assert _run(sys.executable, "-m", "venv", venv, cwd=tmp_path).returncode == 0
    python = venv / "bin" / "python"
    constraints = ROOT / "requirements" / "constraints.txt"
    install = _run(python, "-m", "pip", "install", "-q", "-c", constraints, f"{ROOT}[testing]", "pytest", cwd=tmp_path)
    assert install.returncode == 0, install.stdout + install.stderr
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "test_app.py").write_text(USER_TEST, encoding="utf-8")
    result = _run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=tmp_path / "app")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout
