"""Leaderboard from hand-written run folders: grouping, like-with-like, forgetting columns."""

from __future__ import annotations

import json
from pathlib import Path

from leaderboard.html import render_html
from leaderboard.render import collect_runs, render_markdown


def summary(mean: float) -> dict:
    return {"mean": mean, "ci_low": max(0.0, mean - 0.1), "ci_high": min(1.0, mean + 0.1), "n": 10}


def make_run(root: Path, run_id: str, solver: str, family: str, version: int, pass1: float, finished: str,
             splits=("test_seen", "test_unseen"), forgetting: dict | None = None, limit: int | None = None,
             options: dict | None = None) -> None:
    folder = root / run_id
    folder.mkdir(parents=True)
    # fix@1 is the headline; pass@1 (here always higher) only a secondary column.
    core = {"tasks": 10, "samples": 10, "fix@1": summary(pass1), "pass@1": summary(min(1.0, pass1 + 0.2)),
            "exec": summary(1.0), "api": summary(pass1), "upass": {**summary(0.5), "n": 4}}
    metrics = {"run_id": run_id, "solver": solver, "model": "m", "splits": list(splits),
               "by": {"family": {family: core},
                      "family_change_type": {family: {"rename": {"tasks": 6, "fix@1": summary(pass1)},
                                                      "semantics": {"tasks": 4, "fix@1": summary(0.0)}}}},
               "locality_by_family": {family: summary(1.0)}, "net_by_family": {family: summary(pass1 - 0.1)},
               "cost": {"fit_s": 1.5, "solve_s": 2.0}}
    if forgetting:
        metrics["forgetting"] = forgetting
    (folder / "metrics.json").write_text(json.dumps(metrics))
    (folder / "run.json").write_text(json.dumps({"families": {family: version}, "finished_at": finished,
                                                 "config": {"limit": limit, "options": options or {}}}))


def test_grouping_latest_wins_and_versions_are_not_mixed(tmp_path):
    make_run(tmp_path, "a", "rules", "fam", 1, 0.5, "2026-01-01")
    make_run(tmp_path, "b", "rules", "fam", 1, 0.7, "2026-01-02")  # same combination, later: wins
    make_run(tmp_path, "c", "rules", "fam", 1, 0.9, "2026-01-03", splits=("test_seen",))  # other splits: own row
    make_run(tmp_path, "d", "rules", "fam", 2, 0.1, "2026-01-04")  # other family version: own table
    make_run(tmp_path, "f", "rules", "fam", 1, 0.2, "2026-01-05", limit=3)  # sampled run: own row, replaces none
    make_run(tmp_path, "e", "lora", "fam", 1, 0.6, "2026-01-01",
             forgetting={"humaneval_delta": {"mean": -0.05, "ci_low": -0.15, "ci_high": 0.0, "n": 20},
                         "bpb_delta": {"mean": 0.0012, "ci_low": -0.0003, "ci_high": 0.0027, "n": 224},
                         "bpb_by_source": {"humaneval": {"docs": 164, "base": 0.7, "updated": 0.71,
                                                         "delta": {"mean": 0.0041, "ci_low": 0.0021, "ci_high": 0.0062, "n": 164}}}})
    make_run(tmp_path, "g", "rules", "fam", 1, 0.3, "2026-01-06", options={"min_confidence": "0.9"})  # other options: own row
    rows = collect_runs([tmp_path])
    assert sorted((r.version, r.run_id) for r in rows) == [(1, "b"), (1, "c"), (1, "e"), (1, "f"), (1, "g"), (2, "d")]
    assert next(r for r in rows if r.run_id == "g").solver == "rules min_confidence=0.9"
    assert next(r for r in rows if r.run_id == "f").splits == "test_seen,test_unseen (limit 3)"
    md = render_markdown(rows)
    v1, v2 = md.index("## fam@1"), md.index("## fam@2")
    assert v1 < md.index("`b`") < v2 and md.index("`d`") > v2
    lora = next(line for line in md.splitlines() if line.startswith("| lora"))
    # Forgetting deltas carry their intervals; bits per byte moves in the fourth decimal.
    cells = [c.strip() for c in lora.split("|")]
    start = cells.index("-5.0 (-15.0…+0.0)")
    assert cells[start:start + 3] == ["-5.0 (-15.0…+0.0)", "+0.0012 (-0.0003…+0.0027)", "+0.0041 (+0.0021…+0.0062)"]
    # Runs without a forgetting report (or from before the corpus was split) show "-", not a number.
    rules_cells = [c.strip() for c in next(line for line in md.splitlines() if "`b`" in line).split("|")]
    assert rules_cells[start:start + 3] == ["-", "-", "-"]
    rules_b = [c.strip() for c in next(line for line in md.splitlines() if "`b`" in line).split("|")]
    headers = [c.strip() for c in md.splitlines()[md.splitlines().index("## fam@1") + 2].split("|")]
    assert rules_b[headers.index("fix@1 % (95% CI)")] == "70.0 (60–80)"
    assert rules_b[headers.index("pass@1 % (tests only)")] == "90.0"
    assert rules_b[headers.index("net %")] == "60.0"
    assert rules_b[headers.index("upass % (n)")] == "50.0 (4)"
    # Sorted by fix@1, not pass@1: c (0.9) above b (0.7) above e (0.6).
    assert md.index("`c`") < md.index("`b`") < md.index("`e`")
    # The second table: fix@1 per change type, with each type's n.
    assert "rename (n=6)" in md and "semantics (n=4)" in md
    assert md.index("fix@1 % per change type") < v2
    html = tmp_path / "lb.html"
    render_html(rows, html)
    assert "Δ HumanEval" in html.read_text()


