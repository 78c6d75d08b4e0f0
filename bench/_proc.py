"""Run a bench worker in a child interpreter and read the JSON it prints."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent


class WorkerError(RuntimeError):
    pass


def child_env() -> dict[str, str]:
    """The environment for children: bench/ importable, no user site, no stray TELNYX_*.
    BENCH_PYTHONPATH goes first: point it at a patched copy of the overlay to measure a change."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELNYX_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [os.environ.get("BENCH_PYTHONPATH"), str(BENCH_DIR)]))
    env["PYTHONNOUSERSITE"] = "1"
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_worker(python: Path | str, script: str, *args: str, timeout: float = 900) -> Any:
    """`python bench/<script> args...`; its last stdout line is JSON."""
    command = [str(python), str(BENCH_DIR / script), *args]
    result = subprocess.run(
        command, capture_output=True, text=True, env=child_env(), cwd=REPO, timeout=timeout, check=False
    )
    if result.returncode != 0:
        raise WorkerError(f"{' '.join(command[1:])} exited {result.returncode}:\n{result.stderr.strip()[-2000:]}")
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    if not lines:
        raise WorkerError(f"{' '.join(command[1:])} printed nothing:\n{result.stderr.strip()[-2000:]}")
    return json.loads(lines[-1])
