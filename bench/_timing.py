"""Timing helpers: interleaved rounds, so machine noise hits every case of a round alike.

Stdlib only: the workers import this module in the peer venv too.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

Sync = Callable[[], Any]
Async = Callable[[], Awaitable[Any]]


def per_call_us(func: Sync, number: int) -> float:
    start = time.perf_counter()
    for _ in range(number):
        func()
    return (time.perf_counter() - start) / number * 1e6


async def per_call_us_async(func: Async, number: int) -> float:
    start = time.perf_counter()
    for _ in range(number):
        await func()
    return (time.perf_counter() - start) / number * 1e6


def interleaved(cases: Mapping[str, Sync], rounds: int, number: int) -> dict[str, list[float]]:
    """µs per call of every case, `rounds` samples each, the cases taking turns every round
    (in rotating order, so no case always runs right after the same neighbour)."""
    for func in cases.values():  # warm up: first-call imports and caches are not the cost
        for _ in range(max(3, number // 10)):
            func()
    names = list(cases)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            samples[name].append(per_call_us(cases[name], number))
    return samples


def interleaved_async(cases: Mapping[str, Async], rounds: int, number: int) -> dict[str, list[float]]:
    async def main() -> dict[str, list[float]]:
        for func in cases.values():
            for _ in range(max(3, number // 10)):
                await func()
        names = list(cases)
        samples: dict[str, list[float]] = {name: [] for name in names}
        for index in range(rounds):
            shift = index % len(names)
            for name in names[shift:] + names[:shift]:
                samples[name].append(await per_call_us_async(cases[name], number))
        return samples

    return asyncio.run(main())


def summary(samples: list[float]) -> dict[str, float]:
    return {
        "median": statistics.median(samples),
        "min": min(samples),
        "max": max(samples),
        "n": len(samples),
    }
