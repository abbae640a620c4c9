"""``transformers``: PyTorch ``generate`` on the model as loaded (fp32 on CPU, bf16 on CUDA).

The fidelity reference: the other backends are compared against its greedy answers
(``bench perf generate``), and it is what the weight-updating solvers train.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from solvers.lm.backends.base import BackendOptions, Generation, Prompt, TokenizerBackend


class TransformersBackend(TokenizerBackend):
    name = "transformers"
    description = "transformers generate (PyTorch; fp32 on CPU, bf16 on CUDA): the fidelity reference"

    def __init__(self, lm: Any, options: BackendOptions | None = None, log: Callable[[str], None] = lambda msg: None):
        super().__init__(options, log)
        self.lm = lm
        self.tokenizer, self.chat, self.model, self.revision = lm.tokenizer, lm.chat, lm.name, lm.revision
        self.device, self.dtype = lm.device, lm.dtype

    @classmethod
    def load(cls, model: str, options: BackendOptions, device: str = "auto",
             log: Callable[[str], None] = lambda msg: None) -> "TransformersBackend":
        from solvers.lm.models import load

        return cls(load(model, device=device, log=log), options, log)

    @classmethod
    def from_transformers(cls, lm: Any, options: BackendOptions,
                          log: Callable[[str], None] = lambda msg: None) -> "TransformersBackend":
        return cls(lm, options, log)  # the same model object: an adapter folded later is seen here too

    def generate(self, prompts: Sequence[Prompt], max_new_tokens: int = 384, temperature: float = 0.0,
                 seed: int = 0, stop: Sequence[str] = (), batch_size: int = 8,
                 repetition_penalty: float = 1.0) -> list[Generation]:
        from solvers.lm.generate import generate

        return generate(self.lm, [p.text for p in prompts], max_new_tokens=max_new_tokens, temperature=temperature,
                        seed=seed, stop=tuple(stop), batch_size=batch_size, stats=self.stats,
                        repetition_penalty=repetition_penalty)

    def close(self) -> None:
        self.lm = None
