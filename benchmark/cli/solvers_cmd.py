"""``bench solvers``: list and document solver plugins."""

from __future__ import annotations

import typer
from rich.table import Table

from benchmark.cli.common import out

app = typer.Typer(help="Solver plugins.", no_args_is_help=True)


@app.command("list")
def list_() -> None:
    """Every registered solver (entry-point group bench.solvers)."""
    from benchmark.plugins import SOLVERS

    table = Table("solver", "changes weights", "uses a model", "description")
    for name in SOLVERS.names():
        cls = SOLVERS.get(name)
        table.add_row(name, "yes" if cls.changes_weights else "no", "yes" if cls.uses_model else "no", cls.description)
    out.print(table)


@app.command()
def show(name: str) -> None:
    """A solver's description and every -S option with its type, default and meaning."""
    from benchmark.plugins import SOLVERS

    cls = SOLVERS.get(name)
    out.print(f"[bold]{name}[/]: {cls.description}")
    fields = cls.Options.model_fields
    if not fields:
        out.print("no options")
        return
    table = Table("option (-S key=value)", "type", "default", "meaning")
    for key, field in fields.items():
        table.add_row(key, getattr(field.annotation, "__name__", str(field.annotation)), repr(field.default),
                      field.description or "")
    out.print(table)
