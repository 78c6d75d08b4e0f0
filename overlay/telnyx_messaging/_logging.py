"""Logging through `logging.getLogger("telnyx_messaging")`.

Records carry method, path, status, attempt, elapsed time and request id. Message text and
phone numbers are personal data: paths are logged with phone-number-like segments masked and
without the query string, unless the user opts in with TELNYX_LOG_PII=1. The API key is never
logged (it is only on a request while it is written). httpx's own request log lines for the
Telnyx API get the same masking.
"""

from __future__ import annotations

import logging
import os
import re

import httpx

from ._constants import LOG_ENV, LOG_PII_ENV

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


class _RedactTelnyxUrls(logging.Filter):
    """httpx itself logs every request URL at INFO on the "httpx" logger. For requests to a
    Telnyx API origin, mask phone numbers there the same way (unless TELNYX_LOG_PII=1)."""

    def __init__(self) -> None:
        super().__init__()
        self.origins: set[tuple[str, str, int | None]] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and not pii_logging_enabled():
            record.args = tuple(self._redact(arg) for arg in record.args)
        return True

    def _redact(self, arg: object) -> object:
        url = arg if isinstance(arg, httpx.URL) else None
        if url is None or (url.scheme, url.host, url.port) not in self.origins:
            return arg
        return f"{url.scheme}://{url.netloc.decode('ascii')}{loggable_path(url.path, url.query)}"


_httpx_filter = _RedactTelnyxUrls()


def redact_httpx_logs_for(url: httpx.URL) -> None:
    """Called for each client's base URL; the filter is installed once per process."""
    if not _httpx_filter.origins:
        logging.getLogger("httpx").addFilter(_httpx_filter)
    _httpx_filter.origins.add((url.scheme, url.host, url.port))


def pii_logging_enabled() -> bool:
    return os.environ.get(LOG_PII_ENV, "").strip().lower() in {"1", "true", "yes"}


def loggable_path(path: str, query: bytes) -> str:
    if pii_logging_enabled():
        return f"{path}?{query.decode('ascii', 'replace')}" if query else path
    return _PHONE_SEGMENT.sub("<redacted>", path)
