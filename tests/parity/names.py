"""The official SDK's type names for our operations, as data: official name -> (the
`telnyx.types` package that exports it, our operationId, role), where role is "response"
(the 2xx model), "item" (one element of a list page) or "params" (the arguments).

`telnyx_messaging.types` resolves these through the generated index. The table is written
by `make official-names` (needs .venv-peer) and the parity test fails when it differs from
what the official package says now.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from telnyx_messaging_api._index import OPERATIONS

TABLE = Path(__file__).resolve().parents[2] / "overlay" / "telnyx_messaging" / "types" / "_names.py"
HEADER = '''"""Official type names -> (package under telnyx_messaging.types, operationId, role).

Written by `make official-names` from telnyx==4.189.0 (tests/parity/names.py); the parity
test fails when it no longer matches the official package. Do not edit by hand.
"""

from typing import Final

'''


def endpoint_to_operation() -> dict[str, str]:
    return {f"{e.method} {re.sub(r'{[^}]+}', '{}', e.path)}": op_id for op_id, e in OPERATIONS.items()}


def _package(module: str) -> str:
    """telnyx.types.messaging_profiles.x -> "messaging_profiles"; telnyx.types.shared.x -> "shared"
    (re-exported by telnyx.types too); telnyx.types.x -> "" """
    return ".".join(module.split(".")[2:-1])


def official_names(official: dict[str, Any]) -> dict[str, tuple[str, str, str]]:
    operations = endpoint_to_operation()
    names: dict[str, tuple[str, str, str]] = {}
    for methods in official["sync"].values():
        for method in methods.values():
            operation = operations.get(method["endpoint"] or "")
            types = method["types"]
            if operation is None or types is None:
                continue
            for role in ("response", "item", "params"):
                if types[role]:
                    module, name = types[role]
                    names.setdefault(name, (_package(module), operation, role))
    return dict(sorted(names.items()))


def render(names: dict[str, tuple[str, str, str]]) -> str:
    rows = "".join(
        f"    {json.dumps(name)}: ({', '.join(json.dumps(part) for part in value)}),\n" for name, value in names.items()
    )
    return f"{HEADER}NAMES: Final[dict[str, tuple[str, str, str]]] = {{\n{rows}}}\n"


def main() -> int:
    from tests.parity.official import load_official

    TABLE.write_text(render(official_names(load_official())))
    print(f"wrote {TABLE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
