"""``prompt``: ask a language model to update the code, with one of several prompting strategies.

- ``basic``: the code and the target environment.
- ``context``: plus the change note (the task's ``doc``), as a release note would give it.
- ``cot``: reason about what changed step by step, then give the final module; the last
  fenced block of the answer is taken.
Chat models get their chat template; base models (e.g. gemma3-270m) a completion-style prompt
that ends inside a code fence, with generation stopped at the closing fence.
"""

from __future__ import annotations

from typing import Any, Literal, Mapping

from pydantic import Field

from benchmark.specs import Task
from solvers.base import Candidate, Options, Problem, Solver
from solvers.lm.backends.base import Backend, GenerationStats, Prompt
from solvers.lm.generate import extract_code, final_code


class PromptOptions(Options):
    strategy: Literal["basic", "context", "rules", "cot"] = Field(
        "basic", description="basic | context (with the change note) | rules (matched learned rules) | cot (reason first)")
    max_new_tokens: int = Field(512, ge=16, le=4096, description="cap on generated tokens per answer")
    batch_size: int = Field(8, ge=1, le=128, description="prompts per generation batch")
    repetition_penalty: float = Field(
        1.0, ge=1.0, le=2.0, description="divide the logits of tokens already in the prompt or answer by this "
                                         "(1.0 = off); small models under greedy decoding often repeat a line until "
                                         "max_new_tokens")
    device: str = Field("auto", description="auto (CUDA with bf16 if present, else CPU fp32) | cpu | cuda")


def _task_text(p: Problem) -> str:
    if p.kind in ("migrate", "keep"):
        return (f"This Python module was written for an older version of `{p.library}`. Update it so that it "
                f"works correctly with {p.environment}. Keep every function and class name and the behaviour "
                f"the same; change only what the new library version requires.")
    return (f"Write the Python module for this task, for {p.environment}.\n\n{(p.problem or '').strip()}\n\n"
            f"Start from this code and keep its names:")


def build_prompt(p: Problem, strategy: str, rules: list | None = None) -> str:
    parts = [_task_text(p), f"```python\n{p.code.rstrip()}\n```"]
    if strategy in ("context", "cot") and p.doc:
        parts.append(f"What changed in the library (release note):\n{p.doc.strip()}")
    if strategy == "rules" and rules:
        listed = "\n".join(f"- {r.show()}" for r in rules)
        parts.append("Rewrite rules learned from earlier migrations that match this code ($N stands for any "
                     f"expression):\n{listed}")
    if strategy == "cot":
        parts.append("First explain, step by step, which calls in the code are affected by the new version and how. "
                     "Then give the complete updated module in one ```python block.")
    else:
        parts.append("Reply with the complete updated module in one ```python block and nothing else.")
    return "\n\n".join(parts)


def build_completion_prompt(p: Problem, strategy: str, rules: list | None = None) -> str:
    """For base models: a document whose natural continuation is the updated module."""
    note = f"# What changed: {' '.join((p.doc or '').split())}\n" if strategy in ("context", "cot") and p.doc else ""
    if strategy == "rules" and rules:
        note += "".join(f"# Rule: {r.show()}\n" for r in rules)
    return (f"# {_task_text(p).splitlines()[0]}\n{note}# Original code:\n```python\n{p.code.rstrip()}\n```\n"
            f"# Updated code for {p.environment}:\n```python\n")


