"""Derive the overlay's resource modules from the cut spec, the operation index and
openapi/naming.yml.

    overlay/telnyx_messaging/_resources/<module>.py  (one per first part of a client path)

Each method's parameters (names, types, required or not), docstring (the spec's summary
and description) and return type come from the spec and the generated code; its place on
the client and its extra names (the official SDK's) from the naming table. The methods
hold no logic: they pass what they were given to the client's `_request` / `_list`, which
validate, send, retry and parse. An operation of the table that the spec lacks becomes a
method that raises OperationUnavailableError naming the operationId and the spec.
"""

from __future__ import annotations

import ast
import keyword
import re
import textwrap
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from derive_index import Entry, _field_annotations, _imports, _model_file, _parse, _strip_optional

HEADER = (
    "# Derived by openapi/tools/derive_surface.py from the cut Telnyx OpenAPI spec and\n"
    "# openapi/naming.yml. DO NOT EDIT: regenerate with `make generate`.\n"
)
JSON = "application/json"
SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
INDENT = " " * 8
# Positional-only id slots of methods whose official SDK order differs from the spec's.
SLOTS = ("first_id", "second_id", "third_id")


class NamingError(Exception):
    """openapi/naming.yml does not fit the spec."""


# --- the naming table -----------------------------------------------------------------------
@dataclass
class Naming:
    operation_id: str
    method: str  # client path, e.g. "messaging_profiles.autoresp_configs.retrieve"
    also: list[str] = field(default_factory=list)
    path_aliases: dict[str, str] = field(default_factory=dict)
    path_order: list[str] = field(default_factory=list)
    flatten: list[str] = field(default_factory=list)
    # body fields the official SDK sends beyond the spec's request schema:
    # {field: "Schema"} takes the type of that component schema's property, {field: "annotation"} as given
    extra_body: dict[str, str] = field(default_factory=dict)

    @property
    def resource(self) -> str:
        return self.method.rsplit(".", 1)[0]

    @property
    def name(self) -> str:
        return self.method.rsplit(".", 1)[1]


def load_naming(path: Path) -> tuple[dict[str, str], dict[str, Naming], list[str]]:
    table = yaml.safe_load(path.read_text(encoding="utf-8"))
    operations = {}
    for operation_id, row in table["operations"].items():
        row = {"method": row} if isinstance(row, str) else dict(row)  # noqa: PLW2901
        operations[operation_id] = Naming(operation_id=operation_id, **row)
        if operations[operation_id].resource not in table["resources"]:
            raise NamingError(f"{operation_id}: resource {operations[operation_id].resource} is not under `resources`")
    return dict(table["resources"]), operations, list(table.get("keyword_aliases", []))


# --- types from the spec ------------------------------------------------------------------------
def python_name(wire: str) -> str:
    """The generator's rule (and so the body model's attribute): a trailing `_` for
    keywords and `type`."""
    name = re.sub(r"\W", "_", wire)
    return f"{name}_" if keyword.iskeyword(name) or name == "type" else name


