"""upstream spec -> cut (scope.yml) -> patch (patches.overlay.yml) -> preprocess -> JSON.

    python openapi/tools/build_spec.py SPEC OUT.json

SPEC is a path or an http(s) URL. The result is what openapi-python-client and Prism read.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from cut import CutError, check_scope, cut, restore_patched_refs
from load import Source, load_spec
from overlay import OverlayError, apply_overlay
from preprocess import PreprocessError, preprocess

OPENAPI_DIR = Path(__file__).resolve().parent.parent


def read_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def strict_scope() -> bool:
    """STRICT_SCOPE=1 (CI): a scope entry missing from the spec is fatal."""
    return os.environ.get("STRICT_SCOPE", "").strip().lower() not in ("", "0", "false", "no")


def build(location: str, notes: list[str] | None = None) -> tuple[dict[str, Any], Source, dict[str, int]]:
    """The cut + patched + preprocessed spec. What the scope or the patches could not find in
    this spec (an older one) goes to `notes`, one line each; with `notes=None` to stderr."""
    upstream, source = load_spec(location)
    scope = read_yaml(OPENAPI_DIR / "scope.yml")
    lines = [str(missing) for missing in check_scope(upstream, scope, strict=strict_scope())]
    spec = cut(upstream, scope)
    patches = read_yaml(OPENAPI_DIR / "patches.overlay.yml")
    spec = apply_overlay(spec, patches, skipped=lines, components=upstream.get("components", {}))
    # Patches may reference components the cut did not need (D3 -> messaging_Errors).
    restore_patched_refs(spec, upstream, patches)
    report = preprocess(spec)
    if notes is not None:
        notes.extend(lines)
    elif lines:
        print(f"{source.name}: {len(lines)} scope entries or patches not in this spec:", file=sys.stderr)
        print("\n".join(f"  - {line}" for line in lines), file=sys.stderr)
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


def run(main: Callable[[], int]) -> int:
    """A pipeline tool's exit status: a spec/scope/patch problem is one clear message, not a traceback."""
    try:
        return main()
    except (CutError, OverlayError, PreprocessError) as error:
        print(f"{Path(sys.argv[0]).name}: {type(error).__name__}: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(run(lambda: main(sys.argv[1:])))
