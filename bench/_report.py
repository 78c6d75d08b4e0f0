"""The printed table, the JSON file, the delta against the previous run, and the PNG chart."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from _rows import Row

HEADERS = [
    "measure", "unit", "median", "min", "max", "baseline", "baseline median", "ratio",
    "official SDK", "official ratio", "ours/official", "target", "result",
]  # fmt: skip


def _num(value: float | None) -> str:
    if value is None:
        return "—"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _ratio(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}x"


def cells(row: Row) -> list[str]:
    return [
        row.measure, row.unit, _num(row.median), _num(row.min), _num(row.max), row.baseline or "—",
        _num(row.baseline_median), _ratio(row.ratio), _num(row.peer_median), _ratio(row.peer_ratio),
        _ratio(row.vs_peer), row.target or "", row.status or "",
    ]  # fmt: skip


def table(rows: list[Row]) -> str:
    """A Markdown table (pastes into bench/README.md as is), columns padded for the terminal."""
    body = [cells(row) for row in rows]
    widths = [max(len(line[i]) for line in [HEADERS, *body]) for i in range(len(HEADERS))]

    def line(values: list[str]) -> str:
        return "| " + " | ".join(value.ljust(width) for value, width in zip(values, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (width + 2) for width in widths) + "|"
    return "\n".join([line(HEADERS), rule, *(line(values) for values in body)])


def notes(rows: list[Row]) -> str:
    lines = [f"- {row.measure}: {row.note}" for row in rows if row.note]
    return "\n".join(lines)


def importtime_detail(rows: list[Row]) -> str:
    for row in rows:
        breakdown = row.extra.get("importtime")
        if breakdown:
            parts = [f"{e['module']} {e['cumulative_ms']:.0f} ms" for e in breakdown]
            return "import breakdown (one -X importtime run, cumulative): " + ", ".join(parts)
    return ""


def write_json(path: Path, rows: list[Row], meta: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {"meta": meta, "rows": [row.as_dict() for row in rows]}
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def load_json(path: Path) -> dict[str, Any] | None:
    try:
        document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return document


def delta(rows: list[Row], previous: dict[str, Any]) -> str:
    """Median and ratio of each measure now vs the previous run (same keys only)."""
    before = {row["key"]: row for row in previous.get("rows", [])}
    lines = []
    for row in rows:
        old = before.get(row.key)
        if old is None or old.get("median") in (None, 0) or row.median is None:
            continue
        change = (row.median - old["median"]) / old["median"] * 100
        ratio = ""
        if old.get("ratio") is not None and row.ratio is not None:
            ratio = f"; ratio {old['ratio']:.2f}x -> {row.ratio:.2f}x"
        status = f" [{old.get('status') or '-'} -> {row.status or '-'}]" if old.get("status") != row.status else ""
        lines.append(
            f"  {row.measure}: {_num(old['median'])} -> {_num(row.median)} {row.unit} ({change:+.0f}%){ratio}{status}"
        )
    when = previous.get("meta", {}).get("finished", "?")
    return f"delta vs previous run ({when}):\n" + "\n".join(lines) if lines else ""


def chart(path: Path, rows: list[Row], title: str) -> None:
    """Horizontal bars: each measure's ratio to its in-run baseline (ours, and the official SDK
    where measured), log scale, with the target as a red tick on each measure."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import Rectangle

    plotted = [row for row in rows if row.ratio is not None]
    if not plotted:
        return
    fig, ax = plt.subplots(figsize=(11, 0.45 * len(plotted) + 1.8))
    height = 0.38
    for index, row in enumerate(plotted):
        ax.barh(index - height / 2, float(row.ratio or 0), height, color="#2b7bb9")
        if row.peer_ratio is not None:
            ax.barh(index + height / 2, row.peer_ratio, height, color="#bbbbbb")
        line = row.extra.get("ratio_target")
        if line:
            ax.plot([line, line], [index - 0.48, index + 0.48], color="#d62728", linewidth=2.2)
    handles = [
        Rectangle((0, 0), 1, 1, color="#2b7bb9"),
        Rectangle((0, 0), 1, 1, color="#bbbbbb"),
        Line2D([0], [0], color="#d62728", linewidth=2.2),
    ]
    ax.legend(handles, ["telnyx-messaging", "official telnyx SDK", "target"], loc="lower right", fontsize=8)
    ax.axvline(1.0, color="black", linewidth=0.8)
    ax.set_yticks(range(len(plotted)))
    ax.set_yticklabels([f"{row.measure} [{row.status or 'info'}]" for row in plotted], fontsize=8)
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.set_xlabel("ratio to the in-run baseline (log; throughput: higher is better, everything else: lower)")
    ax.set_title(title, fontsize=10)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110, format="png")
    plt.close(fig)
