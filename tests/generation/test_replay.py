"""`make replay`: each shared upstream spec regenerates in a throwaway copy and the offline suites pass there.

The slow tests run `openapi/tools/replay.py` once per shared spec (about a minute each on 2 cores):
generation must hold exactly the scope's operations that the spec has, `mypy --strict` must pass on
the copy's overlay/ and generated/, and the offline suites must pass (tests that need an operation
or field a spec lacks skip with that reason).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import replay  # openapi/tools, put on sys.path by tests/generation/__init__.py
from tests.generation.helpers import REPO, SHARED_SPEC_OPERATIONS, SHARED_SPECS

REPLAY = REPO / "openapi" / "tools" / "replay.py"
OPERATIONS = SHARED_SPEC_OPERATIONS
# Specs on which some offline tests still fail, and why (an expected failure, never a pass: the
# line printed by replay.py is in the xfail reason). Remove an entry as soon as it passes.
KNOWN_GAPS: dict[str, str] = {}  # spec file -> why its replay may still fail (none today)


def run_replay(tmp_path: Path, *arguments: str) -> tuple[subprocess.CompletedProcess[str], list[dict[str, object]]]:
    report = tmp_path / "replay.json"
    done = subprocess.run(
        [sys.executable, str(REPLAY), "--json", str(report), *arguments],
        capture_output=True,
        text=True,
        timeout=1500,
        check=False,
    )
    return done, json.loads(report.read_text(encoding="utf-8")) if report.exists() else []


def test_a_spec_that_cannot_generate_is_one_line_naming_the_problem(tmp_path: Path) -> None:
    unrelated = tmp_path / "unrelated.yml"
    unrelated.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"
        "paths: {/x: {get: {operationId: Other, responses: {'200': {description: ok}}}}}\n",
        encoding="utf-8",
    )
    before = sorted(p.name for p in (REPO / "generated" / "telnyx_messaging_api").iterdir())
    done, results = run_replay(tmp_path, str(unrelated))
    assert done.returncode == 1
    line = done.stdout.strip()
    assert line.startswith("unrelated.yml: 0 ops")
    assert "first problem: generate failed:" in line
    assert "selects no operation" in line
    assert results[0]["operations"] == 0
    assert results[0]["passed"] == 0  # the suites did not run on nothing
    # the checkout itself is never touched
    assert sorted(p.name for p in (REPO / "generated" / "telnyx_messaging_api").iterdir()) == before


@pytest.mark.slow
@pytest.mark.parametrize("spec", sorted(OPERATIONS))
def test_replaying_a_shared_spec_generates_its_operations_and_passes_the_offline_suites(
    spec: str, tmp_path: Path
) -> None:
    if not (SHARED_SPECS / spec).exists():
        pytest.skip(f"{spec} is not in {SHARED_SPECS}")
    done, results = run_replay(tmp_path, str(SHARED_SPECS / spec))
    print(done.stdout, done.stderr)
    (result,) = results
    assert result["operations"] == OPERATIONS[spec], done.stdout
    if spec in KNOWN_GAPS and (result["failed"] or not result["passed"]):
        pytest.xfail(f"{KNOWN_GAPS[spec]}: {done.stdout.strip()}")
    assert result["passed"] > 0, done.stdout  # the suites ran
    assert result["failed"] == 0, done.stdout
    assert result["mypy"] == "ok", done.stdout
    assert "mypy --strict: ok" in done.stdout
    assert done.returncode == 0, done.stdout


@pytest.mark.slow
def test_the_copy_type_checks_against_its_own_generated_code_not_this_checkouts(tmp_path: Path) -> None:
    # The overlay imports a generated module the copy lacks but this checkout has (the editable
    # install puts it on the interpreter's path): mypy must not find it here.
    clone = tmp_path / "copy"
    (clone / "overlay" / "telnyx_messaging").mkdir(parents=True)
    (clone / "generated" / "telnyx_messaging_api").mkdir(parents=True)
    (clone / "pyproject.toml").write_text(
        '[tool.mypy]\nstrict = true\nmypy_path = ["overlay", "generated"]\nexplicit_package_bases = true\n',
        encoding="utf-8",
    )
    (clone / "overlay" / "telnyx_messaging" / "__init__.py").write_text(
        "from telnyx_messaging_api._index import SPEC\n\nLABEL: str = SPEC\n", encoding="utf-8"
    )
    for name in ("__init__.py", "py.typed"):
        (clone / "generated" / "telnyx_messaging_api" / name).write_text("", encoding="utf-8")
    assert (REPO / "generated" / "telnyx_messaging_api" / "_index.py").exists()
    result = replay.Replay("copy.yml", operations=1)

    replay.typecheck(clone, tmp_path / "copy.yml", result, cache=tmp_path / "mypy-cache")

    assert result.mypy == "1 error"
    assert result.first_problem.startswith("mypy: overlay/telnyx_messaging/__init__.py:1: error: Cannot find"), (
        result.first_problem
    )
    assert '"telnyx_messaging_api._index"' in result.first_problem
    assert not result.ok
    assert "mypy --strict: 1 error" in result.line()
