"""Each call of calls.py rewritten as code written for the official SDK (telnyx==4.189.0) makes
it: the official method name, path ids of the official kinds and names, and the official
argument names. Everything is computed from the official package's surface
(tests/parity/official.py), never hand-written:

- the method: the official method on the same endpoint (`messages.send_whatsapp` -> `messages.whatsapp`);
- path ids: the names of the official path template, positional where the official parameter
  is positional and keyword where it is keyword-only (`autoresp_configs.retrieve(autoresp_cfg_id,
  profile_id=...)`), or every one by keyword as the official SDK's own tests pass them (`id=...`);
- arguments: ours where the official SDK has the same name, else without the trailing `_`
  (`type_` -> `type`), else a dict flattened into the official names (`page={"number": 1}` ->
  `page_number=1`, `sort={"phone_number": "asc"}` -> `sort_phone_number="asc"`,
  `filter={"phone_number": {"contains": x}}` -> `filter_phone_number_contains=x`). With
  `flat=True` a dict is flattened even where the official SDK also takes it whole
  (`filter={"name": {"contains": x}}` -> `filter_name_contains=x`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .calls import Call

POSITIONAL = ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD")


@dataclass(frozen=True)
class OfficialCall:
    resource: str  # dotted from the client: "messaging_profiles.autoresp_configs"
    name: str  # the official method name on it
    args: tuple[Any, ...]
    kwargs: Mapping[str, Any]

    def bound(self, client: Any, variant: str | None = None) -> Any:
        """`client.<resource>.<name>`, or `client.<resource>.<variant>.<name>` (`with_raw_response`)."""
        resource = client
        for part in self.resource.split("."):
            resource = getattr(resource, part)
        return getattr(getattr(resource, variant) if variant else resource, self.name)


def endpoint(call: Call) -> str:
    return f"{call.verb} {re.sub(r'{[^}]+}', '{}', call.template)}"


def official_method(official: Mapping[str, Any], call: Call) -> tuple[str, str, dict[str, Any]]:
    """(resource path, method name, its surface) of the one official method on call's endpoint."""
    found = [
        (resource, name, method)
        for resource, methods in official["sync"].items()
        for name, method in methods.items()
        if method["endpoint"] == endpoint(call)
    ]
    assert len(found) == 1, f"{call.method}: official methods on {endpoint(call)}: {[f[:2] for f in found]}"
    return found[0]


def official_call(
    official: Mapping[str, Any], call: Call, *, ids_by_keyword: bool = False, flat: bool = False
) -> OfficialCall:
    resource, name, method = official_method(official, call)
    kinds = {param: kind for param, kind, _ in method["parameters"]}
    path_ids = dict(zip(method["path_parameters"], call.args, strict=True))
    positional = [] if ids_by_keyword else [p for p in kinds if p in path_ids and kinds[p] in POSITIONAL]
    kwargs = {p: value for p, value in path_ids.items() if p not in positional}
    for ours, value in call.kwargs.items():
        kwargs |= official_names(ours, value, kinds.keys(), flat=flat)
    return OfficialCall(resource, name, tuple(path_ids[p] for p in positional), kwargs)


def official_names(ours: str, value: Any, names: Any, *, flat: bool) -> dict[str, Any]:
    """Our argument `ours=value` as the official SDK's keyword arguments among `names`."""
    if isinstance(value, Mapping) and (flat or ours not in names):
        try:
            return {
                name: inner
                for key, item in value.items()
                # below the top level a dict always flattens: `filter_phone_number` is a str
                for name, inner in official_names(f"{ours}_{key}", item, names, flat=True).items()
            }
        except LookupError:
            if ours not in names:
                raise
    for name in (ours, ours.removesuffix("_")):
        if name in names:
            return {name: value}
    raise LookupError(f"the official SDK has no argument for `{ours}`")
