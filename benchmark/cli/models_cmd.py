"""``bench models``: the embedded offline models and their provisioning."""

from __future__ import annotations

import json
import signal
from typing import Optional

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


@app.command()
def backends() -> None:
    """Generation backends (bench run --backend NAME), whether they can run here, and their -B options."""
    from solvers.lm.backends import BACKENDS, resolve_backend

    table = Table("backend", "runs here", "what it is", "options (-B key=value)")
    for name in BACKENDS.names():
        cls = BACKENDS.get(name)
        why = cls.unavailable()
        opts = ", ".join(f"{key}={field.default}" for key, field in cls.Options.model_fields.items()) or "-"
        table.add_row(name, "yes" if why is None else f"no: {why}", cls.description, opts)
    out.print(table)
    out.print(f"--backend auto picks {resolve_backend('auto', None)} on this machine "
              "(openai for --model openai:NAME).")


@app.command()
def serve(
    name: str = typer.Argument("smollm2-135m", help="Embedded model name, local folder or Hugging Face id."),
    backend: str = typer.Option("auto", "--backend", help="Local backend that generates (auto: as bench run)."),
    backend_option: Optional[list[str]] = typer.Option(None, "-B", help="Backend option key=value."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port (0: any free one)."),
    max_batch: int = typer.Option(8, "--max-batch", min=1, help="Requests generated together at most."),
    device: str = typer.Option("auto", "--device", help="auto | cpu | cuda"),
) -> None:
    """Serve a model over an OpenAI-compatible API (chat and completions) until Ctrl-C."""
    from solvers.lm.backends import BackendError, configure, open_backend
    from solvers.lm.serve import OpenAIServer

    resolved, options = configure(backend, name, backend_option, device=device)
    engine = open_backend(resolved, name, options, device=device, log=log)
    if not engine.local:
        raise BackendError("bench models serve needs a local backend, not openai")
    server = OpenAIServer(engine, name, host=host, port=port, max_batch=max_batch, log=lambda msg: None)
    log(f"serving {name} ({engine.name}, {engine.dtype} on {engine.device}) at {server.url} "
        f"as model {name!r}; Ctrl-C stops")

    def terminate(signum: int, frame: object) -> None:
        raise KeyboardInterrupt  # SIGTERM (kill, a service manager) stops as cleanly as Ctrl-C

    signal.signal(signal.SIGTERM, terminate)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        log("stopping")
    finally:
        server.batcher.close()
        server.httpd.server_close()
        engine.close()
