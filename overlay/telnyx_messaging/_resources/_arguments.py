"""How derived methods fold the official SDK's names into ours before a request is built.

The derived methods (make generate) accept both spellings of an argument; these helpers
turn them into the one the validation table and the request builder know, so everything
after the method sees exactly what 0.1.0 saw: `type=` becomes `type_`, `messaging_profile_id=`
becomes the path's `id`, `page_number=` becomes `page={"number": ...}`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .._types import UNSET


def either(ours: Any, official: Any, names: tuple[str, str], method: str) -> Any:
    """The value of an argument that has two names; giving both is a mistake."""
    if official is UNSET:
        return ours
    if ours is not UNSET:
        raise TypeError(f"{method}() got {names[0]}= and {names[1]}=, which are the same argument: give one")
    return official


def path_ids(
    method: str,
    names: Sequence[str],
    positional: Sequence[Any],
    keywords: Mapping[str, Any],
) -> dict[str, Any]:
    """The path ids by spec name. Ids given by keyword are taken first; positional values
    fill the remaining names in the spec's order, so `retrieve(profile_id, cfg_id)` and the
    official `retrieve(cfg_id, profile_id=...)` mean the same."""
    ids = {name: value for name, value in keywords.items() if value is not UNSET}
    given = [value for value in positional if value is not UNSET]
    remaining = [name for name in names if name not in ids]
    if given and not remaining:  # e.g. retrieve("id-1", id="id-2")
        raise TypeError(f"{method}() got {', '.join(names)} both positionally and by keyword: give one")
    if len(given) > len(remaining):
        raise TypeError(f"{method}() got {len(given)} positional ids but only {', '.join(remaining)} left to fill")
    ids.update(zip(remaining, given, strict=False))
    missing = [name for name in names if name not in ids]
    if missing:
        raise TypeError(f"{method}() missing required argument(s): {', '.join(missing)}")
    return {name: ids[name] for name in names}


def flat_query(
    method: str,
    query: dict[str, Any],
    keys: Sequence[tuple[str, ...]],
    values: Sequence[Any],
) -> dict[str, Any]:
    """Fold flattened query arguments (`filter_name_eq=` is the key path filter.name.eq)
    into the nested dicts; the common case, none given, costs one pass over `values`."""
    for path, value in zip(keys, values, strict=True):
        if value is UNSET:
            continue
        node = query
        for depth, part in enumerate(path[:-1]):
            child = node.get(part, UNSET)
            if child is UNSET or child is None:
                child = node[part] = {}
            elif isinstance(child, Mapping):
                child = node[part] = dict(child)  # never mutate the caller's dict
            else:
                flat = "_".join(path)
                raise TypeError(f"{method}() got {'.'.join(path[: depth + 1])}={child!r} and {flat}=: give one")
            node = child
        if path[-1] in node and node[path[-1]] is not UNSET:
            raise TypeError(f"{method}() got {'.'.join(path)} twice (nested and as {'_'.join(path)}=): give one")
        node[path[-1]] = value
    return query
