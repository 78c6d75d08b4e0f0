"""Instructions per call (valgrind --tool=callgrind): per-call comparisons without wall-clock noise.

    .venv/bin/python bench/callgrind.py [--number 300] [--preload patch.py] [CASE ...]

CASE is a case of bench/_calls_worker.py (raw.post, raw.get, send, send.data,
send.novalidate, retrieve, retrieve.data; default: these; "async.<case>" for the async
clients, --async for all of those). Each case runs in its own
`valgrind --tool=callgrind` process; a run with no calls (same imports and warm-up) is
subtracted, so what is left is the cost of N calls (deterministic: the hash seed is pinned, the
heap frozen after warm-up, bytecode compiled beforehand). Slow (a minute or more per case) and
not part of `make bench`; use it to check a change to the overlay, e.g. with --preload
pointing at a monkeypatch. Needs valgrind.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

import _peer
from _proc import BENCH_DIR, REPO, child_env

CASES = ["raw.post", "send", "send.data", "send.novalidate", "raw.get", "retrieve", "retrieve.data"]
ASYNC_CASES = ["async.raw.post", "async.send", "async.send.data", "async.raw.get", "async.retrieve"]
BASELINE = {
    "send": "raw.post",
    "retrieve": "raw.get",
    "async.send": "async.raw.post",
    "async.retrieve": "async.raw.get",
}
_COLLECTED = re.compile(r"Collected : (\d+)")


def _worker_args(case: str, number: int, preload: str | None) -> list[str]:
    args = [str(_peer.OURS_PYTHON), str(BENCH_DIR / "_calls_worker.py"), "--impl", "ours"]
    return [*args, "--repeat", case, "--number", str(number), *(["--preload", preload] if preload else [])]


def compile_bytecode(preload: str | None) -> None:
    """One plain run first: a .pyc written during a counted run would be counted too."""
    env = {**child_env(), "PYTHONHASHSEED": "0"}
    subprocess.run(_worker_args("none", 0, preload), env=env, cwd=REPO, check=True, capture_output=True)


def instructions(case: str, number: int, preload: str | None) -> int:
    with tempfile.TemporaryDirectory(prefix="bench-callgrind-") as scratch:
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={scratch}/out"]
        command += _worker_args(case, number, preload)
        env = {**child_env(), "PYTHONHASHSEED": "0"}
        result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=REPO, check=False)
        match = _COLLECTED.search(result.stderr)
        if result.returncode != 0 or match is None:
            raise RuntimeError(f"callgrind failed for {case}:\n{result.stderr[-2000:]}")
        return int(match.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases", nargs="*")
    parser.add_argument("--async", dest="async_", action="store_true", help="the async cases")
    parser.add_argument("--number", type=int, default=300)
    parser.add_argument("--preload", help="Python file executed in the worker before the cases are built")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed", file=sys.stderr)
        return 2
    cases = args.cases or (ASYNC_CASES if args.async_ else CASES)
    preload = os.path.abspath(args.preload) if args.preload else None
    compile_bytecode(preload)
    empty = instructions("none", 0, preload)
    per_call = {}
    for case in cases:
        per_call[case] = (instructions(case, args.number, preload) - empty) / args.number
        base = next((b for prefix, b in sorted(BASELINE.items(), reverse=True) if case.startswith(prefix)), None)
        ratio = f"  {per_call[case] / per_call[base]:.2f}x {base}" if base in per_call else ""
        print(f"{case:18s} {per_call[case]:>12,.0f} instructions/call{ratio}", flush=True)
    if instructions("none", 0, preload) != empty:
        print("warning: the empty run changed (a file changed meanwhile?): numbers may be off", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
