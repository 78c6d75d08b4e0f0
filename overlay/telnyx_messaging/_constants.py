"""Defaults and retry constants, in one place."""

from __future__ import annotations

import httpx

DEFAULT_BASE_URL = "https://api.telnyx.com/v2"
API_KEY_ENV = "TELNYX_API_KEY"
BASE_URL_ENV = "TELNYX_BASE_URL"
PUBLIC_KEY_ENV = "TELNYX_PUBLIC_KEY"
LOG_ENV = "TELNYX_LOG"
LOG_PII_ENV = "TELNYX_LOG_PII"

# Sending a message normally answers in well under a second; 60 s covers the slow tail
# of list calls without leaving a dead connection hanging for minutes.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
# The largest decoded response body a client reads (a real Telnyx answer is well under
# 1 MiB; this stops a gzip bomb or a runaway body long before it exhausts memory).
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
# Iterating a list stops with PageLimitError after this many pages (at the API's largest
# page size, 250, that is 2.5 million items); Telnyx(max_pages=...) raises it.
DEFAULT_MAX_PAGES = 10_000
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)

# Exponential backoff: 0.5 s, 1 s, 2 s, ... capped at 8 s, each with up to 25 % jitter
# taken off so that many clients retrying together spread out.
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
RETRY_JITTER = 0.25
# A server's Retry-After is honoured up to this many seconds; beyond it (or when it is
# unparseable or negative) the computed backoff is used instead of hanging the caller.
MAX_RETRY_AFTER = 60.0

# Statuses worth another attempt for requests that are safe to replay.
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# 429 means the request was refused before processing: safe to retry even for a send.
STATUSES_NEVER_PROCESSED = frozenset({429})
# Methods that can be replayed without a second side effect (RFC 9110 idempotent methods).
REPLAY_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})

IDEMPOTENCY_KEY_HEADER = "Idempotency-Key"
# Per-request options travel to the transport in httpx request extensions under this key.
OPTIONS_EXTENSION = "telnyx_messaging"