class PromptSolver(Solver):
    name = "prompt"
    description = "A language model asked to update the code (strategies: basic, context, rules, cot)."
    uses_model = True
    Options = PromptOptions

    def __init__(self, ctx, options=None):  # noqa: ANN001
        super().__init__(ctx, options)
        self._lm = None
        self._backend: Backend | None = None
        self.stats = GenerationStats()

    @property
    def lm(self):  # noqa: ANN201
        """The model loaded in ``transformers`` (what the weight-updating solvers train)."""
        if self._lm is None:
            from solvers.lm.models import load

            self._lm = load(self.ctx.model, device=self.options.device, log=self.ctx.log)
        return self._lm

    @property
    def backend(self) -> Backend:
        """The engine answers are generated with (``bench run --backend``)."""
        if self._backend is None:
            from solvers.lm.backends import open_backend

            self._backend = open_backend(self.ctx.backend, self.ctx.model, self.ctx.backend_options,
                                         device=self.options.device, log=self.ctx.log)
        return self._backend

    @property
    def renderer(self) -> Backend:
        """What renders prompts: the generation backend (every local backend renders with the model's own
        tokenizer and chat template, so the text is the same whichever engine generates)."""
        return self.backend

    def fit(self, train: list[Task]) -> dict[str, Any]:
        info = self.backend.facts()  # load once, before the progress bar starts counting
        if self.options.strategy == "rules":
            from solvers.rules import learn_rules

            self.base = learn_rules(train)
            info["rules"] = len(self.base.rules)
        return info

    def solve(self, problems: list[Problem], tasks: list[Task] | None = None) -> list[Candidate]:
        rules = {p.uid: self.base.matching(p.code, p.library) for p in problems} if self.options.strategy == "rules" else {}
        return self.generate_for(problems, self.options.strategy, rules)

    def request_for(self, problem: Problem, strategy: str, rules: list | None = None) -> Prompt:
        """What is sent to the model: a chat instruction (rendered with the chat template by local
        backends, sent as turns to chat APIs), or for base models a completion-style prompt that
        opens a code fence (generation stops at its close)."""
        if self.renderer.chat:
            return self.renderer.render(build_prompt(problem, strategy, rules))
        return self.renderer.plain(build_completion_prompt(problem, strategy, rules))

    def prompt_for(self, problem: Problem, strategy: str, rules: list | None = None) -> str:
        """The exact text a local model is given (also the training prompt of the adapter solvers)."""
        return self.request_for(problem, strategy, rules).text

    @property
    def generation_batch(self) -> int:
        return self.options.batch_size

    def generate_for(self, problems: list[Problem], strategy: str, rules: dict[str, list]) -> list[Candidate]:
        backend, opts = self.backend, self.options
        prompts = [self.request_for(p, strategy, rules.get(p.uid)) for p in problems]
        stop: tuple[str, ...] = () if backend.chat else ("```",)
        out = []
        for s in range(self.ctx.samples):
            seconds = backend.stats.seconds
            gens = backend.generate(prompts, max_new_tokens=opts.max_new_tokens, temperature=self.ctx.temperature,
                                    seed=self.ctx.seed + 1000 * s, stop=stop, batch_size=self.generation_batch,
                                    repetition_penalty=opts.repetition_penalty)
            self.stats.add(gens, backend.stats.seconds - seconds)
            for p, g in zip(problems, gens):
                meta = {"answer": g.text[-2000:], "new_tokens": g.new_tokens}
                if g.cached:
                    meta["cached"] = True
                out.append(Candidate(p.uid, s, self._code(g.text, backend.chat, strategy), meta))
        return out

    def _code(self, answer: str, chat: bool, strategy: str) -> str:
        if not chat:
            return answer.rstrip() + "\n"  # the prompt opened the fence; generation stopped at its end
        return final_code(answer) if strategy == "cot" else extract_code(answer)

    def cost(self, prior: Mapping[str, Any] | None = None) -> dict[str, Any]:
        prior = prior or {}
        total = GenerationStats(tokens=int(prior.get("generated_tokens", 0)) + self.stats.tokens,
                                seconds=float(prior.get("generation_s", 0.0)) + self.stats.seconds)
        cost: dict[str, Any] = {"generated_tokens": total.tokens, "generation_s": round(total.seconds, 2),
                                "tokens_per_s": round(total.tokens_per_s, 2)}
        if self._backend is not None:
            cost["backend"] = self._backend.name
            # Answers a response cache served (an earlier session paid for them) and HTTP requests
            # sent, retries included: counters that add up over the sessions of a resumed run.
            if self.stats.cached or "cached_answers" in prior:
                cost["cached_answers"] = int(prior.get("cached_answers", 0)) + self.stats.cached
            if (sent := getattr(self._backend, "sent", None)) is not None:
                cost["http_requests"] = int(prior.get("http_requests", 0)) + sent
        return cost
