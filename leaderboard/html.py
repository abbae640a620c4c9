"""The HTML leaderboard: the Markdown tables made sortable, with a fixed solver column, and plots
drawn as inline SVG so that every point and label is part of the page (hover for details; a
label that cannot be placed without covering another is left to the hover and the point's number).

Plots: one point per run on the pooled suite (the widest set of families), then one per family.
fix@1 against locality for every solver; fix@1 against the change in HumanEval pass@1 only for
the runs that changed weights (for the others the axis would mean nothing); and for runs trained
with an executed reward (grpo), the reward per training step.
"""

from __future__ import annotations

import html
import json
import math
from dataclasses import dataclass
from pathlib import Path

from tabulate import tabulate

from leaderboard.render import HEADERS, INTRO, Row, _cells, _change_type_table, _groups, _mean, editing_table, runnable_notes

WIDTH, HEIGHT = 640, 400
MARGIN = {"left": 56, "right": 24, "top": 16, "bottom": 44}
FONT_PX = 11
CHAR_PX = 0.62 * FONT_PX  # monospace: a label's width is known without a browser
POINT_R = 4
PAD = 2  # clear space kept around a label

STYLE = """
body{font-family:system-ui,sans-serif;margin:2em;max-width:1400px;color:#222}
.scroll{overflow-x:auto;max-width:100%;border:1px solid #ddd;margin-bottom:1em}
table{border-collapse:separate;border-spacing:0;font-size:13px}
td,th{border-bottom:1px solid #e3e3e3;padding:4px 8px;text-align:right;white-space:nowrap;background:#fff}
th{position:sticky;top:0;background:#f4f4f4;cursor:pointer;user-select:none}
th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
td:first-child,th:first-child{position:sticky;left:0;z-index:1;text-align:left;border-right:2px solid #ccc}
th:first-child{z-index:2}
svg{font-family:ui-monospace,monospace;font-size:11px}
svg .axis{stroke:#888}svg .grid{stroke:#eee}svg circle{fill:#2b6cb0;fill-opacity:.8}
svg circle:hover{fill:#c53030}svg .leader{stroke:#bbb}
svg .curve{fill:none;stroke:#2b6cb0;stroke-width:1.5}svg .band{fill:#2b6cb0;fill-opacity:.15;stroke:none}
.plots{display:flex;flex-wrap:wrap;gap:1em}
figure{margin:0}figcaption{font-size:13px;color:#555;max-width:640px}
"""

# Click a header to sort by it (numbers by value, "-" last); click again to reverse.
SORT_JS = """
document.querySelectorAll("table.sortable").forEach(function (table) {
  table.querySelectorAll("th").forEach(function (th, col) {
    th.addEventListener("click", function () {
      var asc = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var body = table.tBodies[0], rows = Array.from(body.rows);
      function key(row) {
        var text = row.cells[col].textContent.trim(), num = parseFloat(text);
        return isNaN(num) ? (text === "-" ? null : text) : num;
      }
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        if (x === null) return 1; if (y === null) return -1;
        var c = (typeof x === "number" && typeof y === "number") ? x - y : String(x).localeCompare(String(y));
        return asc ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
"""


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    label: str
    run_id: str
    hover: str


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def hits(self, other: "Box") -> bool:
        return self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1

    def inside(self, bounds: "Box") -> bool:
        return self.x0 >= bounds.x0 and self.y0 >= bounds.y0 and self.x1 <= bounds.x1 and self.y1 <= bounds.y1


def place_labels(anchors: list[tuple[float, float]], choices: list[tuple[str, ...]],
                 bounds: Box) -> list[tuple[str, float, float] | None]:
    """Each point's label and where its text starts (the baseline's left end), or None.

    Greedy, point by point: the first of the point's label choices (its full label, then its
    number alone) that fits at one of the candidate offsets around it (right, left, above, below,
    then further out) without overlapping a placed label or any other point, inside the plot. A
    point with no label left still has its hover text and its data-run attribute."""
    dots = [Box(x - POINT_R - 1, y - POINT_R - 1, x + POINT_R + 1, y + POINT_R + 1) for x, y in anchors]
    placed: list[Box] = []
    out: list[tuple[str, float, float] | None] = []
    for i, ((x, y), texts) in enumerate(zip(anchors, choices)):
        out.append(None)
        for text in texts:
            if (spot := _free_spot(x, y, len(text) * CHAR_PX, FONT_PX + 2, bounds, placed,
                                   [d for j, d in enumerate(dots) if j != i])) is not None:
                out[-1] = (text, *spot)
                break
    return out


