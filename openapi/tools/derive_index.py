"""The operation index: what the generator made for each operationId, read from its output.

    OPERATIONS["SendMessage"] = Entry(module=..., response=..., item=..., ...)

The overlay binds to operations by operationId through this table (written into the
generated package as `_index.py` by generate.py, byte-checked by `make check-generated`),
so the folders and class names the generator derives from tags and response names can
change without an overlay edit. Everything here is read from the generated code itself
(its imports and `_parse_response`), never guessed from naming rules.
"""

from __future__ import annotations

import ast
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cut import HTTP_METHODS

PACKAGE = "telnyx_messaging_api"
JSON = "application/json"


class GeneratedShapeError(Exception):
    """The generated code does not have the shape the index reads."""


@dataclass
class Entry:
    operation_id: str
    method: str
    path: str
    module: str  # dotted module under the generated package
    response: str | None  # "module:Class" of the 2xx body; None for a bare JSON value
    envelope: bool  # the 2xx body is {"data": ...}
    data: str | None  # the annotation of `data` (Unset/None removed), e.g. "list[MessagingProfile]"
    item: str | None  # list operations ({"data": [...], "meta": ...}): "module:Class" of an element
    body: str | None  # "module:Class" of the request body model
    has_body: bool
    path_params: tuple[str, ...]
    query: tuple[str, ...]  # wire names
    names: dict[str, str] = field(default_factory=dict)  # class name -> "module" for `data` annotation


def snake_case(operation_id: str) -> str:
    """openapi-python-client's module name for an operationId (`UpdateAutoRespConfig` ->
    `update_auto_resp_config`)."""
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", operation_id))
    return re.sub(r"[^a-z0-9_]+", "_", words.lower())


def _imports(tree: ast.Module) -> dict[str, str]:
    """Class name -> absolute dotted module, from `from ...models.x import X` (any depth)."""
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("models."):
            for alias in node.names:
                found[alias.asname or alias.name] = f"{PACKAGE}.{node.module}"
    return found


def _parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def _response_class(module: ast.Module, where: str) -> str | None:
    """The class whose from_dict parses the first 2xx answer in `_parse_response`."""
    function = next(
        (n for n in module.body if isinstance(n, ast.FunctionDef) and n.name == "_parse_response"),
        None,
    )
    if function is None:
        raise GeneratedShapeError(f"{where}: no _parse_response")
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            target = node.targets[0].id
            if re.fullmatch(r"response_2\d\d", target):
                call = node.value
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "from_dict"
                    and isinstance(call.func.value, ast.Name)
                ):
                    return call.func.value.id
                return None  # cast(str, response.json()) and friends: a bare value
    return None


def _bare_type(module: ast.Module) -> str | None:
    """`str` for `response_200 = cast(str, response.json())`: a 2xx body that is a bare value."""
    function = next(n for n in module.body if isinstance(n, ast.FunctionDef) and n.name == "_parse_response")
    for node in ast.walk(function):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Name)
            and re.fullmatch(r"response_2\d\d", node.targets[0].id)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "cast"
        ):
            return ast.unparse(node.value.args[0])
    return None


