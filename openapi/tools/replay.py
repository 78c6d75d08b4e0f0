"""`make replay`: regenerate from each given upstream spec in a throwaway copy and run the offline suites.

    python openapi/tools/replay.py [--suites tests/client ...] [--json OUT] SPEC [SPEC ...]

For each spec, the working tree (tracked and untracked files, not ignored ones) is copied into a
temporary folder with `shared/` linked beside it, `generate.py` rebuilds generated/ there from the
spec, `mypy --strict` checks the copy's overlay/telnyx_messaging and generated/ with the copy's
own config, and pytest runs the offline suites there with this checkout's virtualenv (PYTHONPATH
puts the copy's overlay/ and generated/ first). One line per spec: operations, seconds, passed /
failed / skipped, the mypy result and the first problem. Exit status 1 when any spec fails to
generate, to type-check or a test. This checkout is never modified; mypy keeps one cache per
spec in build/replay-mypy-cache/ (cold: a few seconds per spec; a rerun rechecks what changed).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OFFLINE_SUITES = ("tests/client", "tests/validation", "tests/webhooks", "tests/reliability")
# Bounds: one regeneration, one run of the suites.
GENERATE_TIMEOUT = 300
MYPY_TIMEOUT = 600
TESTS_TIMEOUT = 1200
TYPECHECKED = ("overlay/telnyx_messaging", "generated")
MYPY_CACHE = REPO / "build" / "replay-mypy-cache"
MYPY_SUMMARY = re.compile(r"^(Success: no issues found|Found \d+ errors?) in .*$", re.MULTILINE)
MYPY_ERROR = re.compile(r"^\S+:\d+: error: .*$", re.MULTILINE)
# The editable install puts this checkout's overlay/ and generated/ on the interpreter's path,
# and mypy searches the interpreter's path too: a module missing from the copy would be found
# here and the copy would type-check against the wrong files. mypy asks this interpreter
# instead, which answers as the virtualenv minus the entries inside this checkout.
SEARCH_DIRS_WITHOUT_CHECKOUT = """#!{python}
import runpy, sys
sys.path[:] = [p for p in sys.path if p != {repo!r} and not p.startswith({repo!r} + "/")]
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""
OPERATIONS_LINE = re.compile(r": (\d+) operations -> ")
MISSING_LINE = re.compile(r": (\d+) scope entries or patches not in this spec:")


@dataclass
class Replay:
    """What one spec gave: generation, then the suites."""

    spec: str
    operations: int = 0
    not_in_spec: int = 0
    generate_seconds: float = 0.0
    mypy: str = "not run"
    mypy_seconds: float = 0.0
    test_seconds: float = 0.0
    passed: int = 0
    failed: int = 0
    skipped: int = 0
    first_problem: str = ""

    @property
    def ok(self) -> bool:
        return self.operations > 0 and self.failed == 0 and self.mypy == "ok" and not self.first_problem

    def line(self) -> str:
        seconds = self.generate_seconds + self.mypy_seconds + self.test_seconds
        return (
            f"{self.spec}: {self.operations} ops ({self.not_in_spec} scope entries/patches not in spec), "
            f"{seconds:.0f}s (generate {self.generate_seconds:.1f}s, mypy {self.mypy_seconds:.1f}s), "
            f"{self.passed} passed, {self.failed} failed, {self.skipped} skipped; mypy --strict: {self.mypy}; "
            f"first problem: {self.first_problem or 'none'}"
        )


