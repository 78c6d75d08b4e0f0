"""Faults on demand: the next requests for an operation fail, drop the connection, or wait."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from telnyx_messaging.testing._requests import error

if TYPE_CHECKING:
    from telnyx_messaging.testing._fake import Answer
    from telnyx_messaging.testing._spec import Spec

ANY_OPERATION = "*"
_TITLES = {
    400: ("10015", "Bad Request"),
    401: ("10009", "Authentication failed"),
    403: ("10010", "Authorization failed"),
    404: ("10005", "Resource not found"),
    408: ("10007", "Request timeout"),
    409: ("10015", "Conflict"),
    422: ("10015", "Invalid value"),
    429: ("10011", "Too many requests"),
}


@dataclass
class Fault:
    operation_id: str
    status: int | None = None
    retry_after: float | None = None
    body: Any = None
    drop: bool = False
    delay: float = 0.0
    remaining: int = 1

    def answer(self) -> Answer:
        from telnyx_messaging.testing._fake import Answer  # noqa: PLC0415 - the two modules refer to each other

        status = self.status or 500
        headers = {"content-type": "application/json"}
        if self.retry_after is not None:
            headers["retry-after"] = f"{self.retry_after:g}"
        if self.body is not None:
            return Answer(status, self.body, headers)
        code, title = _TITLES.get(status, ("10007", "Unexpected error"))
        return Answer(status, {"errors": [error(code, title, f"Injected by fail_next() (HTTP {status}).")]}, headers)


class Faults:
    def __init__(self, spec: Spec) -> None:
        self._spec = spec
        self._pending: list[Fault] = []

    def resolve(self, operation: str) -> str:
        """An operationId for an overlay method name, an operationId or "METHOD /template"."""
        if operation == ANY_OPERATION or operation in self._spec.by_operation:
            return operation
        method, _, template = operation.partition(" ")
        for route in self._spec.routes:
            if route.method == method.lower() and route.template == template:
                return route.operation_id
        for overlay_operation in _overlay_operations():
            if overlay_operation.name == operation:
                return str(overlay_operation.operation_id)
        known = sorted(self._spec.by_operation)
        raise ValueError(f"unknown operation {operation!r}: use a method like 'messages.send' or one of {known}")

    def add(self, operation: str, *, times: int = 1, **fault: Any) -> Fault:
        if times < 1:
            raise ValueError(f"times={times!r}: must be at least 1")
        added = Fault(self.resolve(operation), remaining=times, **fault)
        self._pending.append(added)
        return added

    def take(self, operation_id: str | None) -> Fault | None:
        """The first pending fault for `operation_id`, used once."""
        for fault in self._pending:
            if fault.operation_id in (operation_id, ANY_OPERATION):
                fault.remaining -= 1
                if fault.remaining == 0:
                    self._pending.remove(fault)
                return fault
        return None

    def clear(self) -> None:
        self._pending.clear()


def _overlay_operations() -> list[Any]:
    import importlib  # noqa: PLC0415
    import pkgutil  # noqa: PLC0415

    from telnyx_messaging import _resources  # noqa: PLC0415
    from telnyx_messaging._operation import Operation  # noqa: PLC0415

    found = []
    for module_info in pkgutil.iter_modules(_resources.__path__):
        module = importlib.import_module(f"telnyx_messaging._resources.{module_info.name}")
        found += [value for value in vars(module).values() if isinstance(value, Operation)]
    return found
