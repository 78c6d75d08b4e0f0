"""Stable names for the webhook models (`_webhook_models.py` in the generated package).

The overlay's typed events need the model of each webhook body and of its `data` and `meta`;
the generator names those after the spec's schemas, which differ between spec versions. This
module re-exports them under names made from the webhook's key in the cut spec
(`deliveryUpdate` -> DeliveryUpdateEvent, DeliveryUpdateData, DeliveryUpdateMeta), read from
the generated models themselves, so telnyx_messaging never spells a generated model path.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from derive_index import PACKAGE, GeneratedShapeError, _field_annotations, _imports, _parse, _strip_optional, snake_case


def _schema_name(webhook: dict[str, Any]) -> str:
    schema = webhook["post"]["requestBody"]["content"]["application/json"]["schema"]
    return str(schema["$ref"]).rsplit("/", 1)[1]


def webhook_models(spec: dict[str, Any], package: Path) -> dict[str, str]:
    """Stable name -> "module:Class", for every webhook of the cut spec."""
    found: dict[str, str] = {}
    for key, webhook in sorted(spec.get("webhooks", {}).items()):
        role = key[:1].upper() + key[1:]
        class_name = _schema_name(webhook)
        module = f"{PACKAGE}.models.{snake_case(class_name)}"
        path = package / "models" / f"{snake_case(class_name)}.py"
        if not path.exists():
            raise GeneratedShapeError(f"webhook {key}: no generated model file {path.name} for {class_name}")
        tree = _parse(path)
        found[f"{role}Event"] = f"{module}:{class_name}"
        fields, imports = _field_annotations(tree, class_name), _imports(tree)
        for field, suffix in (("data", "Data"), ("meta", "Meta")):
            members = _strip_optional(fields[field]) if field in fields else []
            names = [member.id for member in members if isinstance(member, ast.Name)]
            if names and names[0] in imports:
                found[f"{role}{suffix}"] = f"{imports[names[0]]}:{names[0]}"
    return found


def render(models: dict[str, str]) -> str:
    lines = ['"""The webhook models under names that do not depend on the spec\'s schema names."""', ""]
    for name, ref in sorted(models.items(), key=lambda item: item[1]):
        module, class_name = ref.split(":")
        lines.append(f"from {module} import {class_name} as {name}")
    lines += ["", "__all__ = [", *(f'    "{name}",' for name in sorted(models)), "]", ""]
    return "\n".join(lines)


def write_webhook_models(spec: dict[str, Any], package: Path) -> None:
    (package / "_webhook_models.py").write_text(render(webhook_models(spec, package)), encoding="utf-8")
