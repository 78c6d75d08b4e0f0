"""`make generate` wall time: the whole pipeline into a temporary folder (never generated/)."""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import _peer
from _proc import REPO
from _rows import Row, unavailable

DEFAULT_SPEC = REPO.parent / "shared" / "openapi" / "telnyx-spec3-2026-07-16.yml"


def spec_path() -> Path:
    """The Makefile's TELNYX_SPEC (relative to the repo), else its default."""
    configured = os.environ.get("TELNYX_SPEC")
    return (REPO / configured).resolve() if configured else DEFAULT_SPEC


def run(quick: bool, runs: int = 1) -> list[Row]:
    if quick:
        return [unavailable("generate", "make generate (temp dir)", "skipped with --quick")]
    spec = spec_path()
    if not spec.exists():
        return [unavailable("generate", "make generate (temp dir)", f"spec not found: {spec}")]
    seconds = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="bench-generate-") as out:
            command = [str(_peer.OURS_PYTHON), "openapi/tools/generate.py", "--spec", str(spec), "--out", out]
            started = time.perf_counter()
            result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
            elapsed = time.perf_counter() - started
            if result.returncode != 0:
                return [unavailable("generate", "make generate (temp dir)", f"failed: {result.stderr.strip()[-300:]}")]
            if not (Path(out) / "telnyx_messaging_api" / "__init__.py").exists():
                return [unavailable("generate", "make generate (temp dir)", "produced no telnyx_messaging_api/")]
            seconds.append(elapsed)
    median = statistics.median(seconds)
    row = Row("generate", "make generate (temp dir)", "s", median, min(seconds), max(seconds))
    row.extra["n"] = len(seconds)
    return [row]