def copy_checkout(destination: Path) -> None:
    """The working tree as git sees it (tracked + untracked, minus ignored: no .venv, build/)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = REPO / name
        if not source.is_file():  # deleted in the working tree but still in the index
            continue
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


def _environment(clone: Path, spec: Path) -> dict[str, str]:
    paths = [str(clone / "generated"), str(clone / "overlay")]
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([*paths, os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
        "TELNYX_SPEC": str(spec),
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def _run(
    command: list[str], clone: Path, spec: Path, timeout: float
) -> tuple[subprocess.CompletedProcess[str] | None, float]:
    """Run inside the copy, bounded in time: (the finished process or None when it took longer, seconds)."""
    started = time.perf_counter()
    try:
        done = subprocess.run(
            command,
            cwd=clone,
            env=_environment(clone, spec),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        done = None
    return done, time.perf_counter() - started


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "no output"


def generate(clone: Path, spec: Path, result: Replay) -> bool:
    command = [
        sys.executable, str(clone / "openapi" / "tools" / "generate.py"),
        "--spec", str(spec),
        "--out", str(clone / "generated"),
        "--spec-out", str(clone / "build" / "spec" / "messaging.json"),
        "--pin", str(clone / "openapi" / "source.yml"),
        # as `make generate`: the resource signatures are derived from the same spec
        "--surface-out", str(clone / "overlay" / "telnyx_messaging" / "_resources"),
    ]  # fmt: skip
    done, result.generate_seconds = _run(command, clone, spec, GENERATE_TIMEOUT)
    if done is None:
        result.first_problem = f"make generate took over {GENERATE_TIMEOUT}s"
        return False
    output = done.stdout + done.stderr
    if match := MISSING_LINE.search(output):
        result.not_in_spec = int(match.group(1))
    if done.returncode != 0 or not (match := OPERATIONS_LINE.search(output)):
        result.first_problem = f"generate failed: {_last_line(output)}"
        return False
    result.operations = int(match.group(1))
    return True


def typecheck(clone: Path, spec: Path, result: Replay, cache: Path | None = None) -> None:
    """`mypy --strict` (the copy's pyproject config) on the copy's overlay and generated code.
    The cache is per spec: mypy's cache is meant for one tree edited in place."""
    python = clone.parent / "python-without-checkout"
    python.write_text(SEARCH_DIRS_WITHOUT_CHECKOUT.format(python=sys.executable, repo=str(REPO)), encoding="utf-8")
    python.chmod(0o755)
    command = [
        sys.executable, "-m", "mypy", "--python-executable", str(python),
        "--cache-dir", str(cache or MYPY_CACHE / spec.stem), *TYPECHECKED,
    ]  # fmt: skip
    done, result.mypy_seconds = _run(command, clone, spec, MYPY_TIMEOUT)
    if done is None:
        result.mypy = f"took over {MYPY_TIMEOUT}s"
        result.first_problem = f"mypy {result.mypy}"
        return
    summary = MYPY_SUMMARY.search(done.stdout)
    if done.returncode == 0 and summary and summary.group(1).startswith("Success"):
        result.mypy = "ok"
        return
    result.mypy = summary.group(1).removeprefix("Found ") if summary else f"exited {done.returncode}"
    first = MYPY_ERROR.search(done.stdout)
    result.first_problem = f"mypy: {first.group(0) if first else _last_line(done.stdout + done.stderr)}"


def _first_failure(suite: ET.Element) -> str:
    for case in suite.iter("testcase"):
        for problem in (*case.findall("failure"), *case.findall("error")):
            message = (problem.get("message") or "").strip()
            if not message or message == "collection failure":  # the reason is the traceback's last line
                message = f"{message} {_last_line(problem.text or '')}".strip()
            name = "::".join(filter(None, (case.get("classname"), case.get("name"))))
            return f"{name}: {message.splitlines()[0][:240] if message else problem.tag}"
    return ""


def run_suites(clone: Path, spec: Path, suites: list[str], result: Replay) -> None:
    report = clone / "build" / "replay-junit.xml"
    command = [
        sys.executable, "-m", "pytest", "-q", "-p", "no:randomly",
        "-m", "not contract and not slow",
        f"--junitxml={report}", *suites,
    ]  # fmt: skip
    done, result.test_seconds = _run(command, clone, spec, TESTS_TIMEOUT)
    if done is None:
        result.first_problem = result.first_problem or f"the suites took over {TESTS_TIMEOUT}s"
        return
    if not report.exists():
        result.first_problem = (
            result.first_problem or f"pytest exited {done.returncode}: {_last_line(done.stdout + done.stderr)}"
        )
        return
    root = ET.parse(report).getroot()  # noqa: S314
    for suite in root.iter("testsuite"):
        total = int(suite.get("tests", 0))
        failed = int(suite.get("failures", 0)) + int(suite.get("errors", 0))
        skipped = int(suite.get("skipped", 0))
        result.failed += failed
        result.skipped += skipped
        result.passed += total - failed - skipped
        result.first_problem = result.first_problem or _first_failure(suite)
    if done.returncode not in (0, 1) and not result.first_problem:
        result.first_problem = f"pytest exited {done.returncode}: {_last_line(done.stdout + done.stderr)}"


def replay(spec: Path, suites: list[str], keep: bool = False) -> Replay:
    result = Replay(spec.name)
    scratch = Path(tempfile.mkdtemp(prefix="telnyx-replay-"))
    try:
        clone = scratch / REPO.name
        copy_checkout(clone)
        shared = REPO.parent / "shared"
        if shared.exists():  # tests and the Makefile reach the specs as ../shared
            (scratch / "shared").symlink_to(shared)
        if generate(clone, spec, result):
            typecheck(clone, spec, result)
            run_suites(clone, spec, suites, result)
    finally:
        if keep:
            print(f"{spec.name}: the copy stays in {scratch}", file=sys.stderr)
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("specs", nargs="+", type=Path, help="upstream spec files")
    parser.add_argument("--suites", nargs="+", default=list(OFFLINE_SUITES), help="test folders to run")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--keep", action="store_true", help="keep each temporary copy (its path goes to stderr)")
    args = parser.parse_args()
    results = []
    for spec in args.specs:
        result = replay(spec.resolve(), args.suites, keep=args.keep)
        print(result.line(), flush=True)
        results.append(result)
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n", encoding="utf-8")
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
