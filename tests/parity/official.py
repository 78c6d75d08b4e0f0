"""Install telnyx==4.189.0 into .venv-peer (from PyPI, as `make bench-peer` does) and read
its surface as JSON through tests/parity/official_surface.py, run in that virtualenv."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

from telnyx_messaging_api._index import OPERATIONS

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))
from _peer import peer_available, peer_python  # noqa: E402


def our_endpoints() -> list[str]:
    return sorted({f"{e.method} {re.sub(r'{[^}]+}', '{}', e.path)}" for e in OPERATIONS.values()})


@cache
def load_official() -> dict[str, Any]:
    if not peer_available():
        subprocess.run([sys.executable, str(REPO / "bench" / "peer_setup.py")], check=True, timeout=600)
    result = subprocess.run(
        [str(peer_python()), str(Path(__file__).with_name("official_surface.py"))],
        input=json.dumps(our_endpoints()),
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return json.loads(result.stdout)  # type: ignore[no-any-return]
