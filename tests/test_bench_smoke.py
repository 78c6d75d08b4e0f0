"""`bench/run.py --quick --no-write` runs end to end and prints the table (no timing asserted)."""

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
HEADERS = ("measure", "median", "min", "max", "baseline", "ratio", "target", "result")
MEASURES = ("import telnyx_messaging", "messages.send (sync)", "messages.send (async)", "loopback", "pagination")


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_quick_bench_runs_and_prints_the_table():
    result = subprocess.run(
        [sys.executable, str(REPO / "bench" / "run.py"), "--quick", "--no-write", "--no-peer"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=280,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    header = next((line for line in result.stdout.splitlines() if line.startswith("| measure")), "")
    assert all(name in header for name in HEADERS), result.stdout[-3000:]
    for measure in MEASURES:
        assert measure in result.stdout, f"{measure!r} missing:\n{result.stdout[-3000:]}"
    assert "failed:" not in result.stdout, result.stdout[-3000:]
