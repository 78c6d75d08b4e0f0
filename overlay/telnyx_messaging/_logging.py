"""Logging through `logging.getLogger("telnyx_messaging")`.

Records carry method, path, status, attempt, elapsed time and request id. Message text and
phone numbers are personal data: paths are logged with phone-number-like segments masked and
without the query string, unless the user opts in with TELNYX_LOG_PII=1. The API key is never
logged (it is only ever added to the copy of a request handed to the network).
"""

from __future__ import annotations

import logging
import os
import re

from ._constants import LOG_BODIES_ENV, LOG_ENV

logger = logging.getLogger("telnyx_messaging")

# A path segment that is a phone number (E.164, maybe URL-encoded) or a short code.
_PHONE_SEGMENT = re.compile(r"(?<=/)(?:\+|%2B)?\d{3,15}(?=/|$)", re.IGNORECASE)
_configured = False


def setup_from_env() -> None:
    """Honour TELNYX_LOG=debug|info once per process (an explicit user config wins)."""
    global _configured  # noqa: PLW0603 - one-time process setup
    if _configured:
        return
    _configured = True
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(os.environ.get(LOG_ENV, "").strip().lower())
    if level is None or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


def pii_logging_enabled() -> bool:
    return os.environ.get(LOG_BODIES_ENV, "").strip().lower() in {"1", "true", "yes"}


def loggable_path(path: str, query: bytes) -> str:
    if pii_logging_enabled():
        return f"{path}?{query.decode('ascii', 'replace')}" if query else path
    return _PHONE_SEGMENT.sub("<redacted>", path)
