"""``vllm``: vLLM's offline engine on a CUDA GPU (``LLM`` + ``SamplingParams``), chosen by
``--backend auto`` when a GPU is present and vllm is installed.

vLLM schedules all prompts of a call at once (continuous batching), so ``batch_size`` is not
used. Prompts go in as the token ids of the model's own tokenizer (``TokensPrompt``), as for the
other local backends; a folded adapter is exported as a Hugging Face folder kept by the sha256 of
its weights, which vLLM loads like any model.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable, Literal, Sequence

from pydantic import Field

from solvers.lm.backends.base import (BackendError, BackendOptions, Generation, Prompt, TokenizerBackend,
                                      cut_at_stop)
from solvers.lm.backends.weights import engines_dir, export_weights, folder_digest, model_folder


class VllmOptions(BackendOptions):
    dtype: Literal["auto", "bfloat16", "float16", "float32"] = Field(
        "bfloat16", description="weights and activations (bf16 as the transformers backend uses on CUDA)")
    gpu_memory_utilization: float = Field(0.85, gt=0, le=1, description="share of GPU memory vLLM may take")
    max_model_len: int | None = Field(None, ge=64, description="context cap (default: the model's)")
    enforce_eager: bool = Field(False, description="no CUDA graphs: faster start, slower decoding")


class VllmBackend(TokenizerBackend):
    name = "vllm"
    description = "vLLM on a CUDA GPU (continuous batching); auto picks it when a GPU and vllm are present"
    Options = VllmOptions

    def __init__(self, folder: Path, tokenizer: Any, chat: bool, model: str, revision: str | None,
                 options: VllmOptions, log: Callable[[str], None] = lambda msg: None):
        from vllm import LLM

        super().__init__(options, log)
        self.tokenizer, self.chat, self.model, self.revision = tokenizer, chat, model, revision
        self.device, self.dtype = "cuda", options.dtype
        extra = {"max_model_len": options.max_model_len} if options.max_model_len else {}
        self.llm = LLM(model=str(folder), tokenizer=str(folder), dtype=options.dtype, seed=0,
                       gpu_memory_utilization=options.gpu_memory_utilization, enforce_eager=options.enforce_eager,
                       **extra)

    @classmethod
    def unavailable(cls) -> str | None:
        if importlib.util.find_spec("vllm") is None:
            return "vllm is not installed (pip install vllm, on a machine with a CUDA GPU)"
        try:
            import torch
        except ImportError:
            return "torch is not installed"
        if not torch.cuda.is_available():
            return "no CUDA GPU is visible (vllm needs one)"
        return None

    @classmethod
    def _check(cls) -> None:
        if (why := cls.unavailable()) is not None:
            raise BackendError(f"the vllm backend cannot run here: {why}")

    @classmethod
    def load(cls, model: str, options: VllmOptions, device: str = "auto",
             log: Callable[[str], None] = lambda msg: None) -> "VllmBackend":
        from solvers.lm.models import load_tokenizer, resolve

        cls._check()
        source = resolve(model, log=log)
        folder = model_folder(source.path, log=log)
        tokenizer, chat = load_tokenizer(source)
        return cls(folder, tokenizer, chat, source.name, source.revision, options, log)

    @classmethod
    def from_transformers(cls, lm: Any, options: VllmOptions,
                          log: Callable[[str], None] = lambda msg: None) -> "VllmBackend":
        cls._check()
        root = engines_dir("vllm")
        with tempfile.TemporaryDirectory(prefix=".export-", dir=root) as tmp:
            staging = Path(tmp) / "hf"
            export_weights(lm, staging)
            target = root / folder_digest(staging)[:24]
            if not target.is_dir():  # the same weights exported before are reused as they are
                os.replace(staging, target)
            else:
                shutil.rmtree(staging)
        return cls(target, lm.tokenizer, lm.chat, lm.name, lm.revision, options, log)

    def generate(self, prompts: Sequence[Prompt], max_new_tokens: int = 384, temperature: float = 0.0,
                 seed: int = 0, stop: Sequence[str] = (), batch_size: int = 8,
                 repetition_penalty: float = 1.0) -> list[Generation]:
        import time

        from vllm import SamplingParams
        from vllm.inputs import TokensPrompt

        encoded = [self.encode(p) for p in prompts]
        common = {"max_tokens": max_new_tokens, "stop": list(stop) or None, "repetition_penalty": repetition_penalty,
                  "skip_special_tokens": True}
        if temperature > 0:
            # One seed per prompt: a sampled answer does not depend on which prompts share its batch.
            params = [SamplingParams(temperature=temperature, top_p=0.95, seed=seed + i, **common)
                      for i in range(len(prompts))]
        else:
            params = [SamplingParams(temperature=0.0, **common)] * len(prompts)
        t0 = time.monotonic()
        outputs = self.llm.generate([TokensPrompt(prompt_token_ids=ids) for ids in encoded], params, use_tqdm=False)
        elapsed = time.monotonic() - t0
        out = []
        for ids, result in zip(encoded, outputs):
            completion = result.outputs[0]
            text, _ = cut_at_stop(completion.text, stop)
            out.append(Generation(text=text, new_tokens=len(completion.token_ids), prompt_tokens=len(ids),
                                  finish_reason=completion.finish_reason))
        self.stats.add(out, elapsed)
        return out

    def close(self) -> None:
        self.llm = None
