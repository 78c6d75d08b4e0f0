"""Building blocks of the client-side validation table in `telnyx_messaging._validation`.

Every rule is a small callable `rule(value, param) -> None` that raises ValidationError;
rules hold their precomputed data (compiled patterns, frozensets) so a check costs a few
string operations. Nothing here imports an optional dependency.
"""
