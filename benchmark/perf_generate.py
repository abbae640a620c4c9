"""Generation speed and fidelity of every backend available here: the same prompts, one run.

Each mode loads the default model (or ``--model``) in one backend, in a fresh process so that its
peak memory is its own, warms up, and generates greedy answers for the same prompts (the
``prompt`` solver's ``basic`` prompts for the first target tasks of a family). Fidelity is
measured against ``transformers`` fp32, the reference: the share of completions identical to its
greedy ones, and the share whose extracted code (what is scored) is identical.

A mode is ``NAME`` or ``NAME:key=value,key=value`` (backend options, as ``-B``). ``openai`` is
measured through a local OpenAI-compatible server (``solvers.lm.serve``) over ctranslate2 float32
(the reference's answers), in the same process: the cost of the HTTP path on top of the engine.
"""

from __future__ import annotations

import multiprocessing
import resource
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from tabulate import tabulate

REFERENCE_MODE = "transformers"
DEFAULT_MODES = ("transformers", "ctranslate2:compute_type=int8", "ctranslate2:compute_type=float32", "openai")
OPTIONAL_MODES = ("llamacpp", "vllm")


def parse_mode(mode: str) -> tuple[str, dict[str, str]]:
    name, _, rest = mode.partition(":")
    options = dict(pair.split("=", 1) for pair in rest.split(",") if pair.strip()) if rest else {}
    return name.strip(), {k.strip(): v.strip() for k, v in options.items()}


def available_modes(requested: list[str] | None) -> tuple[list[str], dict[str, str]]:
    """The modes to measure, and those left out with the reason (not installed, no CUDA)."""
    from solvers.lm.backends import BACKENDS

    modes = list(requested or DEFAULT_MODES)
    if requested is None:  # optional engines, measured where installed (and, for vllm, on CUDA)
        modes += [name for name in OPTIONAL_MODES if BACKENDS.get(name).unavailable() is None]
    skipped: dict[str, str] = {}
    for mode in list(modes):
        name, _ = parse_mode(mode)
        why = BACKENDS.get(name).unavailable()
        if name == "openai" and why is None:
            why = BACKENDS.get("ctranslate2").unavailable()  # it is served by ctranslate2 here
        if why is not None:
            skipped[mode] = why
            modes.remove(mode)
    if REFERENCE_MODE in modes:  # the reference first: every ratio is against it
        modes.insert(0, modes.pop(modes.index(REFERENCE_MODE)))
    return modes, skipped


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)  # from the child process


def _prompts(backend: Any, family: str, n: int) -> list[Any]:
    from benchmark.loading import load_tasks
    from solvers.base import Problem
    from solvers.prompt import build_completion_prompt, build_prompt

    tasks = [t for t in load_tasks([family]) if t.is_target][:n]
    problems = [Problem.from_task(t) for t in tasks]
    if backend.chat:
        return [backend.render(build_prompt(p, "basic")) for p in problems]
    return [backend.plain(build_completion_prompt(p, "basic")) for p in problems]


def _generate_once(mode: str, model: str | None, family: str, n_prompts: int, max_new_tokens: int,
                   batch_size: int, device: str) -> dict[str, Any]:
    from solvers.lm.backends import open_backend

    name, options = parse_mode(mode)
    start = time.monotonic()
    server = None
    if name == "openai":
        from solvers.lm.serve import OpenAIServer

        engine = open_backend("ctranslate2", model, {"compute_type": "float32"}, device=device, log=_progress)
        server = OpenAIServer(engine, engine.model, max_batch=batch_size).start()
        backend = open_backend("openai", f"openai:{engine.model}",
                               {"api_base": server.url, "cache": "false", "concurrency": str(batch_size), **options},
                               log=_progress)
    else:
        backend = open_backend(name, model, options, device=device, log=_progress)
    load_s = time.monotonic() - start
    try:
        prompts = _prompts(backend, family, n_prompts)
        stop = () if backend.chat else ("```",)
        backend.generate(prompts[:1], max_new_tokens=8, stop=stop, batch_size=1)  # warm-up, outside the timing
        t0 = time.monotonic()
        answers = backend.generate(prompts, max_new_tokens=max_new_tokens, stop=stop, batch_size=batch_size)
        seconds = time.monotonic() - t0
        facts = backend.facts()
    finally:
        backend.close()
        if server is not None:
            server.stop()
    return {"mode": mode, "texts": [a.text for a in answers], "tokens": sum(a.new_tokens for a in answers),
            "seconds": seconds, "load_s": load_s, "chat": backend.chat,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "device": facts.get("device"), "dtype": facts.get("dtype"), "revision": facts.get("model_revision")}


def generation_speed(modes: list[str] | None, family: str = "pandas-2", n_prompts: int = 8,
                     max_new_tokens: int = 256, batch_size: int = 8, model: str | None = None, device: str = "auto",
                     log: Callable[[str], None] = print,
                     progress: Callable[[str, int, int], None] = lambda phase, done, total: None) -> str:
    from solvers.lm.generate import extract_code

    chosen, skipped = available_modes(modes)
    for mode, why in skipped.items():
        log(f"perf: {mode} left out: {why}")
    if not chosen:
        raise ValueError("no backend of those asked for can run here")
    spawn = multiprocessing.get_context("spawn")  # a fresh interpreter per mode: separate peak memory
    results: dict[str, dict[str, Any]] = {}
    for i, mode in enumerate(chosen):
        progress("backends", i, len(chosen))
        log(f"perf: {mode}: {n_prompts} prompts from {family}, up to {max_new_tokens} new tokens, batch {batch_size}, "
            "in a fresh process")
        with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
            results[mode] = pool.submit(_generate_once, mode, model, family, n_prompts, max_new_tokens, batch_size,
                                        device).result()
        r = results[mode]
        log(f"perf: {mode}: {r['tokens']} tokens in {r['seconds']:.1f} s ({r['tokens'] / r['seconds']:.1f} tokens/s)")
    progress("backends", len(chosen), len(chosen))
    reference = results.get(REFERENCE_MODE)
    base_rate = (reference or next(iter(results.values())))
    base_rate = base_rate["tokens"] / base_rate["seconds"]
    rows = []
    for mode, r in results.items():
        rate = r["tokens"] / r["seconds"]
        same = same_code = "-"
        if reference is not None and mode != REFERENCE_MODE:
            pairs = list(zip(r["texts"], reference["texts"]))
            same = f"{sum(a == b for a, b in pairs)}/{len(pairs)}"
            if r["chat"]:
                same_code = f"{sum(extract_code(a) == extract_code(b) for a, b in pairs)}/{len(pairs)}"
            else:
                same_code = same
        rows.append([mode, r["device"], r["dtype"], r["tokens"], f"{r['seconds']:.1f}", f"{rate:.1f}",
                     f"{rate / base_rate:.2f}x", f"{r['peak_mb']:,.0f}", f"{r['load_s']:.1f}", same, same_code])
    first = next(iter(results.values()))
    log(f"perf: model {model or 'smollm2-135m'} ({first['revision'] or 'no revision'}); peak MB is the process's "
        "max RSS (model load included); load s includes any one-time conversion")
    return tabulate(rows, headers=["backend", "device", "dtype", "tokens", "s", "tokens/s",
                                   f"vs {REFERENCE_MODE if reference else chosen[0]}", "peak MB", "load s",
                                   "answers = transformers", "code = transformers"],
                    tablefmt="github", disable_numparse=True)
