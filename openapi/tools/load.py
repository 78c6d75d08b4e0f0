"""Read the upstream spec from a path or an http(s) URL."""

from __future__ import annotations

import hashlib
import json
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

try:  # libyaml parses the 4 MB upstream spec ~10x faster than the pure-Python loader
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - PyYAML wheels ship libyaml
    from yaml import SafeLoader  # type: ignore[assignment]


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


def load_spec(location: str) -> tuple[dict[str, Any], Source]:
    raw = read_bytes(location)
    text = raw.decode("utf-8")
    spec = json.loads(text) if text.lstrip().startswith("{") else yaml.load(text, Loader=SafeLoader)
    if not isinstance(spec, dict) or "openapi" not in spec:
        raise ValueError(f"{location} is not an OpenAPI document")
    name = location.rstrip("/").rsplit("/", 1)[-1]
    return spec, Source(name=name, sha256=hashlib.sha256(raw).hexdigest(), info_version=str(spec["info"]["version"]))