class Types:
    """Python annotations for spec schemas; remembers which model classes it used."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.components = spec["components"]
        self.models: dict[str, str] = {}  # class -> module, for TYPE_CHECKING imports

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            section, name = node["$ref"].split("/")[-2:]
            node = self.components[section][name]
        if "allOf" in node and len(node["allOf"]) == 1:
            return self.resolve(node["allOf"][0])
        return node

    def annotation(self, schema: dict[str, Any], model_hint: list[str]) -> tuple[str, bool]:
        """(annotation, nullable) for a schema; `model_hint` are the generated model classes
        the body model uses for this field (so an object can be passed as that model)."""
        schema = self.resolve(schema)
        nullable = bool(schema.get("nullable"))
        for key in ("anyOf", "oneOf"):
            if key in schema:
                members = [self.resolve(m) for m in schema[key]]
                concrete = [m for m in members if m.get("type") != "null"]
                nullable = nullable or len(concrete) < len(members)
                if len(concrete) == 1:
                    inner, inner_null = self.annotation(concrete[0], model_hint)
                    return inner, nullable or inner_null
                return "Any", nullable
        kind = schema.get("type")
        if isinstance(kind, list):
            nullable = nullable or "null" in kind
            kinds = [k for k in kind if k != "null"]
            kind = kinds[0] if len(kinds) == 1 else None
        if "enum" in schema and kind in ("string", "integer", None):
            values = [v for v in schema["enum"] if v is not None]
            return f"Literal[{', '.join(_literal(v) for v in values)}]", nullable or None in schema["enum"]
        return self._plain(schema, kind, model_hint), nullable

    def _plain(self, schema: dict[str, Any], kind: str | None, model_hint: list[str]) -> str:
        if kind == "string" and schema.get("format") == "date-time":
            return "datetime.datetime | str"
        if kind in SCALARS:
            return SCALARS[kind]
        if kind == "array":
            return f"Sequence[{self.annotation(schema.get('items', {}), model_hint)[0]}]"
        if kind == "object" or "properties" in schema:
            return f"Mapping[str, Any] | {model_hint[0]}" if model_hint else "Mapping[str, Any]"
        return "Any"


def _literal(value: object) -> str:
    return f'"{value}"' if isinstance(value, str) else repr(value)


def body_model_hints(package: Path, body: str | None) -> dict[str, list[str]]:
    """Field -> the model classes its annotation names, from the generated body model."""
    if body is None:
        return {}
    dotted, class_name = body.split(":")
    tree = _parse(_model_file(package, dotted))
    imports = _imports(tree)
    hints: dict[str, list[str]] = {}
    for name, annotation in _field_annotations(tree, class_name).items():
        members = _strip_optional(annotation)
        names = [n.id for m in members for n in ast.walk(m) if isinstance(n, ast.Name) and n.id in imports]
        hints[name] = [f"{n}@{imports[n]}" for n in names]
    return hints


# --- one method ---------------------------------------------------------------------------------
@dataclass
class Param:
    name: str  # python name
    annotation: str
    required: bool
    kind: str = "keyword"  # "path", "keyword"


@dataclass
class Method:
    naming: Naming
    entry: Entry | None
    summary: str = ""
    description: str = ""
    path_params: list[Param] = field(default_factory=list)
    params: list[Param] = field(default_factory=list)  # keyword-only, in signature order
    body: list[tuple[str, str]] = field(default_factory=list)  # (key in body dict, expression)
    query: list[tuple[str, str]] = field(default_factory=list)
    flat: list[tuple[tuple[str, ...], str]] = field(default_factory=list)  # (key path, argument)
    typed_dicts: list[str] = field(default_factory=list)
    returns: tuple[str, str] = ("", "")  # sync, async
    is_list: bool = False


def _type_checking(types: Types, hint: str) -> str:
    name, module = hint.split("@")
    types.models[name] = module
    return name


def _pascal(text: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[^A-Za-z0-9]+", text) if word)


@dataclass
class Context:
    """What every method's derivation reads."""

    types: Types
    package: Path  # the generated package (for body model annotations)
    keyword_aliases: list[str]


def build_method(naming: Naming, entry: Entry, operation: dict[str, Any], context: Context) -> Method:
    method = Method(naming, entry, operation.get("summary", ""), operation.get("description", ""))
    for name in entry.path_params:
        method.path_params.append(Param(python_name(name), "str", required=True, kind="path"))
    for name in naming.path_aliases:
        method.params.append(Param(python_name(name), "str | Unset", required=False))
    if entry.has_body:
        _body_params(method, operation, context)
    _query_params(method, operation, context)
    method.is_list = entry.item is not None
    if entry.item is not None:
        item = _type_checking(context.types, "{1}@{0}".format(*entry.item.split(":")))
        method.returns = (f"SyncPage[{item}]", f"AsyncPaginator[{item}]")
    else:
        data = _response_data(entry, context.types)
        method.returns = (f"APIResponse[{data}]", f"APIResponse[{data}]")
    return method


