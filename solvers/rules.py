"""``rules`` and ``hybrid``: rewrite rules learned from the train split, alone or with an LM.

``rules`` applies every learned rule at or above ``min_confidence`` that matches the code and
leaves everything else as it is. ``hybrid`` routes each task by the best confidence among the
rules that match it: at or above ``direct`` the rules are applied; between ``guided`` and
``direct`` the model is prompted with the matched rules as guidance; below ``guided`` (or with
no matching rule) the model is prompted plainly. With ``unmatched=keep``, code that no rule
matches at all is left as it is instead (tier ``untouched``): a rule base that recognises
nothing in a module is evidence that the module needs no change, and a small model that is
asked anyway often breaks it. Each candidate records its tier, and the run's metrics report
tier share and pass rate per tier.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from benchmark.specs import Task
from solvers.base import Candidate, Options, Problem, Solver
from solvers.prompt import PromptOptions, PromptSolver
from solvers.rulebase import RuleBase, apply_rules


def learn_rules(train: list[Task]) -> RuleBase:
    """One rule base per library, each learned from (and judged consistent on) its own pairs."""
    by_library: dict[str, list[tuple[str, str, str]]] = {}
    for t in train:
        if t.old_code is not None and t.spec.kind.value == "migrate":
            by_library.setdefault(t.family.library, []).append((t.uid, t.old_code, t.reference))
    return sum((RuleBase.learn(pairs, scope=lib) for lib, pairs in sorted(by_library.items())), RuleBase([]))


class RulesOptions(Options):
    min_confidence: float = Field(
        0.5, ge=0.0, le=1.0,
        description="apply only rules at or above this confidence (0.5: one consistent example, or more examples "
                    "that mostly agree; below it are accidents of alignment such as a renamed local variable)")
    rules: str | None = Field(None, description="a rules.json from `bench rules learn` instead of learning from train")


class RulesSolver(Solver):
    name = "rules"
    description = "Rewrite rules learned from train pairs by syntax-tree diff (libcst); untouched where no rule matches."
    Options = RulesOptions

    def fit(self, train: list[Task]) -> dict[str, Any]:
        self.base = RuleBase.load(Path(self.options.rules)) if self.options.rules else learn_rules(train)
        if self.ctx.run_dir is not None:
            self.base.save(self.ctx.run_dir / "rules.json")
        return {"rules": len(self.base.rules), **{f"rules_{k}": v for k, v in self.base.counts().items()}}

    def solve(self, problems: list[Problem], tasks: list[Task] | None = None) -> list[Candidate]:
        out = []
        for p in problems:
            code, applied = apply_rules(p.code, self.base.usable(p.library, self.options.min_confidence))
            meta = {"rules_applied": [r.show() for r in dict.fromkeys(applied)]}
            out += [Candidate(p.uid, s, code, meta) for s in range(self.ctx.samples)]
        return out


class HybridOptions(PromptOptions):
    direct: float = Field(0.85, ge=0.0, le=1.0, description="confidence at or above which rules are applied directly")
    guided: float = Field(0.6, ge=0.0, le=1.0, description="confidence at or above which the LM gets the rules as guidance")
    unmatched: Literal["prompt", "keep"] = Field(
        "prompt", description="code no rule matches at all: prompt the LM plainly (the third tier), or keep it "
                              "unchanged (tier 'untouched')")


class HybridSolver(PromptSolver):
    name = "hybrid"
    description = "Three tiers by rule confidence: apply the rule; LM guided by the rule; plain LM."
    Options = HybridOptions

    def fit(self, train: list[Task]) -> dict[str, Any]:
        self.base = learn_rules(train)
        if self.ctx.run_dir is not None:
            self.base.save(self.ctx.run_dir / "rules.json")
        return {**super().fit(train), "rules": len(self.base.rules)}

    def solve(self, problems: list[Problem], tasks: list[Task] | None = None) -> list[Candidate]:
        direct, guided, plain = [], [], []
        matched: dict[str, list] = {}
        out = []
        for p in problems:
            rules = self.base.matching(p.code, p.library)
            matched[p.uid] = rules
            if not rules and self.options.unmatched == "keep":
                out += [Candidate(p.uid, s, p.code, {"tier": "untouched"}) for s in range(self.ctx.samples)]
                continue
            best = max((r.confidence for r in rules), default=0.0)
            (direct if best >= self.options.direct else guided if best >= self.options.guided else plain).append(p)
        for p in direct:
            code, applied = apply_rules(p.code, [r for r in matched[p.uid] if r.confidence >= self.options.direct])
            meta = {"tier": "rules", "rules_applied": [r.show() for r in dict.fromkeys(applied)]}
            out += [Candidate(p.uid, s, code, meta) for s in range(self.ctx.samples)]
        for group, tier, strategy in ((guided, "guided", "rules"), (plain, "plain", "basic")):
            if group:
                for cand in self.generate_for(group, strategy, {p.uid: matched[p.uid] for p in group}):
                    out.append(Candidate(cand.uid, cand.sample, cand.code, {**cand.meta, "tier": tier}))
        return out
