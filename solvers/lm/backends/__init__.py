"""Generation backends: one interface (:class:`Backend`), several engines, one registry.

Backends are found under the entry-point group ``bench.backends`` (third-party packages add
engines without touching this repository), through the same :class:`benchmark.registry.Registry`
as solvers and sandboxes. ``bench run --backend NAME`` picks one; ``auto`` resolves as
:func:`resolve_backend` says, and the run records the resolved name, so a resumed run keeps
its engine.
"""

from __future__ import annotations

import importlib.util
from typing import Any, Callable, Mapping

from benchmark.registry import Registry
from solvers.lm.backends.base import (Backend, BackendError, BackendOptions, Generation, GenerationStats, Prompt,
                                      render_chat)
from solvers.lm.backends.openai_api import PREFIX as OPENAI_PREFIX

BACKENDS: Registry = Registry("bench.backends", "generation backend")
AUTO = "auto"
REFERENCE = "transformers"  # runs recorded before backends existed generated through it

__all__ = ["AUTO", "BACKENDS", "Backend", "BackendError", "BackendOptions", "Generation", "GenerationStats",
           "OPENAI_PREFIX", "Prompt", "REFERENCE", "backend_options", "configure", "from_transformers", "open_backend",
           "render_chat", "resolve_backend"]


def _cuda() -> bool:
    if importlib.util.find_spec("torch") is None:
        return False
    import torch

    return torch.cuda.is_available()


def resolve_backend(name: str | None, model: str | None, device: str = "auto") -> str:
    """The backend a run uses. ``auto``: ``openai`` for ``openai:`` models; on a CUDA machine,
    ``vllm`` when installed, else ``transformers`` (bf16 on the GPU); on a CPU, ``ctranslate2``
    (float32) when installed, else ``transformers``.

    Measured here (docs/benchmarks.md): CTranslate2 float32 gives the reference's greedy answers
    (every one compared) about 2x faster inside a run on 2 cores; its int8 is faster still, but
    its answers differ, and a benchmark's default engine must not move its scores, so int8 is a
    choice (``-B compute_type=int8``)."""
    name = name or AUTO
    if model and model.startswith(OPENAI_PREFIX):
        if name not in (AUTO, "openai"):
            raise BackendError(f"model {model!r} is served over the OpenAI API: use --backend openai (or auto)")
        return "openai"
    if name != AUTO:
        BACKENDS.get(name)  # an unknown name fails here, before any build
        return name
    cuda = device != "cpu" and _cuda()
    if cuda and BACKENDS.get("vllm").unavailable() is None:
        return "vllm"
    if not cuda and BACKENDS.get("ctranslate2").unavailable() is None:
        return "ctranslate2"
    return REFERENCE


def configure(name: str | None, model: str | None, pairs: list[str] | None = None, api_base: str | None = None,
              device: str = "auto") -> tuple[str, dict[str, str]]:
    """The resolved backend of a run and its validated options, from ``--backend``, ``-B key=value``
    and ``--api-base`` (kept as given: the run record stores them)."""
    resolved = resolve_backend(name, model, device)
    options: dict[str, str] = {}
    for pair in pairs or []:
        if "=" not in pair:
            raise BackendError(f"backend option {pair!r} must look like key=value (-B)")
        key, value = pair.split("=", 1)
        options[key.strip()] = value.strip()
    if api_base:
        if resolved != "openai":
            raise BackendError(f"--api-base is for OpenAI-compatible servers (--model openai:NAME), not the "
                               f"{resolved} backend")
        options["api_base"] = api_base
    backend_options(resolved, options)  # a bad -B fails here, before any build
    return resolved, options


def backend_options(name: str, options: Mapping[str, Any] | None) -> BackendOptions:
    """The backend's options, validated (``-B key=value``; errors name the field)."""
    return BACKENDS.get(name).Options.model_validate(dict(options or {}))


def open_backend(name: str | None, model: str | None, options: Mapping[str, Any] | None = None,
                 device: str = "auto", log: Callable[[str], None] = lambda msg: None) -> Backend:
    """Load ``model`` in the backend ``name`` (``auto`` resolved as :func:`resolve_backend`)."""
    from solvers.lm.models import DEFAULT_MODEL

    model = model or DEFAULT_MODEL
    resolved = resolve_backend(name, model, device)
    cls = BACKENDS.get(resolved)
    if (why := cls.unavailable()) is not None:
        raise BackendError(f"the {resolved} backend cannot run here: {why}")
    return cls.load(model, backend_options(resolved, options), device=device, log=log)


def from_transformers(name: str | None, lm: Any, options: Mapping[str, Any] | None = None,
                      log: Callable[[str], None] = lambda msg: None) -> Backend:
    """The weights of a loaded ``transformers`` model as they are now (a folded adapter) in the
    backend ``name``; a local engine converts them once, keyed by their hash."""
    resolved = resolve_backend(name, lm.name, lm.device)
    cls = BACKENDS.get(resolved)
    if (why := cls.unavailable()) is not None:
        raise BackendError(f"the {resolved} backend cannot run here: {why}")
    return cls.from_transformers(lm, backend_options(resolved, options), log=log)
