"""The generated models package loads lazily yet exposes every model."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

from telnyx_messaging_api import models

MODELS_DIR = Path(models.__file__).parent


def test_every_model_module_is_in_the_lazy_table() -> None:
    modules = {path.stem for path in MODELS_DIR.glob("*.py") if path.name != "__init__.py"}
    assert set(models._MODULE_OF.values()) == modules
    for name, module in models._MODULE_OF.items():
        assert getattr(models, name) is getattr(importlib.import_module(f"{models.__name__}.{module}"), name)
    assert sorted(models.__all__) == sorted(models._MODULE_OF)


def test_importing_one_operation_loads_only_the_models_it_needs() -> None:
    code = (
        "import sys; import telnyx_messaging_api.api.messages.send_message; "
        "print(sum(m.startswith('telnyx_messaging_api.models.') for m in sys.modules))"
    )
    loaded = int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    # The request, the envelope, the payload and the parts it parses into (imported with it,
    # once, rather than on every parse); not all ~150.
    assert 0 < loaded < 25