def _free_spot(x: float, y: float, w: float, h: float, bounds: Box, placed: list[Box],
               dots: list[Box]) -> tuple[float, float] | None:
    for reach in (1, 2, 3.5, 5, 7, 9, 12, 15, 19):  # far spots get a leader line to their point
        d = 6 * reach
        for dx, dy in ((d, h / 3), (-d - w, h / 3), (-w / 2, -d), (-w / 2, d + h), (d, -d), (d, d + h),
                       (-d - w, -d), (-d - w, d + h)):
            box = Box(x + dx - PAD, y + dy - h + 2 - PAD, x + dx + w + PAD, y + dy + 2 + PAD)
            if box.inside(bounds) and not any(box.hits(b) for b in placed) and not any(box.hits(d_) for d_ in dots):
                placed.append(box)
                return x + dx, y + dy
    return None


class Frame:
    """The plot area of an SVG figure: scales from data to pixels, and the grid, ticks and axis labels."""

    def __init__(self, xlabel: str, ylabel: str, xrange: tuple[float, float], yrange: tuple[float, float]) -> None:
        self.left, self.top = MARGIN["left"], MARGIN["top"]
        self.right, self.bottom = WIDTH - MARGIN["right"], HEIGHT - MARGIN["bottom"]
        self.xrange, self.yrange = xrange, yrange
        self.xlabel, self.ylabel = xlabel, ylabel

    def sx(self, v: float) -> float:
        (lo, hi) = self.xrange
        return self.left + (v - lo) / ((hi - lo) or 1) * (self.right - self.left)

    def sy(self, v: float) -> float:
        (lo, hi) = self.yrange
        return self.bottom - (v - lo) / ((hi - lo) or 1) * (self.bottom - self.top)

    def open(self) -> list[str]:
        """The opening tag, grid, ticks and axes; the caller appends its marks and ``</svg>``."""
        left, top, right, bottom, sx, sy = self.left, self.top, self.right, self.bottom, self.sx, self.sy
        (x_lo, x_hi), (y_lo, y_hi) = self.xrange, self.yrange
        parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" role="img">']
        for k in range(6):  # grid and tick labels
            xv, yv = x_lo + k * (x_hi - x_lo) / 5, y_lo + k * (y_hi - y_lo) / 5
            parts += [f'<line class="grid" x1="{sx(xv):.1f}" x2="{sx(xv):.1f}" y1="{top}" y2="{bottom}"/>',
                      f'<line class="grid" x1="{left}" x2="{right}" y1="{sy(yv):.1f}" y2="{sy(yv):.1f}"/>',
                      f'<text class="tick" x="{sx(xv):.1f}" y="{bottom + 14}" text-anchor="middle">{xv:g}</text>',
                      f'<text class="tick" x="{left - 6}" y="{sy(yv) + 4:.1f}" text-anchor="end">{yv:g}</text>']
        parts += [f'<line class="axis" x1="{left}" x2="{right}" y1="{bottom}" y2="{bottom}"/>',
                  f'<line class="axis" x1="{left}" x2="{left}" y1="{top}" y2="{bottom}"/>',
                  f'<text x="{(left + right) / 2}" y="{HEIGHT - 8}" text-anchor="middle">'
                  f'{html.escape(self.xlabel)}</text>',
                  f'<text transform="translate(14 {(top + bottom) / 2}) rotate(-90)" text-anchor="middle">'
                  f'{html.escape(self.ylabel)}</text>']
        return parts


