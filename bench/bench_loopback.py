"""Loopback throughput: a real HTTP server on 127.0.0.1 and N async sends at concurrency C.

The server (uvicorn, bare ASGI app, canned send body) runs in its own process for the whole
measure; each client run is a fresh child, raw httpx / ours / the official SDK taking turns.
Traffic goes to 127.0.0.1 only, and every run is bounded in count and time.
"""

from __future__ import annotations

import contextlib
import socket
import statistics
import subprocess
import time
from collections.abc import Iterator
from typing import Any

import _peer
from _proc import BENCH_DIR, REPO, child_env, run_worker
from _rows import Row

FULL = (5000, 50, 3)  # sends, concurrency, rounds
QUICK = (300, 10, 1)
STARTUP_TIMEOUT = 30.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def loopback_server() -> Iterator[int]:
    port = _free_port()
    command = [str(_peer.OURS_PYTHON), str(BENCH_DIR / "_loopback_server.py"), str(port)]
    server = subprocess.Popen(command, env=child_env(), cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_for(port, server)
        yield port
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _wait_for(port: int, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            stderr = server.stderr.read().decode() if server.stderr else ""
            raise RuntimeError(f"loopback server exited {server.returncode}: {stderr[-2000:]}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.05)
    raise RuntimeError(f"loopback server did not listen on 127.0.0.1:{port} within {STARTUP_TIMEOUT} s")


def run(quick: bool, peer: bool) -> list[Row]:
    sends, concurrency, rounds = QUICK if quick else FULL
    impls = ["raw", "ours"] + (["peer"] if peer else [])
    rates: dict[str, list[float]] = {impl: [] for impl in impls}
    with loopback_server() as port:
        for index in range(rounds):
            shift = index % len(impls)
            for impl in impls[shift:] + impls[:shift]:
                rates[impl].append(_client(impl, port, sends, concurrency)["per_second"])
    median, base = statistics.median(rates["ours"]), statistics.median(rates["raw"])
    row = Row(
        "loopback",
        f"loopback {sends:,} async sends, concurrency {concurrency}",
        "msg/s",
        median,
        min(rates["ours"]),
        max(rates["ours"]),
        "httpx.AsyncClient post + .json()",
        base,
        median / base,
    )
    row.extra.update(n=len(rates["ours"]), higher_is_better=True, raw_samples=rates["raw"])
    if peer:
        row.peer_median = statistics.median(rates["peer"])
        row.peer_ratio = row.peer_median / base
    return [row]


def _client(impl: str, port: int, sends: int, concurrency: int) -> dict[str, Any]:
    python = _peer.peer_python() if impl == "peer" else _peer.OURS_PYTHON
    args = ["--impl", impl, "--port", str(port), "--sends", str(sends), "--concurrency", str(concurrency)]
    result: dict[str, Any] = run_worker(python, "_loopback_client.py", *args, timeout=600)
    return result
