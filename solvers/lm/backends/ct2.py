"""``ctranslate2``: the fast CPU backend (CTranslate2; float32 by default, int8 on request).

The model's Hugging Face folder (for embedded models, the dequantized safetensors) is converted
once with CTranslate2's transformers converter and cached by the sha256 of the weights; a folded
adapter is exported and converted the same way. Prompts are tokenized with the model's own
tokenizer and chat template, so the engine sees the token ids the ``transformers`` backend sees.
Stop strings are checked token by token in CTranslate2's step callback, which ends decoding of
that prompt only (the rest of the batch goes on).
"""

from __future__ import annotations

import atexit
import os
import sys
import tempfile
import time
import weakref
from pathlib import Path
from typing import Any, Callable, Literal, Sequence

from pydantic import Field

from solvers.lm.backends.base import (BackendError, BackendOptions, Generation, Prompt, TokenizerBackend,
                                      cut_at_stop, eos_token_ids)
from solvers.lm.backends.weights import cached_conversion, exported_digest, folder_digest, model_folder
from solvers.lm.models import quiet_hf

ComputeType = Literal["int8", "int8_float32", "float32", "int8_float16", "int8_bfloat16", "float16", "bfloat16"]

# Generators still alive when the interpreter exits abort it ("terminate called without an active
# exception") if CTranslate2 tears them down after Python's own teardown began; release them first.
_live: "weakref.WeakSet[CTranslate2Backend]" = weakref.WeakSet()
atexit.register(lambda: [backend.close() for backend in list(_live)])


class CT2Options(BackendOptions):
    compute_type: ComputeType = Field(
        "float32", description="weights and arithmetic: float32 (the default: the transformers reference's greedy "
                               "answers) | int8 (faster on a CPU, but its greedy answers differ from the reference's; "
                               "docs/benchmarks.md) | int8_float16, float16, bfloat16 on CUDA")
    threads: int = Field(0, ge=0, description="CPU threads for one generation; 0 = BENCH_CPU_THREADS, else every "
                                              "core")


def _threads() -> int:
    """Every core unless BENCH_CPU_THREADS says otherwise. Unlike PyTorch's OpenMP pool (which
    leaves a core: solvers.lm.models.cpu_threads), CTranslate2 at 2 threads on 2 cores measured
    1.9x the transformers rate inside a run, with the sandbox scoring beside it (docs/benchmarks.md)."""
    value = os.environ.get("BENCH_CPU_THREADS")
    return max(1, int(value) if value else os.cpu_count() or 1)


def _device(requested: str) -> str:
    import ctranslate2

    if requested in ("auto", None):
        return "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
    return "cuda" if requested.startswith("cuda") else "cpu"


