"""The ```python samples of the reference SKILL.md, with only the import line changed
(`from telnyx import Telnyx` -> `from telnyx_messaging import Telnyx`, `import telnyx` ->
`import telnyx_messaging as telnyx`), classified and ready to run against any server.

Each block is classified (setup, error handling, webhook handler, or a single
`response = client.<method>(...)` / `print(response.data)` call). The setup block builds
`client` from TELNYX_API_KEY / TELNYX_BASE_URL, so a run points it at a server through the
environment, as a user would. Used by tests/contract (Prism) and tests/fake (the fake).
"""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import httpx

import telnyx_messaging

REPO = Path(__file__).resolve().parents[2]
SKILL_ENV = "TELNYX_SKILL_MD"  # override the location of the reference (a path)
DEFAULT_SKILL = REPO.parent / "shared" / "reference" / "telnyx-messaging-python-SKILL.md"
FENCE = re.compile(r"^```[ \t]*(\w*)[^\n]*\n(.*?)^```", re.DOTALL | re.MULTILINE)
PYTHON_FENCES = {"python", "py", "python3", "pycon"}
IMPORTS = [
    (re.compile(r"^(\s*)from telnyx import Telnyx[ \t]*$", re.MULTILINE), r"\1from telnyx_messaging import Telnyx"),
    (re.compile(r"^(\s*)import telnyx[ \t]*$", re.MULTILINE), r"\1import telnyx_messaging as telnyx"),
]
LEFTOVER_IMPORT = re.compile(r"^\s*(from\s+telnyx[\s.]|import\s+telnyx\b(?!_messaging))", re.MULTILINE)
API_KEY = "KEY_reference_samples"

Kind = Literal["setup", "errors", "webhook", "call", "unknown"]
ResponseHook = Callable[[httpx.Response], None]


@dataclass(frozen=True)
class Sample:
    number: int  # 1-based among the python blocks
    line: int  # where the block starts in the markdown
    source: str  # as in the markdown
    code: str  # after the two import substitutions
    kind: Kind
    method: str = ""  # "call" samples: the dotted client method

    @property
    def id(self) -> str:
        return f"block{self.number}-{self.method or self.kind}"

    def arguments(self) -> dict[str, Any]:
        """A "call" sample's keyword arguments, by Python name (`from_`), as literals."""
        [statement, _] = ast.parse(self.code).body
        assert isinstance(statement, ast.Assign)
        assert isinstance(statement.value, ast.Call)
        return {kw.arg: ast.literal_eval(kw.value) for kw in statement.value.keywords if kw.arg}


def skill_path() -> Path:
    return Path(os.environ.get(SKILL_ENV) or DEFAULT_SKILL).resolve()


def substitute_imports(source: str) -> str:
    for pattern, replacement in IMPORTS:
        source = pattern.sub(replacement, source)
    return source


def _called_method(tree: ast.Module) -> str:
    """`client.a.b` for exactly `response = client.a.b(...)` then `print(response.data)`, else ""."""
    match tree.body:
        case [
            ast.Assign(targets=[ast.Name(id="response")], value=ast.Call(func=func)),
            ast.Expr(value=ast.Call(func=ast.Name(id="print"), args=[printed])),
        ] if ast.unparse(printed) == "response.data":
            name = ast.unparse(func)
            return name.removeprefix("client.") if name.startswith("client.") else ""
    return ""


def classify(code: str) -> tuple[Kind, str]:
    if LEFTOVER_IMPORT.search(code):
        return "unknown", ""  # an import form the two substitutions do not cover
    tree = ast.parse(code)
    if re.search(r"^client = Telnyx\(", code, re.MULTILINE):
        return "setup", ""
    if "@app.route(" in code:
        return "webhook", ""
    if re.search(r"^except telnyx\.\w+", code, re.MULTILINE) and "client.messages.send(" in code:
        return "errors", ""
    method = _called_method(tree)
    return ("call", method) if method else ("unknown", "")


def parse_samples(markdown: str) -> list[Sample]:
    samples: list[Sample] = []
    for match in FENCE.finditer(markdown):
        if match.group(1).lower() not in PYTHON_FENCES:
            continue
        source = match.group(2)
        code = substitute_imports(source)
        kind, method = classify(code)
        line = markdown.count("\n", 0, match.start()) + 1
        samples.append(Sample(len(samples) + 1, line, source, code, kind, method))
    return samples


def load_samples() -> list[Sample]:
    path = skill_path()
    return parse_samples(path.read_text(encoding="utf-8")) if path.exists() else []


SAMPLES = load_samples()


def of_kind(kind: Kind) -> list[Sample]:
    return [sample for sample in SAMPLES if sample.kind == kind]


def the(kind: Kind) -> Sample:
    found = of_kind(kind)
    assert len(found) == 1, f"expected one {kind} sample in {skill_path()}, found {len(found)}"
    return found[0]


# --- running a sample -------------------------------------------------------------------------


@dataclass
class Run:
    namespace: dict[str, Any]
    requests: list[httpx.Request]


def execute(sample: Sample, namespace: dict[str, Any]) -> None:
    exec(compile(sample.code, f"{skill_path().name}:{sample.line} (python block {sample.number})", "exec"), namespace)  # noqa: S102


def run_call(sample: Sample, run: Run) -> telnyx_messaging.APIResponse[Any]:
    """Run a "call" sample after the setup; its `response`, which must be a 200."""
    execute(sample, run.namespace)
    response = run.namespace["response"]
    assert isinstance(response, telnyx_messaging.APIResponse)
    assert response.status_code == 200
    return response


def _record(client: telnyx_messaging.Telnyx, requests: list[httpx.Request], hooks: list[ResponseHook]) -> None:
    """Every request of `client` goes in `requests` (`client.api` shares the client's one pool)."""
    client.api.get_httpx_client().event_hooks = {"request": [requests.append], "response": hooks}


def run_setup(response_hooks: list[ResponseHook], **extra: Any) -> Run:
    """The setup block in a fresh namespace (plus `extra`), its `client`'s requests recorded."""
    namespace: dict[str, Any] = {"__name__": "skill_sample", **extra}
    execute(the("setup"), namespace)
    client = namespace["client"]
    assert isinstance(client, telnyx_messaging.Telnyx)
    run = Run(namespace, [])
    _record(client, run.requests, response_hooks)
    return run


def replace_client(run: Run, response_hooks: list[ResponseHook], **kwargs: Any) -> None:
    """Rebuild `client` as the setup block does, with extra constructor arguments."""
    run.namespace["client"].close()
    client = telnyx_messaging.Telnyx(api_key=os.environ["TELNYX_API_KEY"], **kwargs)
    _record(client, run.requests, response_hooks)
    run.namespace["client"] = client
