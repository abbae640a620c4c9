"""Training speed of a weight-updating solver: the same optimizer steps with gradient checkpointing on and off.

TRL turns gradient checkpointing on by default: activations are dropped in the forward pass and
recomputed in the backward pass, which saves memory and costs compute. Both modes train a fresh
adapter for the same steps on the same train tasks and batches (same seed), each in a fresh
process so that its peak memory is its own. Checkpointing recomputes the same forward pass (the
dropout random state is replayed), so the losses column checks that the two modes train the same
model.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

from tabulate import tabulate

MODES = {"checkpointing": True, "no checkpointing": False}


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)  # from the child process: the solver's step losses


def _train_once(solver: str, model: str | None, device: str, options: dict, families: list[str] | None) -> dict:
    from benchmark.loading import load_train_tasks
    from benchmark.plugins import SOLVERS
    from solvers.base import SolveContext

    fitted = SOLVERS.get(solver)(SolveContext(model=model, log=_progress), {**options, "device": device})
    facts = fitted.fit(load_train_tasks(families))
    return {**{k: facts[k] for k in ("steps", "train_s", "peak_mem_mb", "peak_mem_source", "loss_history")},
            "model": fitted.lm.name, "revision": fitted.lm.revision, "device": fitted.lm.device}


def training_speed(steps: int, batch_size: int, solver: str = "lora", model: str | None = None,
                   device: str = "auto", families: list[str] | None = None,
                   log: Callable[[str], None] = print) -> str:
    from benchmark.plugins import SOLVERS

    if "checkpointing" not in SOLVERS.get(solver).Options.model_fields:
        raise ValueError(f"solver {solver!r} trains nothing; bench perf training takes lora, hier_lora or dpo")
    spawn = multiprocessing.get_context("spawn")  # a fresh interpreter per mode: separate peak memory
    results: dict[str, dict] = {}
    for name, on in MODES.items():
        log(f"perf: {solver}, {name}: {steps} steps of {batch_size} sequences in a fresh process")
        options = {"max_steps": steps, "batch_size": batch_size, "checkpointing": on}
        with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
            results[name] = pool.submit(_train_once, solver, model, device, options, families).result()
    baseline = results["checkpointing"]
    per_step = {name: r["train_s"] / max(1, r["steps"]) for name, r in results.items()}
    rows = []
    for name, r in results.items():
        drift = max((abs(a - b) for a, b in zip(r["loss_history"], baseline["loss_history"])), default=0.0)
        rows.append([name, r["steps"], f"{r['train_s']:.1f}", f"{per_step[name]:.1f}",
                     f"{per_step['checkpointing'] / per_step[name]:.2f}x", f"{r['peak_mem_mb']:,.0f}",
                     " → ".join(f"{v:.4f}" for v in r["loss_history"]), f"{drift:.1e}"])
    log(f"perf: {baseline['model']} ({baseline['revision'] or 'no revision'}) on {baseline['device']}; "
        f"peak memory is {baseline['peak_mem_source']}")
    return tabulate(rows, headers=["mode", "steps", "train s", "s/step", "speed vs checkpointing", "peak MB",
                                   "loss per step", "largest loss difference"], tablefmt="github", disable_numparse=True)