class CTranslate2Backend(TokenizerBackend):
    name = "ctranslate2"
    description = "CTranslate2 on CPU (or CUDA): converted once per weights; float32 (default) or int8"
    Options = CT2Options
    weights_digest: str | None = None  # set when built from in-memory weights (a folded adapter)

    def __init__(self, folder: Path, tokenizer: Any, chat: bool, model: str, revision: str | None, eos: list[int],
                 options: CT2Options, device: str = "cpu", log: Callable[[str], None] = lambda msg: None):
        super().__init__(options, log)
        self.tokenizer, self.chat, self.model, self.revision, self.eos = tokenizer, chat, model, revision, eos
        self.device = device
        self.dtype = options.compute_type
        self.folder = folder
        self._engine = {"device": device, "compute_type": options.compute_type, "inter_threads": 1,
                        "intra_threads": options.threads or _threads()}
        self.generator = self._new_generator()
        _live.add(self)

    def _new_generator(self) -> Any:
        """A Generator, leaving PyTorch's thread count as it was: constructing one sets the process's
        OpenMP thread count to ``intra_threads``, which PyTorch reads as its own, so the forgetting
        measure and edits after a generation would otherwise run on every core (against
        ``cpu_threads``) and miss the base measurements cached by a run that generated nothing."""
        import ctranslate2

        torch = sys.modules.get("torch")
        threads = torch.get_num_threads() if torch is not None else None
        generator = ctranslate2.Generator(str(self.folder), **self._engine)
        if threads is not None:
            torch.set_num_threads(threads)
        return generator

    @classmethod
    def unavailable(cls) -> str | None:
        try:
            import ctranslate2  # noqa: F401
        except ImportError:
            return "the ctranslate2 package is not installed (pip install -e '.[models]')"
        return None

    @classmethod
    def _convert(cls, folder: Path, digest: str, options: CT2Options, log: Callable[[str], None]) -> Path:
        import ctranslate2
        from ctranslate2.converters import TransformersConverter

        quantization = options.compute_type  # converted to the weight type it runs with: loading quantizes nothing

        def convert(out: Path) -> None:
            with quiet_hf():  # the converter loads the model with transformers
                TransformersConverter(str(folder), low_cpu_mem_usage=True).convert(str(out), quantization=quantization)

        major = ctranslate2.__version__.split(".")[0]
        return cached_conversion("ctranslate2", digest, f"{quantization}-ct2v{major}", convert, log=log)

    @classmethod
    def load(cls, model: str, options: CT2Options, device: str = "auto",
             log: Callable[[str], None] = lambda msg: None) -> "CTranslate2Backend":
        from solvers.lm.models import load_tokenizer, resolve

        source = resolve(model, log=log)
        folder = model_folder(source.path, log=log)
        tokenizer, chat = load_tokenizer(source)
        converted = cls._convert(folder, folder_digest(folder), options, log)
        return cls(converted, tokenizer, chat, source.name, source.revision, eos_token_ids(folder, tokenizer), options,
                   _device(device), log)

    @classmethod
    def from_transformers(cls, lm: Any, options: CT2Options,
                          log: Callable[[str], None] = lambda msg: None) -> "CTranslate2Backend":
        start = time.monotonic()
        with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
            folder, digest = exported_digest(lm, Path(tmp))
            eos = eos_token_ids(folder, lm.tokenizer)
            converted = cls._convert(folder, digest, options, log)
        log(f"ctranslate2: weights {digest[:12]} ready in {time.monotonic() - start:.0f} s")
        backend = cls(converted, lm.tokenizer, lm.chat, lm.name, lm.revision, eos, options,
                      _device(lm.device), log)
        backend.weights_digest = digest
        return backend

    def generate(self, prompts: Sequence[Prompt], max_new_tokens: int = 384, temperature: float = 0.0,
                 seed: int = 0, stop: Sequence[str] = (), batch_size: int = 8,
                 repetition_penalty: float = 1.0) -> list[Generation]:
        import ctranslate2

        if self.generator is None:
            raise BackendError("the ctranslate2 backend was closed")
        encoded = [self.encode(p) for p in prompts]
        # Prompts of similar length share a batch: CTranslate2 feeds the common prefix length at once
        # and the rest token by token, so mixed lengths waste steps.
        order = sorted(range(len(prompts)), key=lambda i: len(encoded[i]))
        out: dict[int, Generation] = {}
        for start in range(0, len(order), batch_size):
            chunk = order[start:start + batch_size]
            kwargs: dict[str, Any] = {"max_length": max_new_tokens, "include_prompt_in_result": False,
                                      "end_token": self.eos, "repetition_penalty": repetition_penalty}
            generator = self.generator
            if temperature > 0:
                # CTranslate2 seeds a worker thread's random generator when that thread first samples, so
                # set_random_seed only reaches a fresh Generator: one per sampled batch (the weights
                # are in the page cache) makes a sample depend on its seed alone, as in transformers.
                ctranslate2.set_random_seed(seed + start)
                generator = self._new_generator()
                kwargs.update(sampling_topk=0, sampling_topp=0.95, sampling_temperature=temperature)
            else:
                kwargs.update(sampling_topk=1)
            stopped: set[int] = set()
            if stop:
                kwargs["callback"] = self._stop_watcher(stop, stopped)
            t0 = time.monotonic()
            results = generator.generate_batch(
                [self.tokenizer.convert_ids_to_tokens(encoded[i]) for i in chunk], **kwargs)
            elapsed = time.monotonic() - t0
            batch = []
            for j, (i, result) in enumerate(zip(chunk, results)):
                ids = result.sequences_ids[0]
                text, found = cut_at_stop(self.decode(ids), stop)
                finish = "stop" if found or j in stopped or len(ids) < max_new_tokens else "length"
                batch.append(Generation(text=text, new_tokens=len(ids), prompt_tokens=len(encoded[i]),
                                        finish_reason=finish))
                out[i] = batch[-1]
            self.stats.add(batch, elapsed)
        return [out[i] for i in range(len(prompts))]

    def _stop_watcher(self, stop: Sequence[str], stopped: set[int]) -> Callable[[Any], bool]:
        """A step callback that ends a prompt's decoding once its text contains a stop string.

        Only the last few tokens are decoded at each step: enough to hold the longest stop string.
        """
        ids: dict[int, list[int]] = {}
        window = max(len(s) for s in stop) + 4

        def on_step(step: Any) -> bool:
            seq = ids.setdefault(step.batch_id, [])
            seq.append(step.token_id)
            if any(s in self.tokenizer.decode(seq[-window:], skip_special_tokens=True) for s in stop):
                stopped.add(step.batch_id)
                return True
            return False

        return on_step

    def facts(self) -> dict[str, Any]:
        extra = {"weights_digest": self.weights_digest[:12]} if self.weights_digest else {}
        return {**super().facts(), "compute_type": self.options.compute_type, **extra}

    def close(self) -> None:
        self.generator = None
