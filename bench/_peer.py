"""Where the official SDK lives: a separate virtualenv, never a dependency of ours."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PEER_PACKAGE = "telnyx"
PEER_VERSION = "4.189.0"
PEER_VENV = Path(os.environ.get("BENCH_PEER_VENV", REPO / ".venv-peer"))
OURS_PYTHON = REPO / ".venv" / "bin" / "python"


def peer_python() -> Path:
    return PEER_VENV / "bin" / "python"


def peer_available() -> bool:
    """True when the peer venv exists and imports the pinned official SDK."""
    python = peer_python()
    if not python.exists():
        return False
    probe = subprocess.run(  # webhooks.unwrap needs the [webhooks] extra (pynacl)
        [str(python), "-c", f"import nacl, importlib.metadata as m; print(m.version({PEER_PACKAGE!r}))"],
        capture_output=True,
        text=True,
        check=False,
    )
    return probe.returncode == 0 and probe.stdout.strip() == PEER_VERSION
