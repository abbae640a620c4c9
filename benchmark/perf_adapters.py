"""Generation throughput of an adapted model: the same prompts through each way of running the adapter.

Modes (``unfolded``/``folded`` x generation batch size, plus the base model with no adapter):

- ``unfolded bN``: PEFT's LoRA layers as training leaves them; each adapted projection runs the
  base matmul plus the two low-rank ones, in batches of N prompts.
- ``folded bN``: the adapter merged into the base weights (what the weight-updating solvers solve
  with); one matmul per projection, the same model up to float rounding.
- ``base bN``: the model without any adapter: the ceiling.

The adapter is a fresh one on every decoder layer, initialised with random non-zero weights (a
fresh trained-from-zero adapter would be a no-op, and folded and unfolded answers would agree
trivially), so the answers column checks that folding does not change what is generated.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from tabulate import tabulate

MODES = ("unfolded", "folded", "base")


def adapter_throughput(family: str, n_prompts: int, batch_sizes: list[int], max_new_tokens: int,
                       model: str | None = None, device: str = "auto", log: Callable[[str], None] = print) -> str:
    from peft import get_peft_model

    from benchmark.loading import load_tasks
    from benchmark.plugins import SOLVERS
    from solvers.base import Problem, SolveContext
    from solvers.lm.generate import GenerationStats, generate
    from solvers.train.layers import LayerSelection, decoder_layout
    from solvers.train.quiet import quiet_training

    tasks = [t for t in load_tasks([family]) if t.is_target][:n_prompts]
    solver = SOLVERS.get("lora")(SolveContext(model=model, log=log), {"device": device})
    lm = solver.lm
    prompts = [solver.prompt_for(Problem.from_task(t), solver.strategy) for t in tasks]
    stop: tuple[str, ...] = () if lm.chat else ("```",)
    layout = decoder_layout(lm.model)
    config = solver.lora_config(layout, LayerSelection("all").resolve(layout.num_layers))
    config.init_lora_weights = False  # random A and B: an adapter that changes the answers
    with quiet_training():
        peft_model = get_peft_model(lm.model, config)
    peft_model.eval()
    lm.model = peft_model
    generate(lm, prompts[:1], max_new_tokens=8, stop=stop, batch_size=1)  # warm-up, outside the timings

    results: dict[str, tuple[GenerationStats, list[str]]] = {}
    for mode in MODES:
        for batch in batch_sizes:
            name = f"{mode} b{batch}"
            log(f"perf: {name}: {len(prompts)} prompts, up to {max_new_tokens} new tokens each")
            solver.fold(mode == "folded")
            stats = GenerationStats()
            with peft_model.disable_adapter() if mode == "base" else contextlib.nullcontext():
                answers = generate(lm, prompts, max_new_tokens=max_new_tokens, stop=stop, batch_size=batch,
                                   stats=stats)
            results[name] = (stats, [a.text for a in answers])
    baseline_name = f"unfolded b{batch_sizes[0]}"
    baseline = results[baseline_name][0].tokens_per_s
    reference = {b: results[f"unfolded b{b}"][1] for b in batch_sizes}
    rows = []
    for name, (stats, texts) in results.items():
        batch = int(name.rsplit("b", 1)[1])
        agree = sum(a == b for a, b in zip(texts, reference[batch]))
        same = f"{agree}/{len(texts)}" if name.startswith("folded") else "-"
        rows.append([name, stats.tokens, f"{stats.seconds:.1f}", f"{stats.tokens_per_s:.1f}",
                     f"{stats.tokens_per_s / baseline:.2f}x", same])
    log(f"perf: {lm.name} ({lm.revision or 'no revision'}) on {lm.device}, {len(prompts)} prompts from {family}")
    return tabulate(rows, headers=["mode", "tokens", "s", "tokens/s", f"vs {baseline_name}",
                                   "answers = unfolded"], tablefmt="github")
