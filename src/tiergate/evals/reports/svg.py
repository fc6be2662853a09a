"""Inline SVG charts (no plotting library): horizontal bars with confidence-interval whiskers."""

from __future__ import annotations

from html import escape

from tiergate.evals.base import MetricValue

ROW = 26
LABEL_W = 260
BAR_W = 360


def metric_bars(metrics: list[MetricValue], alarms: dict[str, float] | None = None) -> str:
    """One bar per metric on a 0..1 scale (values outside are clipped; the label shows the
    true value). A red tick marks the policy's alarm line where one exists."""
    alarms = alarms or {}
    height = ROW * len(metrics) + 24
    width = LABEL_W + BAR_W + 90
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" aria-label="metrics" font-family="sans-serif" font-size="12">'
    ]
    for i, m in enumerate(metrics):
        y = 8 + i * ROW
        label = escape(m.name)
        parts.append(f'<text x="{LABEL_W - 8}" y="{y + 14}" text-anchor="end">{label}</text>')
        bar = f'<rect x="{LABEL_W}" y="{y + 3}" height="16" '
        parts.append(bar + f'width="{BAR_W}" fill="#eef1f5"/>')
        parts.append(bar + f'width="{_x(m.value):.1f}" fill="#4a7bd0"/>')
        if m.ci_low is not None and m.ci_high is not None:
            x1, x2 = LABEL_W + _x(m.ci_low), LABEL_W + _x(m.ci_high)
            mid = y + 11
            parts.append(
                f'<path d="M{x1:.1f} {mid}H{x2:.1f}M{x1:.1f} {mid - 5}V{mid + 5}'
                f'M{x2:.1f} {mid - 5}V{mid + 5}" stroke="#1b2a44" stroke-width="1.5"/>'
            )
        if m.name in alarms:
            xa = LABEL_W + _x(alarms[m.name])
            parts.append(
                f'<path d="M{xa:.1f} {y}V{y + 22}" stroke="#d0342c" stroke-width="2">'
                f"<title>alarm line {alarms[m.name]}</title></path>"
            )
        parts.append(f'<text x="{LABEL_W + BAR_W + 6}" y="{y + 14}">{m.value:.3f} (n={m.n})</text>')
    axis_y = 8 + len(metrics) * ROW
    for tick in (0.0, 0.5, 1.0):
        x = LABEL_W + _x(tick)
        parts.append(f'<text x="{x:.1f}" y="{axis_y + 12}" text-anchor="middle">{tick:g}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _x(v: float) -> float:
    return max(0.0, min(1.0, v)) * BAR_W