def _body_params(method: Method, operation: dict[str, Any], context: Context) -> None:
    """Required fields first, then the rest, each alphabetically (as 0.1.0 had them)."""
    types = context.types
    request = types.resolve(operation["requestBody"])
    schema = types.resolve(request["content"][JSON]["schema"])
    required = set(schema.get("required", []))
    hints = body_model_hints(context.package, method.entry.body if method.entry else None)
    fields = []
    for wire, prop in schema.get("properties", {}).items():
        if types.resolve(prop).get("readOnly"):
            continue
        name = python_name(wire)
        model_hint = [_type_checking(types, h) for h in hints.get(name, [])]
        annotation, nullable = types.annotation(prop, model_hint)
        fields.append((wire, name, annotation, nullable, wire in required))
    for wire, name, annotation, nullable, is_required in sorted(fields, key=lambda f: (not f[4], f[1])):
        full = annotation + ("" if is_required else " | Unset") + (" | None" if nullable else "")
        method.params.append(Param(name, full, is_required))
        method.body.append((name, _aliased(method, name, wire, annotation, context.keyword_aliases)))
    for wire, source in method.naming.extra_body.items():
        if wire in schema.get("properties", {}):
            raise NamingError(f"{method.naming.operation_id}: extra_body {wire} is in the spec now: drop it")
        declared = types.components["schemas"].get(source, {}).get("properties", {}).get(wire)
        annotation, nullable = types.annotation(declared, []) if declared is not None else (source, False)
        if annotation.endswith(" | None"):
            annotation, nullable = annotation.removesuffix(" | None"), True
        full = annotation + " | Unset" + (" | None" if nullable else "")
        method.params.append(Param(python_name(wire), full, required=False))
        method.body.append((python_name(wire), python_name(wire)))


def _query_params(method: Method, operation: dict[str, Any], context: Context) -> None:
    """Bracketed names (`filter[name][eq]`) become one dict argument per group (`filter=`),
    and flat arguments too where the naming table says so."""
    types = context.types
    groups: dict[str, list[tuple[list[str], dict[str, Any]]]] = defaultdict(list)
    for parameter in (types.resolve(p) for p in operation.get("parameters", [])):
        if parameter["in"] == "query":
            head, *rest = re.split(r"\[|\]\[|\]", parameter["name"].rstrip("]"))
            groups[head].append((rest, parameter))
    flatten = set(method.naming.flatten)
    for head, members in groups.items():
        name = python_name(head)
        if len(members) == 1 and not members[0][0]:  # a plain parameter
            annotation, _ = types.annotation(members[0][1].get("schema", {}), [])
            method.params.append(Param(name, annotation + " | Unset", required=False))
            method.query.append((head, _aliased(method, name, head, annotation, context.keyword_aliases)))
            continue
        method.params.append(Param(name, _group_type(method, head, members, types) + " | Unset", required=False))
        method.query.append((head, name))
        for rest, parameter in members:
            if head in flatten or parameter["name"] in flatten:
                flat_name = "_".join([head, *rest])
                annotation, _ = types.annotation(parameter.get("schema", {}), [])
                method.params.append(Param(flat_name, annotation + " | Unset", required=False))
                method.flat.append(((head, *rest), flat_name))


def _aliased(method: Method, name: str, wire: str, annotation: str, keyword_aliases: list[str]) -> str:
    """The expression that reads argument `name`, folding in its bare-name alias (type=)."""
    if name == wire or wire not in keyword_aliases:
        return name
    method.params.append(Param(wire, annotation + " | Unset", required=False))
    return f'either({name}, {wire}, ("{name}", "{wire}"), "{method.naming.method}")'


