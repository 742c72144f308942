"""Small SVG charts drawn on the server: no script, no external library, text escaped.

Each function returns an SVG document fragment (a string) ready to embed in a
page; labels pass through ``html.escape`` because source names are untrusted.
"""

from __future__ import annotations

from html import escape

_BAR = 14
_GAP = 6
_LABEL_WIDTH = 150
_WIDTH = 520


def bar_chart(counts: list[tuple[str, int]], title: str, max_bars: int = 12) -> str:
    """Horizontal bars, largest first; the rest summed into "other"."""
    counts = sorted(counts, key=lambda item: (-item[1], item[0]))
    if len(counts) > max_bars:
        counts = counts[: max_bars - 1] + [("other", sum(n for _, n in counts[max_bars - 1 :]))]
    if not counts:
        return ""
    top = max(n for _, n in counts) or 1
    height = len(counts) * (_BAR + _GAP) + _GAP
    bars = []
    for row, (label, count) in enumerate(counts):
        y = _GAP + row * (_BAR + _GAP)
        width = max(1, round((_WIDTH - _LABEL_WIDTH - 50) * count / top))
        bars.append(
            f'<text x="{_LABEL_WIDTH - 6}" y="{y + _BAR - 3}" text-anchor="end">{escape(_short(label))}</text>'
            f'<rect x="{_LABEL_WIDTH}" y="{y}" width="{width}" height="{_BAR}"><title>{escape(label)}: {count}</title></rect>'
            f'<text x="{_LABEL_WIDTH + width + 4}" y="{y + _BAR - 3}">{count}</text>'
        )
    return (
        f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {_WIDTH} {height}" '
        f'width="{_WIDTH}" height="{height}" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
        + "".join(bars)
        + "</svg>"
    )


def volume_chart(per_day: list[tuple[str, int]], title: str, max_days: int = 60) -> str:
    """Vertical bars of articles per day (the last ``max_days`` days with articles)."""
    per_day = [(day, n) for day, n in per_day if day][-max_days:]
    if not per_day:
        return ""
    height, bottom = 140, 20
    top = max(n for _, n in per_day) or 1
    step = (_WIDTH - 40) / len(per_day)
    bars = []
    for column, (day, count) in enumerate(per_day):
        bar_height = max(1, round((height - bottom - 14) * count / top))
        x = 30 + column * step
        bars.append(
            f'<rect x="{x:.1f}" y="{height - bottom - bar_height}" width="{max(step - 2, 1):.1f}" height="{bar_height}">'
            f"<title>{escape(day)}: {count}</title></rect>"
        )
    first, last = escape(per_day[0][0]), escape(per_day[-1][0])
    axis = (
        f'<text x="30" y="{height - 4}">{first}</text>'
        f'<text x="{_WIDTH - 10}" y="{height - 4}" text-anchor="end">{last}</text>'
        f'<text x="26" y="12" text-anchor="end">{top}</text>'
    )
    return (
        f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {_WIDTH} {height}" '
        f'width="{_WIDTH}" height="{height}" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
        + "".join(bars)
        + axis
        + "</svg>"
    )


def _short(label: str, width: int = 22) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"