def test_multi_family_runs_get_a_pooled_table_first(tmp_path):
    make_run(tmp_path, "single", "rules", "fam", 1, 0.5, "2026-01-01")
    folder = tmp_path / "both"
    folder.mkdir()
    per_family = {"a": {"tasks": 4, "fix@1": summary(0.25)}, "b": {"tasks": 6, "fix@1": summary(0.5)}}
    metrics = {"run_id": "both", "solver": "rules", "model": None, "splits": ["test_seen", "test_unseen"],
               "overall": {"tasks": 10, "fix@1": summary(0.4), "pass@1": summary(0.7)}, "locality": summary(0.9),
               "by": {"family": per_family, "split": {"test_seen": {"fix@1": summary(0.6), "pass@1": summary(0.8)}}},
               "locality_by_family": {"a": summary(1.0), "b": summary(0.8)}, "cost": {}}
    (folder / "metrics.json").write_text(json.dumps(metrics))
    (folder / "run.json").write_text(json.dumps({"families": {"a": 1, "b": 2}, "finished_at": "2026-01-02",
                                                 "config": {}}))
    rows = collect_runs([tmp_path])
    pooled = [r for r in rows if r.pooled]
    assert [(r.run_id, r.group) for r in pooled] == [("both", "All of a@1, b@2")]  # none for a one-family run
    assert rows[0] is pooled[0] and pooled[0].metrics["tasks"] == 10 and pooled[0].locality["mean"] == 0.9
    md = render_markdown(rows)
    assert md.index("## All of a@1, b@2") < md.index("## a@1") < md.index("## b@2")
    line = next(x for x in md.splitlines()[md.splitlines().index("## All of a@1, b@2"):] if "`both`" in x)
    assert [c.strip() for c in line.split("|")[5:7]] == ["40.0 (30–50)", "60.0"]  # overall fix@1, then seen


