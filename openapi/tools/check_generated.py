"""`make check-generated`: prove generated/ is exactly what the pipeline makes from the spec.

1. The upstream spec (TELNYX_SPEC) is the one pinned in openapi/source.yml.
2. Regenerating into a temporary folder gives byte-identical files (readable diff if not).
3. `mypy --strict` and `ruff check` pass on generated/.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import yaml

from derive_surface import is_derived
from load import load_spec

REPO = Path(__file__).resolve().parents[2]
GENERATED = REPO / "generated"
RESOURCES = REPO / "overlay" / "telnyx_messaging" / "_resources"  # the derived resource modules
PACKAGE = "telnyx_messaging_api"
BIN_DIR = Path(sys.executable).parent


def compare_trees(expected: Path, actual: Path, only: Callable[[Path], bool] = lambda _: True) -> list[str]:
    """Unified diffs (and missing/extra files) between two folders, empty when identical.
    `only` picks the files of `actual` that the pipeline owns (derived ones)."""
    problems: list[str] = []
    expected_files = {
        p.relative_to(expected) for p in expected.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    }
    actual_files = {
        p.relative_to(actual) for p in actual.rglob("*") if p.is_file() and "__pycache__" not in p.parts and only(p)
    }
    for missing in sorted(expected_files - actual_files):
        problems.append(f"only in a fresh generation (missing from {actual.relative_to(REPO)}/): {missing}")
    for extra in sorted(actual_files - expected_files):
        problems.append(f"only in {actual.relative_to(REPO)}/ (the pipeline does not produce it): {extra}")
    for name in sorted(expected_files & actual_files):
        if filecmp.cmp(expected / name, actual / name, shallow=False):
            continue
        diff = difflib.unified_diff(
            (actual / name).read_text(encoding="utf-8").splitlines(keepends=True),
            (expected / name).read_text(encoding="utf-8").splitlines(keepends=True),
            fromfile=f"{actual.relative_to(REPO)}/{name} (committed)",
            tofile=f"{actual.relative_to(REPO)}/{name} (fresh)",
        )
        problems.append("".join(diff))
    return problems


def check_pin(spec: str) -> list[str]:
    pin = yaml.safe_load((REPO / "openapi" / "source.yml").read_text(encoding="utf-8"))
    _, source = load_spec(spec)
    if source.sha256 == pin["sha256"]:
        return []
    return [
        f"TELNYX_SPEC={spec} (sha256 {source.sha256}) is not the spec generated/ was built from "
        f"({pin['file']}, sha256 {pin['sha256']}): run `make generate`, review `make spec-diff`, commit."
    ]


def run(label: str, command: list[str]) -> list[str]:
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    if result.returncode == 0:
        return []
    return [f"{label} failed:\n{result.stdout}{result.stderr}"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--spec", default=os.environ.get("TELNYX_SPEC"), required="TELNYX_SPEC" not in os.environ)
    args = parser.parse_args()

    problems = check_pin(args.spec)
    with tempfile.TemporaryDirectory(prefix="telnyx-check-") as scratch:
        surface = Path(scratch) / "_resources"
        generate = [sys.executable, str(Path(__file__).with_name("generate.py")), "--spec", args.spec, "--out", scratch]
        problems += run("regeneration", [*generate, "--surface-out", str(surface)])
        if not problems:
            problems += compare_trees(Path(scratch) / PACKAGE, GENERATED / PACKAGE)
            problems += compare_trees(surface, RESOURCES, only=is_derived)
    problems += run("mypy --strict generated/", [str(BIN_DIR / "mypy"), "--strict", f"generated/{PACKAGE}"])
    problems += run("ruff check generated/", [str(BIN_DIR / "ruff"), "check", "--no-cache", "generated"])
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(
            f"check-generated: {len(problems)} problem(s); generated/ is out of date or was edited by hand.",
            file=sys.stderr,
        )
        return 1
    print(
        "check-generated: generated/ and the derived overlay/telnyx_messaging/_resources/ match the spec and "
        "openapi/ byte for byte; mypy --strict and ruff pass."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
