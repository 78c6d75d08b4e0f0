"""Every call in the reference (SKILL.md) passes validation, as written there."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from telnyx_messaging._validation import validate_request

from ._spec import OPERATIONS

SKILL = Path(__file__).resolve().parents[3] / "shared" / "reference" / "telnyx-messaging-python-SKILL.md"

# The samples' arguments, copied from SKILL.md so the test runs where ../shared is absent;
# test_copy_matches_the_reference keeps the copy honest when it is present.
SAMPLES: list[tuple[str, dict[str, object]]] = [
    ("messages.send", {"to": "+18445550001", "from_": "+18005550101", "text": "Hello from Telnyx!"}),
    ("messages.send", {"to": "+18445550001", "from_": "+18005550101", "text": "Hello from Telnyx!"}),
    (
        "messages.send_with_alphanumeric_sender",
        {
            "from_": "MyCompany",
            "messaging_profile_id": "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
            "text": "Hello from Telnyx!",
            "to": "+13125550001",
        },
    ),
    (
        "messages.send_group_mms",
        {"from_": "+13125551234", "to": ["+18655551234", "+14155551234"], "text": "Hello from Telnyx!"},
    ),
    ("messages.send_long_code", {"from_": "+18445550001", "to": "+13125550002", "text": "Hello from Telnyx!"}),
    (
        "messages.send_number_pool",
        {
            "messaging_profile_id": "abc85f64-5717-4562-b3fc-2c9600000000",
            "to": "+13125550002",
            "text": "Hello from Telnyx!",
        },
    ),
    ("messages.send_short_code", {"from_": "+18445550001", "to": "+18445550001", "text": "Hello from Telnyx!"}),
    (
        "messages.schedule",
        {
            "to": "+18445550001",
            "from_": "+18005550101",
            "text": "Appointment reminder",
            "send_at": "2025-07-01T15:00:00Z",
        },
    ),
    ("messages.send_whatsapp", {"from_": "+13125551234", "to": "+13125551234", "whatsapp_message": {}}),
]


def calls_in(markdown: str) -> list[tuple[str, dict[str, object]]]:
    """`client.a.b(k=literal, ...)` calls in the ```python blocks, with literal arguments."""
    found = []
    for block in re.findall(r"```python\n(.*?)```", markdown, flags=re.DOTALL):
        for node in ast.walk(ast.parse(block)):
            if isinstance(node, ast.Call) and ast.unparse(node.func).startswith("client."):
                name = ast.unparse(node.func).removeprefix("client.")
                if name in OPERATIONS:  # an overlay method
                    found.append((name, {kw.arg: ast.literal_eval(kw.value) for kw in node.keywords if kw.arg}))
    return found


@pytest.mark.parametrize(("operation", "params"), SAMPLES, ids=[op for op, _ in SAMPLES])
def test_sample_passes(operation, params):
    validate_request(operation, params)


def test_copy_matches_the_reference():
    if not SKILL.exists():
        pytest.skip(f"{SKILL} not present (outside the repository)")
    assert calls_in(SKILL.read_text()) == SAMPLES
