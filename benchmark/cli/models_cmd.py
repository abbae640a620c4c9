"""``bench models``: the embedded offline models and their provisioning."""

from __future__ import annotations

import json

import typer
from rich.table import Table

from benchmark.cli.common import log, out

app = typer.Typer(help="Models for model-based solvers.", no_args_is_help=True)


@app.command("list")
def list_() -> None:
    """Embedded models (usable with no hub access) and whether they are provisioned here."""
    from solvers.lm.models import DEFAULT_MODEL, EMBEDDED, is_provisioned

    table = Table("model", "default", "provisioned", "layout", "prompting", "from PyPI packages")
    for name, spec in EMBEDDED.items():
        table.add_row(name, "yes" if name == DEFAULT_MODEL else "", "yes" if is_provisioned(name) else "no",
                      spec.layout, "chat template" if spec.chat else "completion", ", ".join(spec.packages))
    out.print(table)
    out.print("Any Hugging Face causal LM id or local folder also works with --model.")


@app.command()
def pull(name: str = typer.Argument(..., help="Embedded model name (bench models list).")) -> None:
    """Download, verify (sha256), dequantize and cache an embedded model."""
    from solvers.lm.models import provision

    path = provision(name, log=log)
    log(f"{name}: ready at {path}")


@app.command()
def info(name: str = typer.Argument(..., help="Embedded model name or a local model folder.")) -> None:
    """Provenance, architecture and size of a model."""
    from solvers.lm.models import EMBEDDED, provision

    path = provision(name, log=log) if name in EMBEDDED else __import__("pathlib").Path(name)
    config = json.loads((path / "config.json").read_text())
    facts = {"path": str(path), "architecture": ", ".join(config.get("architectures", [])),
             "layers": config.get("num_hidden_layers"), "hidden size": config.get("hidden_size"),
             "vocabulary": config.get("vocab_size")}
    prov = path / "provenance.json"
    if prov.is_file():
        facts.update(json.loads(prov.read_text()))
    table = Table("field", "value")
    for key, value in facts.items():
        table.add_row(str(key), str(value))
    out.print(table)
