"""Install the official SDK (telnyx==4.189.0) into its own virtualenv for `make bench-peer`.

    .venv/bin/python bench/peer_setup.py

The peer venv (default .venv-peer/, override with BENCH_PEER_VENV) is separate from ours:
the official SDK is never a dependency of telnyx-messaging, and the benchmark only runs it
in subprocesses. The peer venv shares our pinned httpx and pynacl, so baselines match.
"""

from __future__ import annotations

import subprocess
import sys
import venv

from _peer import PEER_PACKAGE, PEER_VENV, PEER_VERSION, peer_available, peer_python


def _pins() -> list[str]:
    """Our httpx and pynacl versions, so raw baselines and nacl verify cost match ours."""
    from importlib.metadata import version

    return [f"httpx=={version('httpx')}", f"pynacl=={version('pynacl')}"]


def main() -> int:
    if peer_available():
        print(f"{PEER_PACKAGE}=={PEER_VERSION} already installed in {PEER_VENV}")
        return 0
    print(f"creating {PEER_VENV} and installing {PEER_PACKAGE}=={PEER_VERSION} ...")
    if not peer_python().exists():
        venv.EnvBuilder(with_pip=True, clear=True).create(PEER_VENV)
    pip = [str(peer_python()), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, f"{PEER_PACKAGE}[webhooks]=={PEER_VERSION}", *_pins()], check=True)
    if not peer_available():
        print(f"installed, but {peer_python()} cannot import {PEER_PACKAGE}=={PEER_VERSION}", file=sys.stderr)
        return 1
    print(f"ok: {PEER_PACKAGE}=={PEER_VERSION} in {PEER_VENV}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
