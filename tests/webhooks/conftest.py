"""Shared webhook test setup: a fixed signer, frozen time, and every surface that verifies.

To cover another entry point (e.g. the clients), add a factory to SURFACES:

    SURFACES["client"] = lambda key, env: Telnyx(public_key=key).webhooks
    SURFACES["async_client"] = lambda key, env: AsyncTelnyx(public_key=key).webhooks

Every test that takes the `surface` fixture then runs against it too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import time_machine

from telnyx_messaging import AsyncTelnyx, Telnyx, testing, webhooks

NOW = 1_700_000_000
SEED = bytes(range(32))
OTHER_SEED = bytes(range(100, 132))


class ModuleLevel:
    """The module functions with `public_key=` bound (None: taken from TELNYX_PUBLIC_KEY)."""

    def __init__(self, public_key: str | None) -> None:
        self.public_key = public_key

    def verify(self, payload: Any, headers: Any, **kwargs: Any) -> None:
        kwargs.setdefault("public_key", self.public_key)
        webhooks.verify(payload, headers, **kwargs)

    def unwrap(self, payload: Any, headers: Any, **kwargs: Any) -> webhooks.AnyWebhookEvent:
        kwargs.setdefault("public_key", self.public_key)
        return webhooks.unwrap(payload, headers, **kwargs)


class Env:
    """Sets TELNYX_PUBLIC_KEY for one test."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._monkeypatch = monkeypatch

    def set(self, key: str) -> None:
        self._monkeypatch.setenv(webhooks.PUBLIC_KEY_ENV, key)


def _env_module(key: str, env: Env) -> ModuleLevel:
    env.set(key)
    return ModuleLevel(None)


def _env_class(key: str, env: Env) -> webhooks.Webhooks:
    env.set(key)
    return webhooks.Webhooks()


# name -> factory(public key, env) -> object with verify(payload, headers, **kw) / unwrap(...)
SURFACES: dict[str, Callable[[str, Env], Any]] = {
    "module": lambda key, env: ModuleLevel(key),
    "module_env": _env_module,
    "class": lambda key, env: webhooks.Webhooks(key),
    "class_env": _env_class,
    "class_rotation": lambda key, env: webhooks.Webhooks([testing.WebhookSigner(OTHER_SEED).public_key, key]),
    "client": lambda key, env: Telnyx(public_key=key).webhooks,
    "async_client": lambda key, env: AsyncTelnyx(public_key=key).webhooks,
    "client_env": lambda key, env: (env.set(key), Telnyx().webhooks)[1],
    "client_rotation": lambda key, env: Telnyx(public_key=[testing.WebhookSigner(OTHER_SEED).public_key, key]).webhooks,
}


@pytest.fixture(autouse=True)
def _no_ambient_key(monkeypatch: pytest.MonkeyPatch) -> None:
    # A TELNYX_PUBLIC_KEY in the developer's shell must not change results.
    monkeypatch.delenv(webhooks.PUBLIC_KEY_ENV, raising=False)


@pytest.fixture
def frozen() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def signer() -> testing.WebhookSigner:
    return testing.WebhookSigner(SEED)


@pytest.fixture
def other_signer() -> testing.WebhookSigner:
    return testing.WebhookSigner(OTHER_SEED)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> Env:
    return Env(monkeypatch)


@pytest.fixture(params=sorted(SURFACES))
def surface(request: pytest.FixtureRequest, signer: testing.WebhookSigner, env: Env) -> Any:
    return SURFACES[request.param](signer.public_key, env)


@pytest.fixture(params=["bytes", "str"])
def as_payload(request: pytest.FixtureRequest) -> Callable[[bytes], bytes | str]:
    """Turns the raw body into what the test passes: bytes, or str as Flask's as_text gives."""
    if request.param == "bytes":
        return lambda body: body
    return lambda body: body.decode()
