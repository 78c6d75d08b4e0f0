"""Which upstream spec generated/ was made from, and skipping what an other spec lacks.

On the pinned spec (the Makefile's default TELNYX_SPEC) a field or operation that the tests
expect and the spec lacks is a failure: the table and the spec drifted. On any other spec
(`make replay`, `make generate TELNYX_SPEC=...`) the same test skips, naming what is absent.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from telnyx_messaging._operation import spec_label

MAKEFILE = Path(__file__).resolve().parents[2] / "Makefile"


@cache
def pinned_spec() -> str:
    """The file name of the Makefile's default TELNYX_SPEC."""
    match = re.search(r"^TELNYX_SPEC \?= (.+)$", MAKEFILE.read_text(encoding="utf-8"), re.MULTILINE)
    assert match, "the Makefile sets no default TELNYX_SPEC"
    return Path(match.group(1).strip()).name


def generated_from_pinned_spec() -> bool:
    return spec_label().startswith(f"{pinned_spec()},")


def skip_unless_pinned(absent: object, what: str) -> None:
    """Skip when `absent` is truthy and generated/ comes from another spec than the pinned one."""
    if absent and not generated_from_pinned_spec():
        pytest.skip(f"{what}: not in {spec_label()} (generated/ is not from the pinned {pinned_spec()})")


def skip_unless_operations(*operation_ids: str) -> None:
    """Skip (off the pinned spec) a test that needs operations the generated spec lacks."""
    from telnyx_messaging_api._index import OPERATIONS

    absent = [operation_id for operation_id in operation_ids if operation_id not in OPERATIONS]
    skip_unless_pinned(absent, f"operations {absent}")


def skip_unless_query_parameter(operation_id: str, wire_name: str) -> None:
    """Skip (off the pinned spec) a test that needs a query parameter the generated spec lacks."""
    from telnyx_messaging_api._index import OPERATIONS

    entry = OPERATIONS.get(operation_id)
    skip_unless_pinned(entry is None or wire_name not in entry.query, f"{operation_id} query parameter {wire_name}")