def _group_type(method: Method, head: str, members: list[tuple[list[str], dict[str, Any]]], types: Types) -> str:
    keys = {rest[0] for rest, _ in members if rest}
    if head == "page" and keys <= {"number", "size"}:
        return "PageParams"
    class_name = f"{method.naming.operation_id}{_pascal(head)}"
    fields: dict[str, list[str]] = {}
    for rest, parameter in members:
        if not rest:
            continue
        annotation, _ = types.annotation(parameter.get("schema", {}), [])
        options = fields.setdefault(rest[0], [])
        choice = annotation if len(rest) == 1 else "Mapping[str, str]"
        if choice not in options:
            options.append(choice)
    body = ", ".join(f'"{key}": {" | ".join(kinds)}' for key, kinds in fields.items())
    comment = f"# Keys of `{head}` for {method.naming.method} (sent as {head}[key]=value)."
    if all(key.isidentifier() and not keyword.iskeyword(key) for key in fields):
        lines = "\n".join(f"    {key}: {' | '.join(kinds)}" for key, kinds in fields.items())
        method.typed_dicts.append(f"{comment}\nclass {class_name}(TypedDict, total=False):\n{lines}\n")
    else:
        method.typed_dicts.append(f'{comment}\n{class_name} = TypedDict("{class_name}", {{{body}}}, total=False)\n')
    return class_name


def _response_data(entry: Entry, types: Types) -> str:
    if entry.envelope and entry.data is not None:
        for name, module in entry.names.items():
            types.models[name] = module
        return entry.data
    if entry.response is not None:
        module, name = entry.response.split(":")
        types.models[name] = module
        return name
    return entry.data or "Any"


# --- rendering ----------------------------------------------------------------------------------
def _docstring(method: Method) -> str:
    summary = method.summary.strip()
    paragraphs = [summary if summary.endswith((".", "?", "!")) else f"{summary}."] if summary else []
    for paragraph in re.split(r"\n\s*\n", method.description.strip()):
        text = " ".join(paragraph.split())
        if text and text != summary:
            paragraphs.append(textwrap.fill(text, width=92, break_on_hyphens=False, break_long_words=False))
    entry = method.entry
    if entry is not None:
        paragraphs.append(f"`{entry.method} {entry.path}`")
    text = "\n\n".join(paragraphs).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return textwrap.indent(f'"""{text}\n"""', INDENT).lstrip()


def _signature(method: Method) -> str:
    parts = ["self"]
    path = method.path_params
    reordered = bool(method.naming.path_order) or bool(method.naming.path_aliases)
    if method.naming.path_order:
        # positional-only slots filled in path_ids(); every id is also a keyword, so both
        # retrieve(profile_id, cfg_id) (0.1.0) and retrieve(cfg_id, profile_id=...) bind, and
        # so does 0.1.0's retrieve(profile_id, autoresp_cfg_id=...)
        parts += [f"{slot}: str | Unset = UNSET" for slot in SLOTS[: len(path)]] + ["/"]
        keywords = [Param(p.name, "str | Unset", required=False) for p in path]
    elif reordered:
        parts += [f"{method.naming.path_aliases.get(p.name, p.name)}: str | Unset = UNSET" for p in path]
        keywords = []
    else:
        parts += [f"{p.name}: str" for p in path]
        keywords = []
    keywords += method.params
    if keywords:
        parts.append("*")
    for param in keywords:
        parts.append(f"{param.name}: {param.annotation}" + ("" if param.required else " = UNSET"))
    parts.append("**options: Unpack[RequestOptions]")
    return ", ".join(parts)


