"""JSON Schema validation of requests and answers against the shipped spec (jsonschema).

Why `jsonschema` on the spec's own schemas rather than `openapi-core`: the spec is OpenAPI
3.1, whose schemas *are* JSON Schema 2020-12, so `Draft202012Validator` checks them as
written, with `$ref`s resolved by `referencing` against the whole document. The request side
of OpenAPI (routing, the bracketed ``filter[...]`` query names, string-to-integer coercion,
auth) is a few dozen lines in `_requests.py` and behaves exactly like the Telnyx API (its
error codes and JSON pointers). Measured (tests/fake/README.md): 0.3 ms per request and 0.8 s
to load, against 3.7 ms and 4.0 s for `openapi-core`, which also brings ~19 more packages.
"""

from __future__ import annotations

import datetime
import functools
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError as SchemaError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from telnyx_messaging.testing._spec import Spec

SPEC_URI = "urn:telnyx-messaging:openapi"

_FORMATS = FormatChecker(formats=())
_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")


@_FORMATS.checks("uuid", raises=ValueError)
def _is_uuid(value: object) -> bool:
    return not isinstance(value, str) or (len(value) == 36 and bool(uuid.UUID(value)))


@_FORMATS.checks("date-time", raises=ValueError)
def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _RFC3339.fullmatch(value):
        return False
    datetime.datetime.fromisoformat(value.replace("z", "Z").replace("t", "T"))
    return True


@_FORMATS.checks("date", raises=ValueError)
def _is_date(value: object) -> bool:
    return not isinstance(value, str) or (len(value) == 10 and bool(datetime.date.fromisoformat(value)))


@_FORMATS.checks("email")
def _is_email(value: object) -> bool:
    return not isinstance(value, str) or "@" in value


@_FORMATS.checks("uri")
def _is_uri(value: object) -> bool:
    return not isinstance(value, str) or re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", value) is not None


@dataclass(frozen=True)
class Problem:
    """One way a value breaks its schema: where (a JSON pointer into the value) and why."""

    pointer: str
    message: str
    keyword: str
    read_only: bool = False  # the failing schema is `readOnly`: ignored in requests, as OpenAPI says


class Schemas:
    """Validators for any schema of the spec, by JSON pointer (built once, then cached)."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        resource = Resource.from_contents(spec.document, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)

    @functools.cache  # noqa: B019 - one Schemas per Spec, both live as long as the process
    def validator(self, pointer: str) -> Draft202012Validator:
        return Draft202012Validator({"$ref": SPEC_URI + pointer}, registry=self._registry, format_checker=_FORMATS)

    def problems(self, pointer: str, value: Any) -> list[Problem]:
        errors = sorted(self.validator(pointer).iter_errors(value), key=lambda e: list(e.absolute_path))
        return [problem for error in errors for problem in _flatten(error)]


def _flatten(error: SchemaError) -> Iterator[Problem]:
    """The most specific problems: a failed oneOf/anyOf reports its best-matching branch."""
    if error.validator in ("oneOf", "anyOf") and error.context:
        best = min(error.context, key=lambda e: (len(list(e.relative_path)) * -1, e.validator == "type"))
        deeper = [e for e in error.context if e.relative_schema_path[0] == best.relative_schema_path[0]]
        for sub in deeper:
            yield from _flatten(sub)
        return
    path = "".join("/" + str(token).replace("~", "~0").replace("/", "~1") for token in error.absolute_path)
    read_only = isinstance(error.schema, dict) and error.schema.get("readOnly") is True
    yield Problem(path, error.message, str(error.validator), read_only)
