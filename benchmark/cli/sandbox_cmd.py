"""``bench sandbox``: doctor, base, build, prune."""

from __future__ import annotations

import shutil
import subprocess
from typing import Optional

import typer
from rich.table import Table

from benchmark.cli.common import log, out, split_csv

app = typer.Typer(help="Sandbox backends and environment images.", no_args_is_help=True)


@app.command()
def doctor() -> None:
    """Say which backends can run here, and why not where they cannot."""
    from benchmark.plugins import SANDBOXES
    from sandbox.base import SandboxUnavailable
    from sandbox.envs import DEBIAN_BASES, cache_root

    table = Table("check", "status", "detail")
    for name in SANDBOXES.names():
        try:
            SANDBOXES.get(name).check_available()
            table.add_row(f"backend {name}", "[green]ok[/]", "security boundary" if SANDBOXES.get(name).is_security_boundary
                          else "not a security boundary")
        except SandboxUnavailable as exc:
            table.add_row(f"backend {name}", "[red]unavailable[/]", str(exc))
    deb = shutil.which("debootstrap")
    table.add_row("debootstrap", "[green]ok[/]" if deb else "[yellow]missing[/]",
                  deb or "needed to build base images offline: apt-get install -y debootstrap")
    try:
        from sandbox.docker_backend import client_or_raise
        from sandbox.images import base_tag, image_exists

        client = client_or_raise()
        for py, (suite, _) in sorted(DEBIAN_BASES.items()):
            have = image_exists(client, base_tag(py))
            table.add_row(f"base image python {py}", "[green]present[/]" if have else "[yellow]absent[/]",
                          f"{base_tag(py)} (Debian {suite}; `bench sandbox base {py}` builds it)")
    except SandboxUnavailable:
        pass
    table.add_row("cache", "", str(cache_root()))
    out.print(table)


@app.command()
def base(pythons: Optional[str] = typer.Argument(None, help="Python minors, e.g. 3.11,3.9 (default: 3.11)")) -> None:
    """Build (or find) the base image for each Python minor."""
    from sandbox.docker_backend import client_or_raise
    from sandbox.images import ensure_base

    client = client_or_raise()
    for py in split_csv(pythons) or ("3.11",):
        tag, built = ensure_base(client, py, log=log)
        log(f"{tag}: {'built' if built else 'cache hit, nothing built'}")


@app.command()
def build(
    families: Optional[str] = typer.Argument(None, help="Families whose environments to build (default: all)."),
    sandbox: str = typer.Option("docker", "--sandbox", help="docker | local"),
) -> None:
    """Resolve, lock and build every environment the families use."""
    from benchmark.loading import load_tasks
    from benchmark.plugins import open_sandbox
    from benchmark.runner import env_request

    tasks = load_tasks(split_csv(families) or None)
    envs = {env_request(t, n).model_dump_json(): env_request(t, n) for t in tasks for n in ("old", "new")
            if t.environment(n) is not None}
    box = open_sandbox(sandbox, log=log)
    try:
        table = Table("lock", "python", "cache", "packages")
        for env in envs.values():
            facts = box.prepare(env)
            table.add_row(facts["lock"], env.python, "hit" if facts["cache_hit"] else "built", facts["packages"])
        out.print(table)
    finally:
        box.close()


@app.command()
def prune(
    images: bool = typer.Option(False, "--images", help="Also remove every image this tool built."),
    running: bool = typer.Option(False, "--running", help="Also remove running sandbox containers (of live runs)."),
) -> None:
    """Remove sandbox containers left behind by killed runs (and optionally the images)."""
    from sandbox.docker_backend import prune as do_prune

    removed = do_prune(all_images=images, running=running)
    log(f"removed {removed['containers']} containers, {removed['images']} images")
    if images:
        subprocess.run(["docker", "image", "prune", "-f"], capture_output=True)
