"""Run the benchmarks and print one table (`make bench`, `make bench-quick`, `make bench-peer`).

    .venv/bin/python bench/run.py [--quick] [--peer] [--no-write] [--only import,calls,...]

Every number is a median of interleaved repeats next to a baseline measured in the same run
(only ratios from one run mean anything on a shared machine). The official SDK's column is
filled when its venv exists (bench/peer_setup.py), except with --quick; --peer insists on it. A full run writes
bench/results/latest.json and latest.png (after printing the delta against the previous
latest.json) and refreshes the table in bench/README.md; --quick writes quick.json.tmp and
quick.png.tmp (gitignored); --no-write writes nothing.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import subprocess
import sys
import time
import traceback
from collections.abc import Callable

import _external
import _peer
import _report
import _targets
import bench_calls
import bench_generate
import bench_import
import bench_loopback
import bench_pagination
import bench_volume
from _proc import BENCH_DIR, REPO
from _rows import Row, unavailable

RESULTS = BENCH_DIR / "results"
LATEST, LATEST_PNG = RESULTS / "latest.json", RESULTS / "latest.png"
README = BENCH_DIR / "README.md"
TABLE_START, TABLE_END = "<!-- bench-table:start -->", "<!-- bench-table:end -->"

Section = Callable[[bool, bool], list[Row]]
SECTIONS: dict[str, Section] = {
    "import": bench_import.run,
    "calls": bench_calls.run,
    "webhooks": lambda quick, peer: _with_peer_webhooks(_external.run("webhooks", quick), quick, peer),
    "validation": lambda quick, peer: _external.run("validation", quick),
    "pagination": bench_pagination.run,
    "loopback": bench_loopback.run,
    "generate": lambda quick, peer: bench_generate.run(quick),
    "volume": bench_volume.run,  # campaign sender (issue 15); full forms: make bench-volume
}


def _with_peer_webhooks(rows: list[Row], quick: bool, peer: bool) -> list[Row]:
    if peer:
        _external.add_peer_webhooks(rows, quick)
    return rows


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small and fast: a smoke test, not a measurement")
    parser.add_argument("--peer", action="store_true", help="require the official SDK's venv (make bench-peer)")
    parser.add_argument("--no-peer", action="store_true", help="skip the official SDK even if installed")
    parser.add_argument("--no-write", action="store_true", help="print only; write no results, chart or README")
    parser.add_argument("--only", default="", help=f"comma-separated sections of: {', '.join(SECTIONS)}")
    args = parser.parse_args(argv)
    unknown = {name for name in args.only.split(",") if name} - SECTIONS.keys()
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    return args


def _meta(args: argparse.Namespace, peer: bool, started: float) -> dict[str, object]:
    import httpx

    git = ["git", "rev-parse", "--short", "HEAD"]
    commit = subprocess.run(git, cwd=REPO, capture_output=True, text=True, check=False)
    return {
        "started": datetime.datetime.fromtimestamp(started, datetime.UTC).isoformat(timespec="seconds"),
        "finished": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "duration_s": round(time.time() - started, 1),
        "quick": args.quick,
        "peer": f"{_peer.PEER_PACKAGE}=={_peer.PEER_VERSION}" if peer else None,
        "python": platform.python_version(),
        "httpx": httpx.__version__,
        "cpus": os.cpu_count(),
        "loadavg_end": [round(x, 2) for x in os.getloadavg()],
        "commit": commit.stdout.strip() or None,
    }


def _run_sections(names: list[str], quick: bool, peer: bool) -> list[Row]:
    rows: list[Row] = []
    for name in names:
        started = time.perf_counter()
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
        try:
            rows += SECTIONS[name](quick, peer)
        except Exception as error:  # one broken measure must not hide the others
            traceback.print_exc(file=sys.stderr)
            rows.append(unavailable(name, name, f"failed: {type(error).__name__}: {str(error)[:200]}"))
        print(f"[bench] {name} done in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    return rows


def _update_readme(text: str) -> bool:
    try:
        readme = README.read_text(encoding="utf-8")
    except OSError:
        return False
    if TABLE_START not in readme or TABLE_END not in readme:
        return False
    head, rest = readme.split(TABLE_START, 1)
    _, tail = rest.split(TABLE_END, 1)
    README.write_text(f"{head}{TABLE_START}\n{text}\n{TABLE_END}{tail}", encoding="utf-8")
    return True


def _write(rows: list[Row], meta: dict[str, object], quick: bool, printed: str) -> None:
    # Quick runs are smoke tests: their files end in .tmp (gitignored) and never replace latest.*
    json_path, png_path = (RESULTS / "quick.json.tmp", RESULTS / "quick.png.tmp") if quick else (LATEST, LATEST_PNG)
    previous = _report.load_json(json_path)
    if previous is not None:
        changes = _report.delta(rows, previous)
        if changes:
            print("\n" + changes)
    _report.write_json(json_path, rows, meta)
    title = f"telnyx-messaging bench {meta['finished']} ({'quick' if quick else 'full'} run)"
    _report.chart(png_path, rows, title)
    print(f"\nwrote {json_path.relative_to(REPO)} and {png_path.relative_to(REPO)}")
    if not quick and _update_readme(printed):
        print(f"updated the table in {README.relative_to(REPO)}")


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    started = time.time()
    available = _peer.peer_available()
    if args.peer and not available:
        print(f"--peer: no {_peer.PEER_PACKAGE}=={_peer.PEER_VERSION} in {_peer.PEER_VENV}; run "
              "`make bench-peer` (or .venv/bin/python bench/peer_setup.py) first", file=sys.stderr)  # fmt: skip
        return 2
    peer = args.peer or (available and not args.no_peer and not args.quick)
    names = [name for name in SECTIONS if not args.only or name in args.only.split(",")]
    rows = _run_sections(names, args.quick, peer)
    _targets.apply(rows)
    meta = _meta(args, peer, started)
    printed = _report.table(rows)
    extra = [text for text in (_report.notes(rows), _report.importtime_detail(rows)) if text]
    summary = "\n\n".join([printed, *extra])
    kind = "quick (smoke test, not a measurement)" if args.quick else "full"
    header = (f"telnyx-messaging benchmarks: {kind} run, {meta['finished']}, python {meta['python']}, "
              f"httpx {meta['httpx']}, {meta['cpus']} CPUs, load {meta['loadavg_end']}, "
              f"official SDK: {meta['peer'] or 'not measured'}")  # fmt: skip
    print(f"\n{header}\n\n{summary}")
    if not args.no_write:
        _write(rows, meta, args.quick, f"{header}\n\n{summary}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
