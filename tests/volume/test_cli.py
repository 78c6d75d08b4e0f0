"""The command line: a CSV campaign end to end, dry run, resume, bad rows, single calls."""

from __future__ import annotations

import subprocess
import sys

import pytest

from telnyx_messaging.cli import main
from telnyx_messaging.testing import TelnyxFake

CSV = """to,from,text
+13125550001,12345,Hello Ada
+13125550002,12345,Hello Grace
3125550003,12345,bad number
+13125550004,12345,
+13125550005,+18005550101,Hello Linus
"""
VALID = {"+13125550001", "+13125550002", "+13125550005"}


@pytest.fixture
def api_key(monkeypatch):
    monkeypatch.setenv("TELNYX_API_KEY", "test-key")


def send_many(standin, *args):
    return main(["--base-url", standin.url, "send-many", *args, "--progress", "plain"])


def test_csv_campaign_end_to_end_then_resume(standin, tmp_path, api_key, capsys):
    csv = tmp_path / "recipients.csv"
    csv.write_text(CSV)
    journal = str(tmp_path / "campaign.db")
    code = send_many(standin, str(csv), "--journal", journal)
    out = capsys.readouterr().out
    assert code == 1  # not everything was accepted
    assert "3 sent (3 parts)" in out
    assert "2 rejected:" in out
    assert "line 4: 3125550003: to='3125550003'" in out  # the CSV line of each bad row
    assert "line 5: +13125550004: " in out
    assert "text or media_urls" in out
    assert {a.to for a in standin.arrivals} == VALID  # nothing sent for the bad rows
    assert len(standin.arrivals) == 3

    code = send_many(standin, str(csv), "--journal", journal)
    out = capsys.readouterr().out
    assert "0 sent" in out
    assert "3 already sent" in out
    assert len(standin.arrivals) == 3


def test_all_accepted_exits_zero_and_templates_fill_from_columns(standin, tmp_path, api_key, capsys):
    csv = tmp_path / "r.csv"
    csv.write_text("phone,name\n+13125550001,Ada\n+13125550002,Grace\n")
    code = send_many(standin, str(csv), "--from", "12345", "--text", "Hi {name}!", "--rate", "12345=100")
    assert code == 0, capsys.readouterr()
    assert sorted(a.text for a in standin.arrivals) == ["Hi Ada!", "Hi Grace!"]


def test_a_template_naming_a_missing_column_rejects_the_row(standin, tmp_path, api_key, capsys):
    csv = tmp_path / "r.csv"
    csv.write_text("to\n+13125550001\n")
    assert send_many(standin, str(csv), "--from", "12345", "--text", "Hi {name}") == 1
    assert "line 2: ?: text=" in capsys.readouterr().out
    assert standin.arrivals == []


def test_dry_run_sends_nothing_and_estimates(standin, tmp_path, api_key, capsys):
    csv = tmp_path / "r.csv"
    csv.write_text("to\n" + "".join(f"+1312555{i:04d}\n" for i in range(40)))
    code = send_many(
        standin, str(csv), "--from", "+13125559999", "--text", "ж" * 80, "--rate", "+13125559999=240/min", "--dry-run"
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "40 messages (40 UCS-2; 0 MMS), 80 parts = 80 cost units, 0 rejected" in out
    assert "estimated duration at the configured rates: 10.0 s" in out
    assert "+13125559999 (long_code, 4/s messages)" in out
    assert standin.arrivals == []


def test_bad_usage(tmp_path, capsys):
    csv = tmp_path / "r.csv"
    csv.write_text("name\nAda\n")
    assert main(["send-many", str(csv), "--text", "x", "--dry-run"]) == 2
    assert "needs a header with a 'to' column" in capsys.readouterr().err
    assert main(["send-many", str(csv), "--rate", "fast", "--dry-run"]) == 2
    assert "--rate" in capsys.readouterr().err


def test_send_retrieve_and_verify_against_the_fake(tmp_path, api_key, capsys):
    fake = TelnyxFake()
    try:
        url = fake.url
        assert main(["--base-url", url, "send", "--to", "+13125550001", "--from", "+18005550101", "--text", "hi"]) == 0
        sent = capsys.readouterr().out
        message_id = fake.messages[0]["id"]
        assert message_id in sent
        assert main(["--base-url", url, "retrieve", message_id]) == 0
        assert message_id in capsys.readouterr().out

        body = b'{"data": {"event_type": "message.sent", "id": "x", "payload": {}}}'
        (tmp_path / "body.json").write_bytes(body)
        headers = fake.signer.headers(body)
        args = ["verify", str(tmp_path / "body.json"), "--public-key", fake.public_key]
        args += ["--signature", headers["telnyx-signature-ed25519"], "--timestamp", headers["telnyx-timestamp"]]
        assert main(args) == 0
        assert "verified" in capsys.readouterr().out
        (tmp_path / "body.json").write_bytes(body + b" ")
        assert main(args) == 1
        assert "NOT verified" in capsys.readouterr().out
    finally:
        fake.close()


@pytest.mark.slow
def test_python_dash_m_runs_the_cli(standin, tmp_path):
    csv = tmp_path / "r.csv"
    csv.write_text("to\n+13125550001\n")
    result = subprocess.run(
        [sys.executable, "-m", "telnyx_messaging", "--base-url", standin.url, "send-many", str(csv),
         "--from", "12345", "--text", "hi", "--progress", "plain"],
        capture_output=True, text=True, timeout=60, env={"TELNYX_API_KEY": "k", "PATH": ""}, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "1 sent" in result.stdout
    assert "campaign: 1/1 done (1 sent)" in result.stderr  # plain progress lines off a terminal
    assert len(standin.arrivals) == 1
