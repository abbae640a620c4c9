"""``bench edits``: the edit requests the model-editing solvers (rome, memit, alphaedit) build from the train split."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from benchmark.cli.common import log, out

app = typer.Typer(help="Edit requests for the model-editing solvers (rome, memit, alphaedit).", no_args_is_help=True)


def _tail(text: str, width: int = 60) -> str:
    """The end of a prompt, newlines shown, where the continuation attaches."""
    shown = text.replace("\n", "⏎")
    return ("…" + shown[-width:]) if len(shown) > width else shown


@app.command()
def show(
    family: str = typer.Argument(..., help="Task family, e.g. numpy-2."),
    change: Optional[str] = typer.Option(None, "--change", help="Only this change id."),
    root: Optional[Path] = typer.Option(None, "--root", help="Tasks folder (default: the shipped tasks/)."),
    full: bool = typer.Option(False, "--full", help="Print every probe's whole prompt, not a table."),
) -> None:
    """Per change: the edit (prompt, subject, target, old), its paraphrases and neighbourhood probes."""
    from solvers.edit.requests import requests_for

    requests = [r for r in requests_for([family], root=root) if change in (None, r.change)]
    if not requests:
        log(f"no edit requests for {family}" + (f" change {change}" if change else ""))
        raise typer.Exit(1)
    if full:
        for r in requests:
            out.print(f"[bold]{r.id}[/bold]  subject {r.subject!r}  target {r.target!r}  old {r.old!r}", highlight=False)
            for kind, probes in (("edit", [r.probe]), ("paraphrase", r.paraphrases), ("neighbour", r.neighbourhood)):
                for p in probes:
                    out.print(f"--- {kind} ({p.task}) -> {p.target!r}" + (f" not {p.old!r}" if p.old else ""),
                              highlight=False, markup=False)
                    out.print(p.prompt, highlight=False, markup=False)
            for text in r.kl_prompts:
                out.print("--- KL prompt", highlight=False)
                out.print(text, highlight=False, markup=False)
            out.print()
        return
    table = Table(title=f"{family}: {len(requests)} edit requests")
    for column in ("change", "kind", "task", "prompt (end)", "subject", "target", "old"):
        table.add_column(column, overflow="fold")
    for r in requests:
        rows = [("edit", r.probe), *(("paraphrase", p) for p in r.paraphrases),
                *(("neighbour", p) for p in r.neighbourhood)]
        for i, (kind, p) in enumerate(rows):
            table.add_row(r.change if i == 0 else "", kind, p.task, _tail(p.prompt), p.subject, repr(p.target),
                          repr(p.old) if p.old else "")
        table.add_row("", "KL prompts", str(len(r.kl_prompts)), "", "", "", "", end_section=True)
    out.print(table)


def trace(
    change: str = typer.Option(..., "--change", help="Change to trace: FAMILY/CHANGE (e.g. numpy-2/trapz-to-trapezoid)."),
    model: str = typer.Option("smollm2-135m", "--model", help="Model (embedded name, folder or Hugging Face id)."),
    samples: int = typer.Option(5, "--samples", help="Noise samples per restoration."),
    window: int = typer.Option(5, "--window", help="Layers restored together for mlp and attn states."),
    output: Path = typer.Option(Path("results") / "traces", "-o", "--output", help="Folder for the heatmap and data."),
    device: str = typer.Option("auto", "--device"),
) -> None:
    """Causal trace of a change's edit prompt: restoration effect per layer and token for the residual
    stream, MLP and attention states; writes a PNG heatmap and JSON, and names the layer to edit."""
    import json
    from dataclasses import asdict

    from solvers.edit.layout import edit_layout
    from solvers.edit.requests import requests_for
    from solvers.edit.tracing import causal_trace, heatmap_png
    from solvers.lm.models import load

    family, _, change_id = change.partition("/")
    found = [r for r in requests_for([family]) if r.change == change_id]
    if not found:
        log(f"no edit request for {change} (bench edits show {family} lists them)")
        raise typer.Exit(1)
    lm = load(model, device=device, log=log)
    layout = edit_layout(lm.model)
    result = causal_trace(lm.model, lm.tokenizer, layout, found[0], samples=samples, window=window)
    folder = output / lm.name.replace("/", "--")
    folder.mkdir(parents=True, exist_ok=True)
    stem = change.replace("/", "--")
    (folder / f"{stem}.json").write_text(json.dumps({**asdict(result), "model": lm.name, "samples": samples,
                                                     "window": window, "best_mlp_layer": result.best_layer("mlp")},
                                                    indent=1))
    heatmap_png(result, folder / f"{stem}.png")
    log(f"p({result.answer!r}) clean {result.clean:.3f}, subject corrupted {result.corrupted:.3f}; "
        f"MLP restoration peaks at layer {result.best_layer('mlp')} (subject's last token)")
    log(f"wrote {folder / stem}.png and .json")
