"""upstream spec -> cut (scope.yml) -> patch (patches.overlay.yml) -> preprocess -> JSON.

    python openapi/tools/build_spec.py SPEC OUT.json

SPEC is a path or an http(s) URL. The result is what openapi-python-client and Prism read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

from cut import cut
from load import Source, load_spec
from overlay import apply_overlay
from preprocess import preprocess

OPENAPI_DIR = Path(__file__).resolve().parent.parent


def read_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def build(location: str) -> tuple[dict[str, Any], Source, dict[str, int]]:
    upstream, source = load_spec(location)
    spec = cut(upstream, read_yaml(OPENAPI_DIR / "scope.yml"))
    spec = apply_overlay(spec, read_yaml(OPENAPI_DIR / "patches.overlay.yml"))
    report = preprocess(spec)
    return spec, source, report


def write_json(spec: dict[str, Any], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(spec, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    spec, source, report = build(argv[0])
    write_json(spec, Path(argv[1]))
    print(f"{source.name} (sha256 {source.sha256[:12]}…): " + ", ".join(f"{k}: {v}" for k, v in report.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