def _union_members(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _union_members(node.left) + _union_members(node.right)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _union_members(ast.parse(node.value, mode="eval").body)
    return [node]


def _field_annotations(model: ast.Module, class_name: str) -> dict[str, ast.expr]:
    for node in model.body:
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            return {
                item.target.id: item.annotation
                for item in node.body
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
            }
    raise GeneratedShapeError(f"class {class_name} not found")


def _strip_optional(annotation: ast.expr) -> list[ast.expr]:
    """The members of a union annotation without `Unset` and `None`."""
    return [
        m
        for m in _union_members(annotation)
        if not (isinstance(m, ast.Name) and m.id == "Unset") and not (isinstance(m, ast.Constant) and m.value is None)
    ]


def _names_in(nodes: list[ast.expr]) -> set[str]:
    return {n.id for node in nodes for n in ast.walk(node) if isinstance(n, ast.Name)}


def _model_file(package: Path, dotted: str) -> Path:
    return package / Path(*dotted.split(".")[1:]).with_suffix(".py")


def _response_shape(package: Path, ref: str) -> tuple[bool, str | None, str | None, dict[str, str]]:
    """(envelope, data annotation, item "module:Class", names used by the annotation)."""
    dotted, class_name = ref.split(":")
    tree = _parse(_model_file(package, dotted))
    fields = _field_annotations(tree, class_name)
    if "data" not in fields:
        return False, None, None, {}
    imports = _imports(tree)
    members = _strip_optional(fields["data"])
    annotation = " | ".join(ast.unparse(m) for m in members)
    names = {name: imports[name] for name in _names_in(members) if name in imports}
    item = None
    if "meta" in fields and len(members) == 1:
        member = members[0]
        if isinstance(member, ast.Subscript) and isinstance(member.value, ast.Name) and member.value.id == "list":
            element = ast.unparse(member.slice)
            item = f"{imports[element]}:{element}" if element in imports else None
    return True, annotation, item, names


def _body_class(module: ast.Module) -> str | None:
    function = next(n for n in module.body if isinstance(n, ast.FunctionDef) and n.name == "_get_kwargs")
    for argument in function.args.kwonlyargs:
        if argument.arg == "body" and argument.annotation is not None:
            members = [m for m in _union_members(argument.annotation) if isinstance(m, ast.Name)]
            return members[0].id if members else None
    return None


def _spec_operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    found = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                found[operation["operationId"]] = (method.upper(), path, operation)
    return found


def _parameters(spec: dict[str, Any], operation: dict[str, Any], where: str) -> list[dict[str, Any]]:
    resolved = []
    for declared in operation.get("parameters", []):
        parameter = declared
        while "$ref" in parameter:
            parameter = spec["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[-1]]
        resolved.append(parameter)
    return [p for p in resolved if p["in"] == where]


def build_index(spec: dict[str, Any], package: Path) -> dict[str, Entry]:
    """operationId -> Entry for every operation of the cut spec, read from `package`."""
    modules = {path.stem: path for path in (package / "api").rglob("*.py") if path.name != "__init__.py"}
    index: dict[str, Entry] = {}
    for operation_id, (method, path, operation) in sorted(_spec_operations(spec).items()):
        module_path = modules.get(snake_case(operation_id))
        if module_path is None:
            raise GeneratedShapeError(f"{operation_id}: the generator wrote no module {snake_case(operation_id)}.py")
        tree = _parse(module_path)
        imports = _imports(tree)
        dotted = ".".join((PACKAGE, *module_path.relative_to(package).with_suffix("").parts))
        response_class = _response_class(tree, dotted)
        response = f"{imports[response_class]}:{response_class}" if response_class else None
        envelope, data, item, names = _response_shape(package, response) if response else (False, None, None, {})
        if response is None:
            data = _bare_type(tree)
        body_class = _body_class(tree)
        body = f"{imports[body_class]}:{body_class}" if body_class and body_class in imports else None
        index[operation_id] = Entry(
            operation_id=operation_id,
            method=method,
            path=path,
            module=dotted,
            response=response,
            envelope=envelope,
            data=data,
            item=item,
            body=body,
            has_body="requestBody" in operation,
            path_params=tuple(p["name"] for p in _parameters(spec, operation, "path")),
            query=tuple(p["name"] for p in _parameters(spec, operation, "query")),
            names=names,
        )
    return index


def _literal(value: object) -> str:
    """Python source for a str/None/bool/tuple of str, in the project's double-quote style."""
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, tuple):
        return "(" + "".join(f"{_literal(v)}, " for v in value).rstrip(" ") + ")"
    return repr(value)


def render_index(index: dict[str, Entry], spec_label: str) -> str:
    lines = [
        '"""operationId -> what the generator made for it (module, 2xx model, list item, parameters).',
        "",
        "Read by the overlay (telnyx_messaging._operation) to bind its methods by operationId.",
        '"""',
        "",
        "from typing import Final, NamedTuple",
        "",
        "",
        "class Entry(NamedTuple):",
        "    method: str",
        "    path: str",
        "    module: str",
        "    response: str | None",
        "    envelope: bool",
        "    item: str | None",
        "    body: str | None",
        "    has_body: bool",
        "    path_params: tuple[str, ...]",
        "    query: tuple[str, ...]",
        "",
        "",
        f"SPEC: Final = {_literal(spec_label)}",
        "OPERATIONS: Final[dict[str, Entry]] = {",
    ]
    for operation_id, entry in index.items():
        lines.append(f"    {_literal(operation_id)}: Entry(")
        for name in (
            "method",
            "path",
            "module",
            "response",
            "envelope",
            "item",
            "body",
            "has_body",
            "path_params",
            "query",
        ):
            lines.append(f"        {name}={_literal(getattr(entry, name))},")
        lines.append("    ),")
    lines.append("}")
    return "\n".join(lines) + "\n"


def spec_label(file: str, info_version: str) -> str:
    """How the index names the spec it was built from (in OperationUnavailableError too)."""
    return f"{file}, info.version {info_version}"


def page_meta(package: Path, index: dict[str, Entry]) -> str | None:
    """ "module:Class" of the `meta` of the list answers (the most common one, should they
    differ), read from the generated list response models; None without list operations."""
    found: Counter[str] = Counter()
    for entry in index.values():
        if entry.item is None or entry.response is None:
            continue
        dotted, class_name = entry.response.split(":")
        tree = _parse(_model_file(package, dotted))
        imports = _imports(tree)
        names = [m.id for m in _strip_optional(_field_annotations(tree, class_name)["meta"]) if isinstance(m, ast.Name)]
        found.update(f"{imports[name]}:{name}" for name in names[:1] if name in imports)
    return min(found, key=lambda ref: (-found[ref], ref)) if found else None


def render_page_meta(ref: str | None) -> str:
    """A stable name for the page meta model, whatever the generator calls it in this spec."""
    doc = '"""The model of a list answer\'s `meta` (telnyx_messaging.pagination.DefaultFlatPaginationMeta)."""\n\n'
    if ref is None:
        return doc + "from typing import Any\n\nPageMeta: Any = None  # this spec has no paginated list\n"
    module, class_name = ref.split(":")
    return doc + f'from {module} import {class_name} as PageMeta\n\n__all__ = ["PageMeta"]\n'


def write_index(spec: dict[str, Any], package: Path, spec_label: str) -> dict[str, Entry]:
    index = build_index(spec, package)
    (package / "_index.py").write_text(render_index(index, spec_label), encoding="utf-8")
    (package / "_page_meta.py").write_text(render_page_meta(page_meta(package, index)), encoding="utf-8")
    return index
