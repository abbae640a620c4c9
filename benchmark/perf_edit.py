"""Editing benchmark: the v* optimisation with the cached prefix against whole prompts, same run.

For each of the first ``requests`` edit requests of a family, the target value δ is optimised
twice on the unedited model, once per mode, alternating so that both see the same machine load;
the table gives the wall time per Adam step, the ratio against whole prompts, and how far the two
δ are apart (the objective is the same, so only float rounding should separate them).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable

from tabulate import tabulate

MODES = {"whole prompts": False, "cached prefix": True}


def edit_speed(family: str, requests: int, layer: int | None, model: str | None = None, device: str = "cpu",
               log: Callable[[str], None] = print) -> str:
    from solvers.edit.algorithms import EditConfig, optimise_delta
    from solvers.edit.layout import edit_layout
    from solvers.edit.requests import requests_for
    from solvers.edit.solvers import default_layers
    from solvers.lm.models import load

    lm = load(model or "smollm2-135m", device=device, log=log)
    layout = edit_layout(lm.model)
    chosen = requests_for([family])[:requests]
    if not chosen:
        raise ValueError(f"family {family!r} gives no edit request")
    if layer is None:
        layer = int(default_layers(lm.name, layout.num_layers, "rome"))
    walls = {m: 0.0 for m in MODES}
    steps = {m: 0 for m in MODES}
    gaps: list[float] = []
    for request in chosen:
        deltas = {}
        for mode, cached in MODES.items():
            start = time.perf_counter()
            target = optimise_delta(lm.model, lm.tokenizer, layout, layer, request,
                                    dataclasses.replace(EditConfig(), cache_prefix=cached))
            walls[mode] += time.perf_counter() - start
            steps[mode] += target.steps
            deltas[mode] = target.delta
            log(f"{request.id} {mode}: {target.steps} steps in {time.perf_counter() - start:.1f} s")
        whole, cached_delta = deltas.values()
        gaps.append(float((whole - cached_delta).norm() / whole.norm().clamp(min=1e-12)))
    base = walls["whole prompts"] / max(steps["whole prompts"], 1)
    rows = []
    for mode in MODES:
        per_step = walls[mode] / max(steps[mode], 1)
        rows.append([mode, steps[mode], f"{walls[mode]:.1f}", f"{per_step:.3f}", f"{per_step / base:.2f}x"])
    note = (f"{lm.name} on {lm.device}, layer {layer}, the first {len(chosen)} edit requests of {family} "
            f"(v* with the default options); largest ||δ cached - δ whole|| / ||δ whole||: {max(gaps):.1e}")
    return note + "\n\n" + tabulate(rows, headers=["mode", "Adam steps", "wall s", "s per step", "time vs whole"],
                                    tablefmt="github")
