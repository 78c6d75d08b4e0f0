"""Read the upstream spec from a path or an http(s) URL."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

try:  # libyaml parses the 4 MB upstream spec ~10x faster than the pure-Python loader
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - PyYAML wheels ship libyaml
    from yaml import SafeLoader  # type: ignore[assignment]


# Parsed specs by content hash: YAML parsing is most of `make generate`'s time (1.3 s idle, 5 s on
# a busy machine), unpickling 0.1 s. Our own build output, keyed by the sha256 of the exact bytes.
CACHE_DIR = Path(__file__).resolve().parents[2] / "build" / "spec-cache"


@dataclass(frozen=True)
class Source:
    """Where a spec came from, enough to tell whether it changed."""

    name: str
    sha256: str
    info_version: str

    def as_dict(self) -> dict[str, str]:
        return {"file": self.name, "sha256": self.sha256, "info_version": self.info_version}


def read_bytes(location: str) -> bytes:
    if location.startswith(("http://", "https://")):
        with urllib.request.urlopen(location, timeout=60) as response:  # noqa: S310 - scheme checked above
            return bytes(response.read())
    path = Path(location)
    if not path.is_file():
        raise SystemExit(
            f"upstream spec not found at {location!r} (resolved: {path.resolve()}): "
            "set TELNYX_SPEC to a path or an http(s) URL of Telnyx's spec3.yml"
        )
    return path.read_bytes()


def parse(raw: bytes) -> Any:
    text = raw.decode("utf-8")
    return json.loads(text) if text.lstrip().startswith("{") else yaml.load(text, Loader=SafeLoader)


def parse_cached(raw: bytes, sha256: str, cache_dir: Path | None = CACHE_DIR) -> Any:
    """`parse(raw)`, through a pickle in cache_dir keyed by the bytes' sha256 (None: no cache)."""
    if cache_dir is None:
        return parse(raw)
    cached = cache_dir / f"{sha256}.pickle"
    try:
        return pickle.loads(cached.read_bytes())  # noqa: S301 - written below by this function only
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass
    document = parse(raw)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL))
        partial.replace(cached)  # atomic: a concurrent reader sees all of it or nothing
    except OSError:
        pass  # a read-only checkout still works, just slower
    return document


def load_spec(location: str, cache_dir: Path | None = CACHE_DIR) -> tuple[dict[str, Any], Source]:
    raw = read_bytes(location)
    sha256 = hashlib.sha256(raw).hexdigest()
    spec = parse_cached(raw, sha256, cache_dir)
    if not isinstance(spec, dict) or "openapi" not in spec:
        raise ValueError(f"{location} is not an OpenAPI document")
    name = location.rstrip("/").rsplit("/", 1)[-1]
    return spec, Source(name=name, sha256=sha256, info_version=str(spec["info"]["version"]))
