"""Fixtures for the generation pipeline tests.

Loading an upstream spec costs ~3 s (YAML), so each is loaded once per session; every build
(the real one and the ones with a fix left out) runs `build_spec.build` on a deep copy of it.
The one full regeneration that runs in a subprocess (2026-01-30, ~8 s) starts as soon as
collection shows a test needs it, so it runs on the other core while the fast tests run.
"""

from __future__ import annotations

import copy
import functools
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

import build_spec  # openapi/tools, put on sys.path by tests/generation/__init__.py
import preprocess
from load import Source, load_spec
from overlay import apply_overlay
from tests.generation.helpers import NEW_SPEC, OLD_SPEC, OLDEST_SPEC, TOOLS, Wire


@dataclass(frozen=True)
class Upstream:
    """A loaded upstream spec. Never mutate `spec`: build from a copy."""

    location: str
    spec: dict[str, Any]
    source: Source


# How to build the spec without one fix: leave out the overlay actions whose description
# starts with the id, or skip the preprocess step whose name does. D7 is generator config.
FIX_REMOVALS: dict[str, dict[str, str]] = {
    "D1": {"skip_step": "D1"},
    "D2": {"skip_step": "D2"},
    "D3": {"drop_actions": "D3"},
    "D4": {"drop_actions": "D4"},
    "D5": {"drop_actions": "D5"},
    "D6": {"skip_step": "D6"},
    "D8": {"skip_step": "D8"},
}


def build_from(upstream: Upstream, *, drop_actions: str = "", skip_step: str = "") -> dict[str, Any]:
    """`build_spec.build()` on a copy of an already loaded spec, optionally without one fix."""

    def load(location: str) -> tuple[dict[str, Any], Source]:
        assert location == upstream.location
        return copy.deepcopy(upstream.spec), upstream.source

    def overlay_without(document: dict[str, Any], patches: dict[str, Any], **options: Any) -> dict[str, Any]:
        kept = [a for a in patches["actions"] if not (drop_actions and a["description"].startswith(drop_actions))]
        assert not drop_actions or len(kept) < len(patches["actions"]), f"no overlay action is {drop_actions}"
        return apply_overlay(document, {**patches, "actions": kept}, **options)

    def preprocess_without(spec: dict[str, Any]) -> dict[str, int]:
        steps = [(name, step) for name, step in preprocess.STEPS if not (skip_step and name.startswith(skip_step))]
        assert not skip_step or len(steps) < len(preprocess.STEPS), f"no preprocess step is {skip_step}"
        return {name: step(spec) for name, step in steps}

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(build_spec, "load_spec", load)
        if drop_actions:
            patch.setattr(build_spec, "apply_overlay", overlay_without)
        if skip_step:
            patch.setattr(build_spec, "preprocess", preprocess_without)
        spec, _, _ = build_spec.build(upstream.location)
    return spec


@pytest.fixture(scope="session")
def upstream_new() -> Upstream:
    spec, source = load_spec(str(NEW_SPEC))
    return Upstream(str(NEW_SPEC), spec, source)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def spec_server() -> Iterator[str]:
    """An http.server thread on 127.0.0.1 serving ../shared/openapi; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(OLD_SPEC.parent))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def upstream_old(spec_server: str) -> Upstream:
    """The 2026-01-30 spec, loaded over HTTP: every test using it also exercises URL locations."""
    location = f"{spec_server}/{OLD_SPEC.name}"
    spec, source = load_spec(location)
    return Upstream(location, spec, source)


@pytest.fixture(scope="session")
def built_new(upstream_new: Upstream) -> dict[str, Any]:
    """The cut + patched + preprocessed 2026-07-16 spec, as `make generate` builds it. Read only."""
    return build_from(upstream_new)


@pytest.fixture(scope="session")
def built_old(upstream_old: Upstream) -> dict[str, Any]:
    """The same for 2026-01-30. Read only."""
    return build_from(upstream_old)


@pytest.fixture(scope="session")
def upstream_oldest_built() -> dict[str, Any]:
    """The 2025-06-04 spec (OpenAPI 3.0, pre-2026 tags), built as `make generate` builds it."""
    spec, source = load_spec(str(OLDEST_SPEC))
    return build_from(Upstream(str(OLDEST_SPEC), spec, source))


@pytest.fixture(scope="session")
def without_fix(upstream_new: Upstream) -> Callable[[str], dict[str, Any]]:
    """`without_fix("D3")`: the 2026-07-16 spec built with that one fix left out (cached)."""
    cache: dict[str, dict[str, Any]] = {}

    def build(fix: str) -> dict[str, Any]:
        if fix not in cache:
            cache[fix] = build_from(upstream_new, **FIX_REMOVALS[fix])
        return cache[fix]

    return build


@pytest.fixture
def wire() -> Wire:
    return Wire()


# --- the background regeneration of the 2026-01-30 spec --------------------------------------


@dataclass
class Regeneration:
    """`generate.py --spec <2026-01-30> --out <out>` (with --spec-out <out>/messaging.json)."""

    out: Path
    process: subprocess.Popen[str]
    output: str = ""

    @property
    def package(self) -> Path:
        return self.out / "telnyx_messaging_api"


_OLD_REGENERATION = pytest.StashKey[Regeneration]()


def pytest_collection_finish(session: pytest.Session) -> None:
    if not any("regenerated_old" in getattr(item, "fixturenames", ()) for item in session.items):
        return
    out = Path(tempfile.mkdtemp(prefix="telnyx-regenerate-old-"))
    command = [sys.executable, str(TOOLS / "generate.py"), "--spec", str(OLD_SPEC), "--out", str(out)]
    command += ["--spec-out", str(out / "messaging.json")]
    env = {**os.environ, "PYTHONHASHSEED": "4242"}  # another hash seed: set order must not leak out
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    session.config.stash[_OLD_REGENERATION] = Regeneration(out, process)


def pytest_sessionfinish(session: pytest.Session) -> None:
    regeneration = session.config.stash.get(_OLD_REGENERATION, None)
    if regeneration is None:
        return
    if regeneration.process.poll() is None:  # the session ended before a test waited for it
        regeneration.process.kill()
    regeneration.process.communicate()
    shutil.rmtree(regeneration.out, ignore_errors=True)


@pytest.fixture(scope="session")
def regenerated_old(request: pytest.FixtureRequest) -> Regeneration:
    regeneration = request.config.stash[_OLD_REGENERATION]
    if regeneration.process.returncode is None:
        regeneration.output, _ = regeneration.process.communicate(timeout=180)
    return regeneration
