"""``bench rules``: learn a rule base from train pairs and inspect it."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from benchmark.cli.common import log, out, split_csv

app = typer.Typer(help="Rewrite rules learned from train pairs.", no_args_is_help=True)


@app.command()
def learn(
    tasks: Optional[str] = typer.Option(None, "--tasks", help="Comma-separated families (default: all)."),
    output: Path = typer.Option(Path("rules.json"), "-o", "--output"),
    root: Optional[Path] = typer.Option(None, "--root", help="Tasks folder (default: the shipped tasks/)."),
) -> None:
    """Learn rules from every train migrate task (old.py -> reference.py) and save them."""
    from benchmark.loading import load_tasks
    from solvers.rules import learn_rules

    train = [t for t in load_tasks(split_csv(tasks) or None, root=root, splits=["train"]) if t.spec.split.value == "train"]
    base = learn_rules(train)
    base.save(output)
    pairs = sum(1 for t in train if t.spec.kind.value == "migrate")
    log(f"{len(base.rules)} rules from {pairs} train pairs -> {output}")
    _counts(base)


@app.command()
def show(
    path: Path = typer.Argument(Path("rules.json")),
    min_confidence: float = typer.Option(0.0, "--min-confidence"),
) -> None:
    """Every rule with its type, support, consistency and confidence."""
    from solvers.rulebase import RuleBase

    base = RuleBase.load(path)
    table = Table("library", "confidence", "support", "consistency", "rule")
    for rule in base.rules:
        if rule.confidence >= min_confidence:
            table.add_row(rule.scope or "any", f"{rule.confidence:.2f}", str(rule.support), f"{rule.consistency:.2f}",
                          rule.show())
    out.print(table)
    _counts(base)


def _counts(base) -> None:  # noqa: ANN001
    out.print("rules by type: " + ", ".join(f"{k} {v}" for k, v in base.counts().items()))