def _call(method: Method, flavour: str) -> str:
    naming = method.naming
    constant = _constant(naming)
    lines = []
    path_names = [p.name for p in method.path_params]
    if naming.path_order:
        slots = ", ".join(SLOTS[: len(path_names)]) + ("," if len(path_names) == 1 else "")
        keywords = ", ".join(f'"{n}": {n}' for n in path_names)
        lines.append(f'path = path_ids("{naming.method}", {tuple(path_names)!r}, ({slots}), {{{keywords}}})')
        path_arg = "path"
    elif naming.path_aliases:
        name = path_names[0]
        alias = naming.path_aliases[name]
        lines.append(f'path = path_ids("{naming.method}", ("{name}",), ({alias},), {{"{name}": {name}}})')
        path_arg = "path"
    else:
        path_arg = "{" + ", ".join(f'"{n}": {n}' for n in path_names) + "}"
    kwargs = [constant]
    if path_names:
        kwargs.append(f"path={path_arg}")
    if method.body:
        kwargs.append("body={" + ", ".join(f'"{k}": {v}' for k, v in method.body) + "}")
    if method.query:
        query = "{" + ", ".join(f'"{k}": {v}' for k, v in method.query) + "}"
        if method.flat:
            keys = ", ".join(repr(k) for k, _ in method.flat)
            values = ", ".join(v for _, v in method.flat)
            query = f'flat_query("{naming.method}", {query}, ({keys},), ({values},))'
        kwargs.append(f"query={query}")
    kwargs.append("options=options")
    call = "_list" if method.is_list else "_request"
    prefix = "await " if flavour == "async" and not method.is_list else ""
    lines.append(f"return {prefix}self._client.{call}({', '.join(kwargs)})")
    return "\n".join(INDENT + line for line in lines)


def _constant(naming: Naming) -> str:
    return "_" + naming.method.split(".", 1)[1].replace(".", "_").upper()


def render_method(method: Method, flavour: str) -> str:
    name = method.naming.name
    asynchronous = flavour == "async" and not method.is_list
    returns = method.returns[0 if flavour == "sync" else 1]
    head = f"    {'async ' if asynchronous else ''}def {name}({_signature(method)}) -> {returns}:"
    return f"{head}\n{INDENT}{_docstring(method)}\n{_call(method, flavour)}\n"


def render_unavailable(naming: Naming, flavour: str) -> str:
    name = naming.name
    prefix = "async " if flavour == "async" else ""
    return (
        f"    {prefix}def {name}(self, *args: Any, **kwargs: Any) -> NoReturn:\n"
        f'{INDENT}"""Not available: {naming.operation_id} is not in the spec this client was generated from."""\n'
        f'{INDENT}raise unavailable("{naming.operation_id}", "{naming.method}")\n'
    )


def _bind(naming: Naming) -> str:
    """The bind() call of one operation; its path aliases make errors name the official keyword."""
    aliases = f", path_aliases={naming.path_aliases!r}" if naming.path_aliases else ""
    return f'bind("{naming.operation_id}", "{naming.method}"{aliases})'


def render_module(
    module: str,
    resources: dict[str, str],
    methods: list[Method],
    missing: list[Naming],
    types: Types,
) -> str:
    own = {path: cls for path, cls in resources.items() if path.split(".")[0] == module}
    names = sorted(m.naming.method.split(".", 1)[1] for m in methods) + sorted(
        n.method.split(".", 1)[1] for n in missing
    )
    summary = textwrap.fill(f"`client.{module}`: {', '.join(sorted(names))}.", width=92)
    doc = "Each method hands its arguments to the client, which validates, sends, retries and parses."
    out = [HEADER, f'"""{summary}\n\n{doc}\n"""\n']
    out.append("from __future__ import annotations\n")
    out.append("__IMPORTS__")
    constants = [f"{_constant(m.naming)} = {_bind(m.naming)}" for m in sorted(methods, key=lambda m: m.naming.method)]
    if constants:
        out.append("\n" + "\n".join(constants) + "\n")
    for method in sorted(methods, key=lambda m: m.naming.method):
        out += ["\n" + td for td in method.typed_dicts]
    for flavour in ("sync", "async"):
        for path in sorted(own, key=lambda p: (-p.count("."), p)):
            cls = ("Async" if flavour == "async" else "") + own[path]
            base = "AsyncResource" if flavour == "async" else "SyncResource"
            body = []
            for sub, sub_cls in sorted(own.items()):
                if sub.rsplit(".", 1)[0] == path and sub != path:
                    sub_name = sub.rsplit(".", 1)[1]
                    full = ("Async" if flavour == "async" else "") + sub_cls
                    body.append(
                        f"    @cached_property\n    def {sub_name}(self) -> {full}:\n"
                        f"{INDENT}return {full}(self._client)\n"
                    )
            for method in sorted(methods, key=lambda m: m.naming.name):
                if method.naming.resource == path:
                    body.append(render_method(method, flavour))
                    body += [f"    {also} = {method.naming.name}\n" for also in method.naming.also]
            for naming in sorted(missing, key=lambda n: n.name):
                if naming.resource == path:
                    body.append(render_unavailable(naming, flavour))
                    body += [f"    {also} = {naming.name}\n" for also in naming.also]
            out.append(f"\n\nclass {cls}({base}):\n" + ("\n".join(body) if body else "    pass\n"))
    text = "".join(out)
    return text.replace("__IMPORTS__", _imports_block(text, types))


