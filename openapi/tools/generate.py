"""The whole generation pipeline, as run by `make generate` and `make check-generated`.

    python openapi/tools/generate.py --spec SPEC --out generated [--pin openapi/source.yml]
                                     [--spec-out build/spec/messaging.json]

Builds the cut + patched spec, runs the pinned openapi-python-client on it with
--fail-on-warning, finishes the output (postprocess.py) and replaces OUT/telnyx_messaging_api.
With --pin, records which upstream spec was used, so drift can be detected.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

import yaml

from build_spec import build, run, write_json
from derive_index import Entry, spec_label, write_index
from derive_rules import FILE as RULES_FILE
from derive_rules import derive_rules
from derive_surface import derive_surface, is_derived
from derive_webhooks import write_webhook_models
from postprocess import finish
from preprocess import operations

REPO = Path(__file__).resolve().parents[2]
PACKAGE = "telnyx_messaging_api"
SPEC_DATA = "openapi.json"  # the cut + patched spec, shipped inside the package
BIN_DIR = str(Path(sys.executable).parent)  # the virtualenv holding the pinned generator and ruff


def run_generator(spec_path: Path, target: Path) -> None:
    env = {**os.environ, "PATH": BIN_DIR + os.pathsep + os.environ.get("PATH", "")}  # hooks find the pinned ruff
    command = [
        os.path.join(BIN_DIR, "openapi-python-client"), "generate",
        "--path", str(spec_path),
        "--config", str(REPO / "generator_config.yml"),
        "--custom-template-path", str(REPO / "openapi" / "templates"),
        "--meta", "none",
        "--output-path", str(target),
        "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or "Warning" in output or "Error" in output:
        raise SystemExit(f"openapi-python-client failed or warned:\n{output}")


def build_package(spec: dict[str, Any], spec_path: Path, target: Path, label: str) -> dict[str, Entry]:
    """generated/telnyx_messaging_api from the built spec (already written to spec_path)."""
    run_generator(spec_path, target)
    # before finish(), so the index gets the generated header too
    index = write_index(spec, target, label)
    write_webhook_models(spec, target)
    finish(target, version("openapi-python-client"), ruff=os.path.join(BIN_DIR, "ruff"))
    # package data: telnyx_messaging.testing's fake serves and validates against this spec
    shutil.copyfile(spec_path, target / SPEC_DATA)
    return index


def write_surface(files: dict[str, str], folder: Path) -> None:
    """Replace the derived resource modules in `folder` (handwritten ones stay)."""
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.py"):
        if stale.name not in files and is_derived(stale):
            stale.unlink()
    paths = []
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(str(folder / name))
    ruff = [os.path.join(BIN_DIR, "ruff"), "--config", str(REPO / "pyproject.toml")]
    subprocess.run([*ruff, "check", "--quiet", "--no-cache", "--fix", "--select", "I,F401", *paths], check=True)
    subprocess.run([*ruff, "format", "--quiet", "--no-cache", *paths], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", required=True, help="upstream spec: path or http(s) URL")
    parser.add_argument("--out", required=True, type=Path, help="folder that receives telnyx_messaging_api/")
    parser.add_argument("--spec-out", type=Path, help="also keep the cut + patched spec here")
    parser.add_argument("--pin", type=Path, help="write the upstream spec's identity here")
    parser.add_argument("--surface-out", type=Path, help="write the derived resource modules here")
    args = parser.parse_args()

    started = time.perf_counter()
    spec, source, report = build(args.spec)
    with tempfile.TemporaryDirectory(prefix="telnyx-gen-") as scratch:
        spec_path = args.spec_out or Path(scratch) / "messaging.json"
        write_json(spec, spec_path)
        target = Path(scratch) / PACKAGE
        index = build_package(spec, spec_path, target, spec_label(source.name, source.info_version))
        if args.surface_out:
            naming = REPO / "openapi" / "naming.yml"
            files = derive_surface(spec, index, target, naming)
            files[RULES_FILE] = derive_rules(spec, naming)
            write_surface(files, args.surface_out)
        destination = args.out / PACKAGE
        if destination.exists():
            shutil.rmtree(destination)
        args.out.mkdir(parents=True, exist_ok=True)
        shutil.copytree(target, destination)

    operation_count = len(list(operations(spec)))
    if args.pin:
        pin = {
            **source.as_dict(),
            "operations": operation_count,
            "generator": f"openapi-python-client {version('openapi-python-client')}",
        }
        args.pin.write_text(
            "# Written by `make generate`: the upstream spec generated/ was built from.\n"
            "# `make check-generated` fails when TELNYX_SPEC no longer matches it.\n"
            + yaml.safe_dump(pin, sort_keys=False),
            encoding="utf-8",
        )
    fixes = ", ".join(f"{name}: {count}" for name, count in report.items())
    elapsed = time.perf_counter() - started
    print(f"{source.name}: {operation_count} operations -> {destination} in {elapsed:.1f}s ({fixes})")
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
