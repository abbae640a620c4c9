"""``llamacpp``: llama.cpp through llama-cpp-python on the GGUF file itself (optional: ``pip install -e '.[llamacpp]'``).

The embedded models ship as GGUF, so llama.cpp runs them with their original quantized weights
(Q4_1 for smollm2-135m) and converts nothing; the other backends run the dequantized weights, so
its answers are the shipped model's rather than bit-for-bit the transformers reference's.
Prompts are the token ids of the model's Hugging Face tokenizer, as for every local backend.
llama-cpp-python's high-level API decodes one sequence at a time, so prompts run one by one.

It is not the default: llama-cpp-python ships no binary wheel on PyPI for Linux, and building its
sdist took 5.3 minutes on 2 cores here (see docs/benchmarks.md), and it cannot run an in-memory
folded adapter (that would need a conversion of the weights to GGUF).
"""

from __future__ import annotations

import atexit
import importlib.util
import time
import weakref
from pathlib import Path
from typing import Any, Callable, Sequence

from pydantic import Field

from solvers.lm.backends.base import BackendError, BackendOptions, Generation, Prompt, TokenizerBackend, cut_at_stop


# llama-cpp-python frees its model in __del__, which fails once the interpreter is tearing down
# ("'NoneType' object is not callable"); close live ones before that.
_live: "weakref.WeakSet[LlamaCppBackend]" = weakref.WeakSet()
atexit.register(lambda: [backend.close() for backend in list(_live)])


class LlamaCppOptions(BackendOptions):
    n_ctx: int = Field(8192, ge=256, description="context window (prompt + answer) in tokens")
    threads: int = Field(0, ge=0, description="CPU threads; 0 = BENCH_CPU_THREADS, else all cores but one")


def _gguf_for(path: str) -> Path:
    candidate = Path(path)
    if candidate.is_file() and candidate.suffix == ".gguf":
        return candidate
    found = sorted(candidate.glob("*.gguf")) if candidate.is_dir() else []
    if not found:
        raise BackendError(f"llama.cpp reads GGUF files: {path!r} is neither a .gguf file nor a folder holding one")
    return found[0]


class LlamaCppBackend(TokenizerBackend):
    name = "llamacpp"
    description = "llama.cpp (llama-cpp-python) on the shipped GGUF, one prompt at a time; optional extra"
    Options = LlamaCppOptions

    def __init__(self, gguf: Path, tokenizer: Any, chat: bool, model: str, revision: str | None,
                 options: LlamaCppOptions, log: Callable[[str], None] = lambda msg: None):
        from llama_cpp import Llama

        from solvers.lm.models import cpu_threads

        super().__init__(options, log)
        self.tokenizer, self.chat, self.model, self.revision = tokenizer, chat, model, revision
        self.device, self.dtype = "cpu", "gguf"
        self.llm = Llama(model_path=str(gguf), n_ctx=options.n_ctx, n_threads=options.threads or cpu_threads(),
                         verbose=False)
        _live.add(self)

    @classmethod
    def unavailable(cls) -> str | None:
        if importlib.util.find_spec("llama_cpp") is None:
            return "llama-cpp-python is not installed (pip install -e '.[llamacpp]'; it builds from source)"
        return None

    @classmethod
    def load(cls, model: str, options: LlamaCppOptions, device: str = "auto",
             log: Callable[[str], None] = lambda msg: None) -> "LlamaCppBackend":
        from solvers.lm.models import EMBEDDED, load_tokenizer, provision_gguf, resolve

        source = resolve(model, log=log)
        gguf = provision_gguf(source.name, log=log) if source.name in EMBEDDED else _gguf_for(source.path)
        tokenizer, chat = load_tokenizer(source)
        return cls(gguf, tokenizer, chat, source.name, source.revision, options, log)

    def generate(self, prompts: Sequence[Prompt], max_new_tokens: int = 384, temperature: float = 0.0,
                 seed: int = 0, stop: Sequence[str] = (), batch_size: int = 8,
                 repetition_penalty: float = 1.0) -> list[Generation]:
        out = []
        for i, prompt in enumerate(prompts):
            ids = self.encode(prompt)
            self.llm.reset()  # a fresh sequence: no state carried over from the previous prompt
            sampling = ({"temperature": temperature, "top_p": 0.95, "top_k": 0, "min_p": 0.0, "seed": seed + i}
                        if temperature > 0 else {"temperature": 0.0, "top_k": 1})
            t0 = time.monotonic()
            result = self.llm.create_completion(prompt=ids, max_tokens=max_new_tokens, stop=list(stop),
                                                repeat_penalty=repetition_penalty, **sampling)
            elapsed = time.monotonic() - t0
            choice = result["choices"][0]
            gen = Generation(text=cut_at_stop(choice["text"], stop)[0],
                             new_tokens=int(result["usage"]["completion_tokens"]), prompt_tokens=len(ids),
                             finish_reason=choice.get("finish_reason"))
            self.stats.add([gen], elapsed)
            out.append(gen)
        return out

    def close(self) -> None:
        if getattr(self, "llm", None) is not None:
            self.llm.close()
            self.llm = None
