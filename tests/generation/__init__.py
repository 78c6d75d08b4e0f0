"""Tests of the generation pipeline (openapi/ -> generated/): D1-D8, determinism, spec-diff."""

import sys
from pathlib import Path

# The pipeline scripts in openapi/tools import each other as top-level modules
# (`from cut import cut`), exactly as when `make generate` runs them; so do these tests.
_TOOLS = str(Path(__file__).resolve().parents[2] / "openapi" / "tools")
if _TOOLS not in sys.path:
    sys.path.insert(0, _TOOLS)
