"""Import time and peak RSS in fresh interpreters.

Each run is a new `python -c` that times `import X; X.Client` with perf_counter and reads
its own peak RSS (resource.getrusage) right after. Cases take turns every run. Baseline:
`import httpx` in the same venv. The dev venv has click/rich/pygments installed (dev tools
pull them in) and httpx imports its CLI when they are present, which a plain
`pip install telnyx-messaging` does not get: a second pair of rows hides them to show what
users pay.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import _peer
from _proc import REPO, child_env
from _rows import Row

HIDE_HTTPX_CLI = (
    "import sys\n"
    "class _Hide:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        if name.partition('.')[0] in ('click', 'rich', 'pygments'):\n"
    "            raise ImportError(name)\n"
    "sys.meta_path.insert(0, _Hide())\n"
)
PROBE = (
    "import json, resource, time\n"
    "t = time.perf_counter()\n"
    "{statement}\n"
    "t = time.perf_counter() - t\n"
    "rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
    "print(json.dumps({{'ms': t * 1000, 'rss': rss}}))\n"
)


@dataclass(frozen=True)
class Case:
    key: str
    python: Path
    statement: str
    hide_cli: bool = False

    def code(self) -> str:
        return (HIDE_HTTPX_CLI if self.hide_cli else "") + PROBE.format(statement=self.statement)


OURS = "import telnyx_messaging; telnyx_messaging.Telnyx"
HTTPX = "import httpx"
PEER = "import telnyx; telnyx.Telnyx"


def _probe(case: Case) -> dict[str, float]:
    started = time.perf_counter()
    result = subprocess.run(
        [str(case.python), "-c", case.code()], capture_output=True, text=True, env=child_env(), cwd=REPO, check=True
    )
    sample: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    sample["process_ms"] = (time.perf_counter() - started) * 1000
    return sample


def _cases(peer: bool) -> list[Case]:
    ours = _peer.OURS_PYTHON
    cases = [
        Case("httpx", ours, HTTPX),
        Case("ours", ours, OURS),
        Case("httpx.nocli", ours, HTTPX, hide_cli=True),
        Case("ours.nocli", ours, OURS, hide_cli=True),
    ]
    if peer:
        cases += [Case("peer.httpx", _peer.peer_python(), HTTPX), Case("peer", _peer.peer_python(), PEER)]
    return cases


def run(quick: bool, peer: bool) -> list[Row]:
    runs = 2 if quick else 15
    cases = _cases(peer)
    for case in cases:  # warm the bytecode caches: the first import ever compiles .pyc files
        _probe(case)
    samples: dict[str, list[dict[str, float]]] = {case.key: [] for case in cases}
    for index in range(runs):
        shift = index % len(cases)
        for case in cases[shift:] + cases[:shift]:
            samples[case.key].append(_probe(case))
    rows = [
        _row("import.time", "import telnyx_messaging + Telnyx", "ms", samples, "ours", "httpx", "ms"),
        _row("import.rss", "peak RSS after import", "MiB", samples, "ours", "httpx", "rss"),
        _row("import.time.nocli", "import, httpx CLI deps hidden (user install)", "ms", samples, "ours.nocli",
             "httpx.nocli", "ms"),
        _row("import.rss.nocli", "peak RSS, httpx CLI deps hidden", "MiB", samples, "ours.nocli", "httpx.nocli",
             "rss"),
    ]  # fmt: skip
    if peer:
        for row, metric in zip(rows[:2], ("ms", "rss"), strict=True):
            row.peer_median = statistics.median(s[metric] for s in samples["peer"])
            row.peer_ratio = row.peer_median / statistics.median(s[metric] for s in samples["peer.httpx"])
    rows[0].extra["process_ms_median"] = statistics.median(s["process_ms"] for s in samples["ours"])
    if not quick:
        rows[0].extra["importtime"] = importtime_breakdown()
    return rows


def _row(  # noqa: PLR0917
    key: str, label: str, unit: str, samples: dict[str, list[dict[str, float]]], case: str, base: str, metric: str
) -> Row:
    values = [s[metric] for s in samples[case]]
    base_median = statistics.median(s[metric] for s in samples[base])
    median = statistics.median(values)
    baseline = "import httpx" + (" (CLI deps hidden)" if base.endswith("nocli") else "")
    row = Row(key, label, unit, median, min(values), max(values), baseline, base_median, median / base_median)
    row.extra["n"] = len(values)
    return row


_IMPORTTIME = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|(\s+)(\S+)")


def importtime_breakdown(top: int = 12) -> list[dict[str, Any]]:
    """One `python -X importtime` run of our import: the heaviest modules by cumulative time,
    at most three levels below telnyx_messaging."""
    env = {**child_env(), "PYTHONPROFILEIMPORTTIME": "1"}
    result = subprocess.run(
        [str(_peer.OURS_PYTHON), "-c", OURS], capture_output=True, text=True, env=env, cwd=REPO, check=True
    )
    entries: list[dict[str, Any]] = []
    for line in result.stderr.splitlines():
        match = _IMPORTTIME.match(line)
        if match:
            self_us, cumulative_us, indent, name = match.groups()
            depth = (len(indent) - 1) // 2
            entries.append({"module": name, "depth": depth, "self_ms": int(self_us) / 1000,
                            "cumulative_ms": int(cumulative_us) / 1000})  # fmt: skip
    shallow = [e for e in entries if e["depth"] <= 3 and not e["module"].startswith(("encodings", "_"))]
    return sorted(shallow, key=lambda e: -e["cumulative_ms"])[:top]


if __name__ == "__main__":
    for row in run(quick=True, peer=os.path.exists(_peer.peer_python())):
        print(row.as_dict())
