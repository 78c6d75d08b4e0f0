"""The validation rules follow the spec with no Python edit: a property added upstream inside
a body object reaches the derived rules (tools/derive_rules.py, run by `make generate`) and
so the client's checks; an older spec derives rules for exactly the operations it has."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml

import derive_rules  # openapi/tools, put on sys.path by tests/generation/__init__.py
from telnyx_messaging import ValidationError
from telnyx_messaging._resources._spec_rules import SPEC_RULES
from telnyx_messaging._validation import PROSE
from telnyx_messaging._validators.from_spec import NO_PROSE, build_operation
from tests.generation.conftest import Upstream, build_from
from tests.generation.helpers import REPO
from tests.support.spec_version import skip_unless_pinned

NAMING = REPO / "openapi" / "naming.yml"


def derived(spec: dict[str, Any]) -> dict[str, Any]:
    """SPEC_RULES as the derive step writes it for `spec` (the module's source, executed)."""
    namespace: dict[str, Any] = {}
    exec(derive_rules.derive_rules(spec, NAMING), namespace)  # noqa: S102 - our own generated source
    return namespace["SPEC_RULES"]  # type: ignore[no-any-return]


def operation_ids(spec: dict[str, Any]) -> set[str]:
    return {op["operationId"] for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)}


def test_the_committed_rules_are_derived_from_the_pinned_spec(built_new: dict[str, Any]) -> None:
    skip_unless_pinned(True, "the committed _spec_rules.py")
    assert derived(built_new) == SPEC_RULES


def test_a_new_nested_property_upstream_reaches_the_rules(upstream_new: Upstream) -> None:
    spec = copy.deepcopy(upstream_new.spec)
    settings = spec["components"]["schemas"]["NumberPoolSettings"]
    settings["properties"]["fallback_weight"] = {"type": "number", "minimum": 0, "description": "new upstream"}
    quiet_hours = {"type": "object", "properties": {"start": {"type": "string", "format": "date-time"}}}
    settings["properties"]["quiet_hours"] = copy.deepcopy(quiet_hours)
    rules = derived(build_from(Upstream(upstream_new.location, spec, upstream_new.source)))

    for method in ("messaging_profiles.create", "messaging_profiles.update"):  # both bodies use the component
        pool = rules[method]["number_pool_settings"]["schema"]["properties"]
        assert pool["fallback_weight"] == {"type": "number", "minimum": 0}
        assert pool["quiet_hours"] == quiet_hours
    # The overlay checks it from that data alone, prose table unchanged.
    check = build_operation(rules["messaging_profiles.create"], PROSE["messaging_profiles.create"])
    rule = check.fields["number_pool_settings"]
    rule({"fallback_weight": 0.5, "quiet_hours": {"start": "2026-07-16T22:00:00Z"}}, "number_pool_settings")
    with pytest.raises(ValidationError, match="must be at least 0") as caught:
        rule({"fallback_weight": -1}, "number_pool_settings")
    assert caught.value.param == "number_pool_settings.fallback_weight"
    with pytest.raises(ValidationError, match="not ISO 8601") as caught:
        rule({"quiet_hours": {"start": "tonight"}}, "number_pool_settings")
    assert caught.value.param == "number_pool_settings.quiet_hours.start"


def test_an_older_spec_derives_rules_for_the_operations_it_has(upstream_oldest_built: dict[str, Any]) -> None:
    rules = derived(upstream_oldest_built)
    present = operation_ids(upstream_oldest_built)
    table = yaml.safe_load(NAMING.read_text(encoding="utf-8"))["operations"]
    methods = {op_id: row if isinstance(row, str) else row["method"] for op_id, row in table.items()}
    assert set(rules) == {method for op_id, method in methods.items() if op_id in present}
    assert len(rules) == 28
    for method, arguments in rules.items():
        operation = build_operation(arguments, PROSE.get(method, NO_PROSE))
        # prose for an argument this spec lacks is dropped, never added
        assert set(operation.fields) <= set(arguments), method
        assert set(operation.required) == {name for name, a in arguments.items() if a["required"]}, method
