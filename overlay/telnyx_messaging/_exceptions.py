"""The one exception hierarchy of telnyx_messaging.

TelnyxError
├── ValidationError (also a ValueError)      bad input, caught before anything is sent
├── ConfigurationError (also a ValueError)   bad client settings, caught at construction
├── MissingAPIKeyError                       no api_key / TELNYX_API_KEY when a request is made
├── PageLimitError                           a list walked past max_pages pages
├── WebhookVerificationError                 a webhook failed signature/timestamp/body checks
└── APIError                                 something happened on (or on the way to) the API
    ├── APIStatusError                       a non-2xx answer
    │   ├── BadRequestError            400
    │   ├── AuthenticationError        401
    │   ├── PermissionDeniedError      403
    │   ├── NotFoundError              404
    │   ├── ConflictError              409
    │   ├── UnprocessableEntityError   422
    │   ├── RateLimitError             429
    │   └── InternalServerError        >= 500
    ├── APIResponseValidationError           a 2xx body we could not parse (raw response kept)
    │   └── IncompleteResponseError          a 2xx whose body was cut off: the request was accepted
    ├── ResponseTooLargeError                the body passed max_response_bytes (status, headers kept)
    └── APIConnectionError                   no answer: DNS, refused, reset, closed client
        └── APITimeoutError

Every one of them pickles (multiprocessing, task queues) with its public attributes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


class TelnyxError(Exception):
    """Base class of every error this package raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        # The default pickling calls cls(*args), which keyword-only constructors refuse:
        # rebuild without __init__, then restore the attributes.
        return (_rebuild, (type(self), self.args), self.__dict__)


def _rebuild(cls: type[TelnyxError], args: tuple[Any, ...]) -> TelnyxError:
    return cls.__new__(cls, *args)


class ConfigurationError(TelnyxError, ValueError):
    """A client setting (api_key, base_url, public_key, ...) is unusable; raised when the
    client is constructed. The message names the setting and the problem, never a secret."""


class MissingAPIKeyError(TelnyxError):
    """A request needs an API key and none was configured."""


class PageLimitError(TelnyxError):
    """Iterating a list reached the client's `max_pages` (the pages before were all
    yielded). Raise the bound with Telnyx(max_pages=...) if the list really is that long."""

    def __init__(self, message: str, *, limit: int) -> None:
        super().__init__(message)
        self.limit = limit


class WebhookVerificationError(TelnyxError):
    """A webhook request failed verification; the message says which check and why."""


class PhoneNumbersNotInstalledError(TelnyxError, ImportError):
    """An optional feature (telnyx_messaging.phone.normalize, strict=True) needs the
    `phonenumbers` package: pip install 'telnyx-messaging[phonenumbers]'."""


class _Missing:
    """`ValidationError.value` when the argument was not given at all."""

    def __repr__(self) -> str:
        return "MISSING"

    def __reduce__(self) -> str:
        return "MISSING"  # unpickles to the module's singleton, so `value is MISSING` holds


MISSING = _Missing()


class ValidationError(TelnyxError, ValueError):
    """An argument breaks a rule the API states; raised before any request is sent.

    `param` names the argument, `value` is what was given (MISSING when nothing was), `rule`
    the rule broken, `suggestion` a corrected value when one can be derived unambiguously
    (for example an E.164 form of a formatted number).
    """

    def __init__(self, param: str, value: object, rule: str, *, suggestion: str | None = None) -> None:
        self.param = param
        self.value = value
        self.rule = rule
        self.suggestion = suggestion
        message = f"{param}: {rule}" if value is MISSING else f"{param}={value!r}: {rule}"
        if suggestion is not None:
            message += f" (did you mean {suggestion!r}?)"
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class ErrorDetail:
    """One entry of Telnyx's `{"errors": [...]}` envelope."""

    code: str | None = None
    title: str | None = None
    detail: str | None = None
    pointer: str | None = None
    parameter: str | None = None
    url: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    def __str__(self) -> str:
        text = " - ".join(part for part in (self.title, self.detail) if part) or "error"
        where = self.pointer or self.parameter
        if where:
            text += f" (at {where})"
        return f"{text} [code {self.code}]" if self.code else text


class APIError(TelnyxError):
    """Something went wrong talking to the API. `request` is the request that was sent."""

    message: str
    request: httpx.Request | None
    body: object | None

    def __init__(self, message: str, *, request: httpx.Request | None = None, body: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


class APIStatusError(APIError):
    """The API answered with a non-2xx status.

    `errors` is Telnyx's error list, parsed; `body` the decoded JSON (or text) as received;
    `response` the raw httpx response; `request_id` the server's request id when it sent one.
    """

    response: httpx.Response
    status_code: int
    errors: list[ErrorDetail]
    request_id: str | None

    def __init__(
        self, message: str, *, response: httpx.Response, body: object | None, errors: list[ErrorDetail]
    ) -> None:
        super().__init__(message, request=response.request if _has_request(response) else None, body=body)
        self.response = response
        self.status_code = response.status_code
        self.errors = errors
        self.request_id = request_id_of(response)


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403"""


class NotFoundError(APIStatusError):
    """404"""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422: the API rejected a field; `errors[i].pointer` says which."""


class RateLimitError(APIStatusError):
    """429. `retry_after` is the server's requested wait in seconds, when it gave one."""

    retry_after: float | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        errors: list[ErrorDetail],
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body, errors=errors)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """5xx"""


class APIResponseValidationError(APIError):
    """A 2xx response whose body does not have the documented shape (or is not JSON).

    The call itself succeeded on the server; `response` keeps everything that was received.
    """

    response: httpx.Response
    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, body: object | None = None) -> None:
        super().__init__(message, request=response.request if _has_request(response) else None, body=body)
        self.response = response
        self.status_code = response.status_code


class IncompleteResponseError(APIResponseValidationError):
    """A 2xx status line and headers arrived, then the body was cut off (reset, closed or
    timed out). The server accepted the request: do not send it again. `response` has the
    status, headers and whatever part of the body arrived; `request_id` identifies it."""

    request_id: str | None

    def __init__(self, message: str, *, response: httpx.Response, body: object | None = None) -> None:
        super().__init__(message, response=response, body=body)
        self.request_id = request_id_of(response)


class ResponseTooLargeError(APIError):
    """The decoded response body passed the client's `max_response_bytes`; reading stopped
    there. `response` keeps the status and headers (its body is not kept)."""

    response: httpx.Response
    status_code: int
    request_id: str | None
    limit: int

    def __init__(self, message: str, *, response: httpx.Response, limit: int) -> None:
        super().__init__(message, request=response.request if _has_request(response) else None)
        self.response = response
        self.status_code = response.status_code
        self.request_id = request_id_of(response)
        self.limit = limit


class APIConnectionError(APIError):
    """No usable answer: connection refused or reset, DNS failure, protocol error, closed client."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, write, read or pool)."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-telnyx-request-id")


def request_id_of(response: httpx.Response) -> str | None:
    for name in REQUEST_ID_HEADERS:
        value: str | None = response.headers.get(name)
        if value:
            return value
    return None


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises RuntimeError when the response was built by hand
    except RuntimeError:
        return False
    return True
