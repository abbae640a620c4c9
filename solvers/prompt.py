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
from solvers.lm.generate import GenerationStats, extract_code, final_code, generate, render_prompt


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
        self.stats = GenerationStats()

    @property
    def lm(self):  # noqa: ANN201
        if self._lm is None:
            from solvers.lm.models import load

            self._lm = load(self.ctx.model, device=self.options.device, log=self.ctx.log)
        return self._lm

    def fit(self, train: list[Task]) -> dict[str, Any]:
        lm = self.lm  # load once, before the progress bar starts counting
        info = {"model_revision": lm.revision or "", "device": lm.device, "dtype": lm.dtype}
        if self.options.strategy == "rules":
            from solvers.rules import learn_rules

            self.base = learn_rules(train)
            info["rules"] = len(self.base.rules)
        return info

    def solve(self, problems: list[Problem], tasks: list[Task] | None = None) -> list[Candidate]:
        rules = {p.uid: self.base.matching(p.code, p.library) for p in problems} if self.options.strategy == "rules" else {}
        return self.generate_for(problems, self.options.strategy, rules)

    def prompt_for(self, problem: Problem, strategy: str, rules: list | None = None) -> str:
        """The exact text sent to the model: a chat-rendered instruction, or for base models a
        completion-style prompt that opens a code fence (generation stops at its close)."""
        if self.lm.chat:
            return render_prompt(self.lm, build_prompt(problem, strategy, rules))
        return build_completion_prompt(problem, strategy, rules)

    @property
    def generation_batch(self) -> int:
        return self.options.batch_size

    def generate_for(self, problems: list[Problem], strategy: str, rules: dict[str, list]) -> list[Candidate]:
        lm, opts = self.lm, self.options
        prompts = [self.prompt_for(p, strategy, rules.get(p.uid)) for p in problems]
        stop: tuple[str, ...] = () if lm.chat else ("```",)
        out = []
        for s in range(self.ctx.samples):
            gens = generate(lm, prompts, max_new_tokens=opts.max_new_tokens, temperature=self.ctx.temperature,
                            seed=self.ctx.seed + 1000 * s, stop=stop, batch_size=self.generation_batch,
                            stats=self.stats, repetition_penalty=opts.repetition_penalty)
            for p, g in zip(problems, gens):
                out.append(Candidate(p.uid, s, self._code(g.text, lm.chat, strategy),
                                     {"answer": g.text[-2000:], "new_tokens": g.new_tokens}))
        return out

    def _code(self, answer: str, chat: bool, strategy: str) -> str:
        if not chat:
            return answer.rstrip() + "\n"  # the prompt opened the fence; generation stopped at its end
        return final_code(answer) if strategy == "cot" else extract_code(answer)

    def cost(self, prior: Mapping[str, Any] | None = None) -> dict[str, Any]:
        prior = prior or {}
        total = GenerationStats(tokens=int(prior.get("generated_tokens", 0)) + self.stats.tokens,
                                seconds=float(prior.get("generation_s", 0.0)) + self.stats.seconds)
        return {"generated_tokens": total.tokens, "generation_s": round(total.seconds, 2),
                "tokens_per_s": round(total.tokens_per_s, 2)}