def _imports_block(text: str, types: Types) -> str:
    used = set(re.findall(r"\b\w+\b", text.replace("__IMPORTS__", "")))
    stdlib = ["import datetime"] if "datetime" in used else []
    abc = [n for n in ("Mapping", "Sequence") if n in used]
    if abc:
        stdlib.append(f"from collections.abc import {', '.join(abc)}")
    if "cached_property" in used:
        stdlib.append("from functools import cached_property")
    typing = [n for n in ("Any", "Literal", "NoReturn", "TypedDict", "Unpack") if n in used]
    stdlib.append(f"from typing import {', '.join(['TYPE_CHECKING', *typing])}")
    local = []
    operation = [n for n in ("bind", "unavailable") if n in used]
    if operation:
        local.append(f"from .._operation import {', '.join(operation)}")
    local_types = [n for n in ("UNSET", "PageParams", "RequestOptions", "Unset") if n in used]
    if local_types:  # a module whose operations are all absent from an older spec uses none
        local.append(f"from .._types import {', '.join(local_types)}")
    arguments = [n for n in ("either", "flat_query", "path_ids") if n in used]
    if arguments:
        local.append(f"from ._arguments import {', '.join(arguments)}")
    local.append("from ._base import AsyncResource, SyncResource")
    models = sorted(types.models.items(), key=lambda pair: pair[1])
    checking = [f"    from {module} import {name}" for name, module in models if name in used]
    overlay = []
    if "AsyncPaginator" in used or "SyncPage" in used:
        overlay.append("    from .._pagination import AsyncPaginator, SyncPage")
    if "APIResponse" in used:
        overlay.append("    from .._response import APIResponse")
    block = "\n".join(stdlib) + "\n\n" + "\n".join(local) + "\n"
    if checking or overlay:
        block += "\nif TYPE_CHECKING:\n" + "\n".join(checking)
        block += ("\n\n" if checking and overlay else "") + "\n".join(overlay) + "\n"
    return "\n" + block + "\n"


# --- the whole surface ---------------------------------------------------------------------------
def derive_surface(spec: dict[str, Any], index: dict[str, Entry], package: Path, naming_path: Path) -> dict[str, str]:
    """File name -> source for every resource module."""
    resources, namings, keyword_aliases = load_naming(naming_path)
    unnamed = sorted(set(index) - set(namings))
    if unnamed:
        raise NamingError(f"operations without a row in {naming_path.name}: {', '.join(unnamed)}")
    operations = {
        op["operationId"]: op
        for item in spec["paths"].values()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }
    modules = sorted({path.split(".")[0] for path in resources})
    files = {}
    for module in modules:
        types = Types(spec)
        methods, missing = [], []
        for naming in namings.values():
            if naming.method.split(".")[0] != module:
                continue
            entry = index.get(naming.operation_id)
            if entry is None:
                missing.append(naming)
            else:
                context = Context(types, package, keyword_aliases)
                methods.append(build_method(naming, entry, operations[naming.operation_id], context))
        files[f"{module}.py"] = render_module(module, resources, methods, missing, types)
    return files


# Every file the pipeline writes into the overlay starts like this (derive_surface, derive_rules).
DERIVED_PREFIX = "# Derived by openapi/tools/"


def is_derived(path: Path) -> bool:
    return path.read_text(encoding="utf-8").startswith(DERIVED_PREFIX)