def test_unfinished_runs_are_listed_with_how_far_they_got(tmp_path):
    from leaderboard.render import unfinished_runs

    make_run(tmp_path, "done", "rules", "fam", 1, 0.5, "2026-01-01")
    killed = tmp_path / "killed"
    killed.mkdir()
    (killed / "run.json").write_text(json.dumps({"task_hashes": {"fam/a": "1", "fam/b": "2", "fam/c": "3"},
                                                 "config": {"samples": 2}}))
    rows = [{"task": "fam/a", "sample": 0, "status": "pass"}, {"task": "fam/a", "sample": 1, "status": "infra"},
            {"task": "fam/b", "sample": 0, "status": "fail"}, {"task": "fam/b", "sample": 0, "status": "fail"}]
    (killed / "samples.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert [r.run_id for r in collect_runs([tmp_path])] == ["done"]
    assert unfinished_runs([tmp_path]) == [f"killed: unfinished, 2 of 6 rows scored (bench run --resume killed "
                                           f"--out {tmp_path})"]


def test_runs_through_another_engine_get_their_own_row(tmp_path):
    make_run(tmp_path, "hf", "prompt", "fam", 1, 0.3, "2026-01-01")
    make_run(tmp_path, "int8", "prompt", "fam", 1, 0.1, "2026-01-02")  # later, but another engine: no replacing
    for run_id, cost in (("int8", {"backend": "ctranslate2", "compute_type": "int8"}),):
        metrics = json.loads((tmp_path / run_id / "metrics.json").read_text())
        metrics["cost"].update(cost)
        (tmp_path / run_id / "metrics.json").write_text(json.dumps(metrics))
        info = json.loads((tmp_path / run_id / "run.json").read_text())
        info["config"]["backend"] = cost["backend"]
        (tmp_path / run_id / "run.json").write_text(json.dumps(info))
    rows = {r.run_id: r for r in collect_runs([tmp_path])}
    assert rows["hf"].model == "m" and rows["int8"].model == "m (ctranslate2 int8)"


def test_grpo_runs_get_their_reward_curve_plotted(tmp_path):
    import re

    make_run(tmp_path, "rl", "grpo", "fam", 1, 0.4, "2026-01-01")
    make_run(tmp_path, "sft", "lora", "fam", 1, 0.5, "2026-01-01")
    curve = [{"step": 1, "mean": 0.1, "std": 0.2, "pass_rate": 0.1}, {"step": 2, "mean": 0.3, "std": 0.1},
             {"step": 3, "mean": 0.9, "std": 0.05, "pass_rate": 0.9}]
    info = json.loads((tmp_path / "rl" / "run.json").read_text())
    (tmp_path / "rl" / "run.json").write_text(json.dumps({**info, "fit": {"reward_history": curve, "steps": 3}}))
    rows = collect_runs([tmp_path])
    assert next(r for r in rows if r.run_id == "rl").reward_curve == tuple(curve)
    assert next(r for r in rows if r.run_id == "sft").reward_curve == ()
    out = tmp_path / "lb.html"
    render_html(rows, out)
    page = out.read_text()
    # One curve, for the grpo run only: a line through the three means, a band, a hover per step.
    assert page.count('<polyline class="curve"') == 1 and '<polyline class="curve" data-run="rl"' in page
    line = re.search(r'<polyline class="curve" data-run="rl" points="([^"]+)"', page).group(1)
    ys = [float(p.split(",")[1]) for p in line.split()]
    assert len(ys) == 3 and ys[0] > ys[1] > ys[2]  # the reward rises: SVG y grows downwards
    band = re.search(r'<polygon class="band" data-run="rl" points="([^"]+)"', page).group(1)
    assert len(band.split()) == 6  # mean + std forwards, mean - std back
    assert "step 1: reward 0.100 ± 0.200, 10% passed" in page and "step 2: reward 0.300 ± 0.100</title>" in page
    assert "Reward per training step of grpo" in page


def test_editing_runs_get_their_per_edit_metrics_table(tmp_path):
    make_run(tmp_path, "edit", "rome", "fam", 1, 0.2, "2026-01-01")
    make_run(tmp_path, "sft", "lora", "fam", 1, 0.5, "2026-01-01")
    metrics = json.loads((tmp_path / "edit" / "metrics.json").read_text())
    editing = {"edits": 7, "efficacy": {"base": 0.5714, "edited": 0.7143, "n": 7},
               "generalisation": {"base": 0.4286, "edited": None, "n": 0},
               "specificity": {"base": 0.68, "edited": 0.5, "n": 6}}
    metrics["editing"] = editing
    metrics["cost"]["edit_s"] = 255.0
    (tmp_path / "edit" / "metrics.json").write_text(json.dumps(metrics))
    rows = collect_runs([tmp_path])
    text = render_markdown(rows)
    table = text.split("Model editing, per edit request", 1)[1]
    # Only the editing run has a row; a summary with no edited value shows "-", not 0.
    assert "`edit`" in table and "`sft`" not in table
    row = next(line for line in table.splitlines() if "`edit`" in line)
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[0] == "rome" and cells[3:8] == ["7", "57.1 → 71.4 (n=7)", "-", "68.0 → 50.0 (n=6)", "255.0"]
    out = tmp_path / "lb.html"
    render_html(rows, out)
    page = out.read_text()
    assert "<h3>Model editing, per edit request</h3>" in page and "57.1 → 71.4 (n=7)" in page
    # Without an editing run, no such section.
    lone = tmp_path / "lone"
    make_run(lone, "sft", "lora", "fam", 1, 0.5, "2026-01-01")
    assert "Model editing" not in render_markdown(collect_runs([lone]))


def test_causal_traces_beside_the_runs_are_shown_on_the_html_page(tmp_path):
    import base64

    from PIL import Image

    from leaderboard.html import trace_files

    make_run(tmp_path, "edit", "rome", "fam", 1, 0.2, "2026-01-01")
    folder = tmp_path / "traces" / "tiny"
    folder.mkdir(parents=True)
    Image.new("RGB", (4, 3), "purple").save(folder / "fam--change.png")
    (folder / "fam--change.json").write_text(json.dumps({"model": "tiny", "request": "fam/change", "answer": "items",
                                                         "clean": 0.119, "corrupted": 0.0, "best_mlp_layer": 1}))
    (folder / "orphan.json").write_text("{}")  # no heatmap beside it: not a trace to show
    found = trace_files([tmp_path, tmp_path])  # a folder named twice shows its traces once
    assert found == [folder / "fam--change.json"]
    out = tmp_path / "lb.html"
    render_html(collect_runs([tmp_path]), out, found)
    page = out.read_text()
    data = base64.b64encode((folder / "fam--change.png").read_bytes()).decode()
    assert "<h2>Causal traces (bench trace)</h2>" in page and f"data:image/png;base64,{data}" in page
    assert "tiny, fam/change" in page and "0.119 clean, 0.000 with the subject corrupted" in page
    render_html(collect_runs([tmp_path]), out)
    assert "Causal traces" not in out.read_text()