def scatter_svg(points: list[Point], xlabel: str, ylabel: str, xrange: tuple[float, float],
                yrange: tuple[float, float] = (0.0, 100.0)) -> str:
    """An SVG scatter plot with non-overlapping labels; every point carries its run id."""
    frame = Frame(xlabel, ylabel, xrange, yrange)
    left, top, right, bottom, sx, sy = frame.left, frame.top, frame.right, frame.bottom, frame.sx, frame.sy
    parts = frame.open()
    anchors = [(sx(p.x), sy(p.y)) for p in points]
    spots = place_labels(anchors, [(f"{i + 1} {p.label}", str(i + 1)) for i, p in enumerate(points)],
                         Box(left, top, right, bottom))
    for i, (p, (x, y), spot) in enumerate(zip(points, anchors, spots)):
        run = html.escape(p.run_id, quote=True)
        parts.append(f'<circle data-run="{run}" cx="{x:.1f}" cy="{y:.1f}" r="{POINT_R}">'
                     f'<title>{html.escape(f"{i + 1}. {p.hover}")}</title></circle>')
        if spot:
            text, tx, ty = spot
            w = len(text) * CHAR_PX
            # The label's nearest edge point, to draw a leader when the label sits away from its point.
            ex, ey = min(max(x, tx), tx + w), min(max(y, ty - FONT_PX + 2), ty + 2)
            if math.hypot(ex - x, ey - y) > 14:
                parts.append(f'<line class="leader" x1="{x:.1f}" y1="{y:.1f}" x2="{ex:.1f}" y2="{ey:.1f}"/>')
            parts.append(f'<text class="label" data-run="{run}" x="{tx:.1f}" y="{ty:.1f}">{html.escape(text)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def curve_svg(curve: list[dict], run_id: str) -> str:
    """The reward of a grpo run per training step: the mean as a line, mean ± std as a band, a
    point per step (hover: step, mean, spread, and the share of completions that passed)."""
    steps = [int(p["step"]) for p in curve]
    means = [float(p["mean"]) for p in curve]
    stds = [float(p.get("std") or 0.0) for p in curve]
    top = max(1.0, *(m + s for m, s in zip(means, stds)))
    frame = Frame("training step", "reward (mean ± std over the step's completions)",
                  (min(steps[0], 0), max(steps[-1], 1)), (0.0, math.ceil(top * 5) / 5))
    sx, sy = frame.sx, frame.sy
    parts = frame.open()
    run = html.escape(run_id, quote=True)
    band = [(sx(x), sy(m + s)) for x, m, s in zip(steps, means, stds)]
    band += [(sx(x), sy(max(0.0, m - s))) for x, m, s in reversed(list(zip(steps, means, stds)))]
    parts.append(f'<polygon class="band" data-run="{run}" points="{" ".join(f"{x:.1f},{y:.1f}" for x, y in band)}"/>')
    line = " ".join(f"{sx(x):.1f},{sy(m):.1f}" for x, m in zip(steps, means))
    parts.append(f'<polyline class="curve" data-run="{run}" points="{line}"/>')
    for p, x, m, s in zip(curve, steps, means, stds):
        passed = f", {100 * p['pass_rate']:.0f}% passed" if p.get("pass_rate") is not None else ""
        parts.append(f'<circle data-run="{run}" cx="{sx(x):.1f}" cy="{sy(m):.1f}" r="{POINT_R - 1}">'
                     f'<title>{html.escape(f"step {x}: reward {m:.3f} ± {s:.3f}{passed}")}</title></circle>')
    parts.append("</svg>")
    return "".join(parts)


def _hover(row: Row) -> str:
    return (f"{row.solver} / {row.model} ({row.run_id}): fix@1 {100 * _mean(row.metrics.get('fix@1')):.1f}%, "
            f"locality {100 * row.locality['mean']:.1f}%" if row.locality else
            f"{row.solver} / {row.model} ({row.run_id}): fix@1 {100 * _mean(row.metrics.get('fix@1')):.1f}%")


def plots(members: list[Row]) -> str:
    """fix@1 against locality for every run; against Δ HumanEval pass@1 for the weight-changing ones."""
    figures = []
    with_locality = [r for r in members if r.locality and r.metrics.get("fix@1")]
    if with_locality:
        points = [Point(100 * r.locality["mean"], 100 * r.metrics["fix@1"]["mean"], r.solver, r.run_id, _hover(r))
                  for r in with_locality]
        figures.append(_figure(scatter_svg(points, "locality: keep tasks still passing, %", "fix@1, %", (0, 100)),
                               "fix@1 against locality, every run (hover a point for its run)."))
    changed = [r for r in members if (r.forgetting or {}).get("humaneval_delta") and r.metrics.get("fix@1")]
    if changed:
        deltas = [100 * r.forgetting["humaneval_delta"]["mean"] for r in changed]
        reach = 5 * math.ceil(1.1 * max(5.0, *(abs(d) for d in deltas)) / 5)  # room beyond the farthest point; round ticks
        points = [Point(d, 100 * r.metrics["fix@1"]["mean"], r.solver, r.run_id, _hover(r) + f", Δ HumanEval {d:+.1f}")
                  for r, d in zip(changed, deltas)]
        figures.append(_figure(scatter_svg(points, "Δ HumanEval pass@1, points (updated − base)", "fix@1, %",
                                           (-reach, reach)),
                               "fix@1 against forgetting, only runs that changed the model's weights."))
    for r in members:
        if r.reward_curve:  # the runs that learned from an executed reward (grpo)
            figures.append(_figure(curve_svg(list(r.reward_curve), r.run_id),
                                   f"Reward per training step of {r.solver} / {r.model} ({r.run_id}): mean over "
                                   "the step's sampled completions, band = ± one standard deviation."))
    return f'<div class="plots">{"".join(figures)}</div>' if figures else ""


def _figure(svg: str, caption: str) -> str:
    return f"<figure>{svg}<figcaption>{html.escape(caption)}</figcaption></figure>"


def _table(body: list[list], headers: list[str]) -> str:
    table = tabulate(body, headers=headers, tablefmt="html", disable_numparse=True)
    return '<div class="scroll">' + table.replace("<table>", '<table class="sortable">', 1) + "</div>"


def trace_files(paths: list[Path]) -> list[Path]:
    """Causal traces written by ``bench trace`` under the results folders: ``traces/<model>/<change>.json``
    with the heatmap beside it as ``.png``."""
    found = {f.resolve(): f for p in paths for f in sorted(Path(p).glob("traces/*/*.json"))
             if f.with_suffix(".png").is_file()}
    return list(found.values())


def trace_figures(files: list[Path]) -> str:
    """Each trace's heatmap inline (a data URI: the page stays one file), with what it measured."""
    import base64

    figures = []
    for f in files:
        t = json.loads(f.read_text())
        png = base64.b64encode(f.with_suffix(".png").read_bytes()).decode()
        caption = (f"{t.get('model', '?')}, {t.get('request', f.stem)}: restoring hidden, MLP and attention states "
                   f"per layer (x) and token (y); p(answer {t.get('answer', '')!r}) {t.get('clean', 0):.3f} clean, "
                   f"{t.get('corrupted', 0):.3f} with the subject corrupted; strongest MLP layer "
                   f"{t.get('best_mlp_layer', '-')}.")
        figures.append(f'<figure><img alt="{html.escape(f.stem, quote=True)}" style="max-width:100%" '
                       f'src="data:image/png;base64,{png}"><figcaption>{html.escape(caption)}</figcaption></figure>')
    return "".join(figures)


def render_html(rows: list[Row], path: Path, traces: list[Path] | None = None) -> None:
    intro = " ".join(line for line in INTRO if line).replace("*", "").replace("`", "")
    parts = ["<!doctype html><html><head><meta charset='utf-8'><title>api-update-bench leaderboard</title>",
             f"<style>{STYLE}</style></head><body>", "<h1>api-update-bench leaderboard</h1>",
             f"<p>{html.escape(intro)}</p>"]
    for group, members in _groups(rows).items():
        body = [[*_cells(r)[:-1], r.run_id] for r in members]  # tabulate's html format escapes every cell
        notes = "".join(f"<li>{html.escape(n.replace('`', ''))}</li>" for n in runnable_notes(members))
        parts += [f"<h2>{html.escape(group)}</h2>", plots(members), _table(body, HEADERS),
                  f"<ul>{notes}</ul>" if notes else "",
                  "<h3>fix@1 % per change type</h3>",
                  '<div class="scroll">' + _change_type_table(members, "html").replace("<table>", '<table class="sortable">', 1)
                  + "</div>"]
        if (edits := editing_table(members, "html")) is not None:
            parts += ["<h3>Model editing, per edit request</h3>", f'<div class="scroll">{edits}</div>']
    if traces:
        parts += ["<h2>Causal traces (bench trace)</h2>", trace_figures(traces)]
    parts.append(f"<script>{SORT_JS}</script></body></html>")
    path.write_text("\n".join(parts))
