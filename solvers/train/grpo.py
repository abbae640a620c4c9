"""``grpo``: reinforcement learning with an executed reward (TRL ``GRPOTrainer`` on LoRA adapters).

Each train task's prompt (the exact prompt ``prompt`` sends) is answered ``num_generations`` times
by the policy; the code is taken out of every answer as the prompt solver takes it, executed
against the task's hidden tests in the run's sandbox, and rewarded by
:mod:`benchmark.reward` (tests pass, API check, no deprecation warning; keep tasks paid for
staying unchanged). GRPO then raises the likelihood of the answers that did better than their
group's mean. The reward is the sandbox's verdict only, so a candidate that forges a pass gets
nothing (``tests/test_grpo.py`` runs the reward-hack corpus through it).

Everything else is the adapter mechanism of :mod:`solvers.train.solvers`: adapters on all decoder
layers or a chosen block of them (``-S layers=``, as ``hier_lora``), checkpoints in the run folder
and resume, the NaN guard, the saved adapter, forgetting, solving like ``prompt``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import math
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from benchmark.reward import ExecutedReward, RewardWeights
from benchmark.specs import Kind, Task
from solvers.base import Problem
from solvers.train.guards import UID, BatchLog, TrainingGuardError
from solvers.train.layers import LayerSelection
from solvers.train.solvers import AdapterSolver, HierOptions

REWARD_CACHE = "reward_cache.jsonl"  # next to the training checkpoints: kept as long as they are


class NoSandboxError(RuntimeError):
    """``grpo`` was asked to train without a sandbox to execute its completions in."""


class GrpoOptions(HierOptions):
    layers: str = Field("all", description="decoder layers that get adapters: all (default), or as hier_lora: "
                                           "top:1/3, top:0.25, bottom:F, middle:F, top:8, 20-29")
    lr: float = Field(5e-5, gt=0, description="peak learning rate (AdamW, linear decay to 0)")
    epochs: float = Field(1.0, gt=0, description="passes over the train tasks (each prompt answered "
                                                  "num_generations times per pass)")
    batch_size: int = Field(2, ge=1, le=128, description="prompts per training step; each is answered "
                                                         "num_generations times, so a step trains on "
                                                         "batch_size × num_generations completions")
    num_generations: int = Field(4, ge=2, le=64, description="completions sampled per prompt (the group whose "
                                                             "mean reward is each completion's baseline)")
    max_completion_length: int = Field(256, ge=8, le=4096, description="token cap on a sampled completion in "
                                                                       "training")
    sample_temperature: float = Field(1.0, gt=0, le=2.0, description="sampling temperature of the completions "
                                                                    "in training (solving uses --temperature)")
    beta: float = Field(0.0, ge=0, description="KL penalty towards the base model; 0 (TRL's default) needs no "
                                               "reference pass")
    loss_type: Literal["dapo", "grpo", "dr_grpo", "bnpo"] = Field(
        "dapo", description="how token losses are averaged (TRL): dapo (default), grpo, dr_grpo, bnpo")
    scale_rewards: Literal["group", "batch", "none"] = Field(
        "group", description="advantages divided by the reward spread of the group (default), the batch, or not")
    reward_exec: float = Field(RewardWeights.model_fields["executes"].default, ge=0,
                               description="reward weight: the module imports and its entrypoint runs")
    reward_pass: float = Field(RewardWeights.model_fields["passes"].default, ge=0,
                               description="reward weight: every hidden test passes")
    reward_api: float = Field(RewardWeights.model_fields["api"].default, ge=0,
                              description="reward weight: must_use APIs used, no must_not_use API")
    reward_no_deprecation: float = Field(RewardWeights.model_fields["no_deprecation"].default, ge=0,
                                         description="reward weight: no deprecation warning from the candidate")
    reward_keep_changed: float = Field(RewardWeights.model_fields["keep_changed"].default, ge=0, le=1,
                                       description="keep tasks: share of the reward a passing candidate loses for "
                                                   "rewriting the input code")
    reward_gate: Literal["pass", "exec"] = Field(
        "pass", description="pass: a candidate whose tests fail gets 0; exec: partial credit for one that ran to an "
                            "honest verdict (denser, but pays wrong code that runs)")
    keep_from_references: float = Field(
        0.25, ge=0, le=1, description="share of the train tasks also given as keep prompts: the reference as the "
                                      "input code, to be left alone (the run's keep tasks are never trained on)")
    vllm: Literal["auto", "on", "off"] = Field(
        "auto", description="generate training completions with vLLM (TRL's colocate mode): auto = on a CUDA "
                            "device when vllm is installed")


class GrpoSolver(AdapterSolver):
    name = "grpo"
    description = ("GRPO (TRL) with LoRA: completions of the train prompts executed in the sandbox and rewarded "
                   "for passing tests, API correctness and no deprecation warning; then prompted like `prompt`.")
    Options = GrpoOptions
    objective = "grpo"

    def __init__(self, ctx, options=None):  # noqa: ANN001
        super().__init__(ctx, options)
        self.reward: ExecutedReward | None = None
        self._tasks: dict[str, Task] = {}
        self._batch_log = BatchLog()
        self._last: tuple[float, float] | None = None  # mean reward and pass share of the latest batch

    @property
    def weights(self) -> RewardWeights:
        o = self.options
        return RewardWeights(executes=o.reward_exec, passes=o.reward_pass, api=o.reward_api,
                             no_deprecation=o.reward_no_deprecation, keep_changed=o.reward_keep_changed,
                             gate=o.reward_gate)

    def layer_selection(self) -> LayerSelection:
        return LayerSelection(self.options.layers)

    # -- data --------------------------------------------------------------------------------------

    def keep_variants(self, train: list[Task]) -> list[Task]:
        """Keep prompts made from train tasks: the reference given as the input code, so the right
        answer is to leave it alone. ``bench run`` trains on target tasks only (its keep tasks are
        the held-out locality control), so without these the keep term of the reward would never
        be met. A fixed share (``keep_from_references``), chosen by a hash of the uid and the seed."""
        share = self.options.keep_from_references
        eligible = [t for t in train if t.is_target and t.old_code and t.old_code.strip() != t.reference.strip()]
        count = round(share * len(eligible))
        if not count:
            return []
        rank = sorted(eligible, key=lambda t: hashlib.sha256(f"{self.options.seed}:{t.uid}".encode()).hexdigest())
        return [t.model_copy(update={
                    "spec": t.spec.model_copy(update={"kind": Kind.keep, "id": f"{t.spec.id}.as-keep"}),
                    "files": {**t.files, "old.py": t.reference}})
                for t in sorted(rank[:count], key=lambda t: t.uid)]

    def rows(self, train: list[Task]) -> tuple[list[dict[str, str]], list[str]]:
        """One row per task (and per keep variant, :meth:`keep_variants`): its uid and prompt; tasks
        whose prompt leaves no room for a completion of ``max_completion_length`` tokens within
        ``max_length`` are left out, named."""
        opts = self.options
        rows, skipped = [], []
        room = opts.max_length - opts.max_completion_length
        for task in [*train, *self.keep_variants(train)]:
            prompt = self.prompt_for(Problem.from_task(task), self.strategy)
            tokens = len(self.lm.tokenizer(prompt)["input_ids"])
            if tokens > room:
                skipped.append(f"{task.uid} (prompt of {tokens} tokens + max_completion_length "
                               f"{opts.max_completion_length} > max_length {opts.max_length})")
                continue
            self._tasks[task.uid] = task
            rows.append({UID: task.uid, "prompt": prompt})
        return rows, skipped

    def code_of(self, completion: str) -> str:
        """The candidate in a sampled completion, taken as the prompt solver takes it at solve time."""
        chat = self.renderer.chat
        if not chat:
            # Solving stops base models at the closing fence; TRL's sampling does not, so cut there.
            completion = completion.split("```", 1)[0]
        return self._code(completion, chat, self.strategy)

    # -- training ------------------------------------------------------------------------------------

    def _train(self, train: list[Task]) -> dict[str, Any]:
        if self.ctx.sandbox is None:
            raise NoSandboxError(f"{self.name}: training executes completions in a sandbox, and this solver was "
                                 "given none (SolveContext.sandbox); run it through `bench run`, or pass a sandbox")
        return super()._train(train)

    def reward_function(self) -> Any:
        """TRL's reward callable: (prompts, completions, uid column, ...) -> one float per completion."""
        solver = self

        def executed_reward(prompts: list[str], completions: list[str], uid: list[str], **kwargs: Any) -> list:
            solver._batch_log.uids = list(dict.fromkeys(uid))
            jobs = [(solver._tasks[u], solver.code_of(c)) for u, c in zip(uid, completions)]
            rewards = solver.reward.batch(jobs)
            totals = [r.total for r in rewards]
            valid = [t for t in totals if t is not None]
            passed = [r.verdict.passes for r in rewards if not r.verdict.infra]
            if valid:
                solver._last = (sum(valid) / len(valid), sum(passed) / len(passed))
            if "log_metric" in kwargs and passed:
                # Per-step shares next to TRL's reward mean and spread in the trainer's log history.
                kwargs["log_metric"]("pass_rate", sum(passed) / len(passed))
                fixed = [r.verdict.passes and r.verdict.api and r.verdict.no_deprecation for r in rewards
                         if not r.verdict.infra]
                kwargs["log_metric"]("fix_rate", sum(fixed) / len(fixed))
            if len(valid) < len(totals):
                solver.ctx.log(f"{solver.name}: {len(totals) - len(valid)} of {len(totals)} reward jobs failed in "
                               "the sandbox (infra); they carry no reward")
            return totals  # None (infra) becomes NaN, which TRL leaves out of the rewards

        return executed_reward

    def use_vllm(self) -> bool:
        mode = self.options.vllm
        if mode == "off":
            return False
        available = self.lm.device.startswith("cuda") and importlib.util.find_spec("vllm") is not None
        if mode == "on" and not available:
            raise TrainingGuardError(f"{self.name}: -S vllm=on needs a CUDA device and the vllm package")
        return available

    def make_trainer(self, model: Any, dataset: Any, common: dict[str, Any], callbacks: list) -> Any:
        from trl import GRPOConfig, GRPOTrainer

        opts = self.options
        common = dict(common)
        common.pop("max_length")  # GRPO caps the completion instead; rows() kept prompts within max_length
        # A step's batch is whole groups: batch_size prompts × num_generations completions, generated together.
        common["per_device_train_batch_size"] = opts.batch_size * opts.num_generations
        saving = common.get("save_strategy") == "steps"
        self.reward = ExecutedReward(self.ctx.sandbox, self.weights,
                                     cache_file=Path(common["output_dir"]) / REWARD_CACHE if saving else None)
        vllm = self.use_vllm()
        args = GRPOConfig(**common, num_generations=opts.num_generations,
                          max_completion_length=opts.max_completion_length, temperature=opts.sample_temperature,
                          repetition_penalty=opts.repetition_penalty, beta=opts.beta, loss_type=opts.loss_type,
                          scale_rewards=opts.scale_rewards, shuffle_dataset=True, log_completions=False,
                          use_vllm=vllm, **({"vllm_mode": "colocate", "vllm_gpu_memory_utilization": 0.3}
                                            if vllm else {}))
        return _resumable(GRPOTrainer)(model=model, reward_funcs=[self.reward_function()], args=args,
                                       train_dataset=dataset, processing_class=self.lm.tokenizer, callbacks=callbacks)

    def guard_batches(self, trainer: Any, batch_log: BatchLog) -> None:
        # GRPO samples its own completions, so there are no labels to check before the forward pass
        # (and the uid column must reach the reward function); the NaN guard names the tasks of the
        # latest reward batch instead.
        self._batch_log = batch_log

    def progress_detail(self) -> str:
        if self._last is None:
            return ""
        mean, passed = self._last
        return f"mean reward {mean:.2f}, pass {100 * passed:.0f}%"

    def trained_facts(self, trainer: Any) -> dict[str, Any]:
        """The reward curve (mean and spread of the reward per step, the share of completions that
        passed and that were fixed, and the share of groups with no spread), from the trainer's log
        history, which a resumed training restores from its checkpoint."""
        curve = []
        for entry in trainer.state.log_history:
            if "reward" in entry and "step" in entry:
                point = {"step": int(entry["step"]), "mean": _num(entry["reward"]),
                         "std": _num(entry.get("reward_std"))}
                for key in ("pass_rate", "fix_rate"):
                    if key in entry:
                        point[key] = _num(entry[key])
                if "frac_reward_zero_std" in entry:
                    # Groups whose completions all earned the same reward teach nothing (zero advantage).
                    point["flat_groups"] = _num(entry["frac_reward_zero_std"])
                curve.append(point)
        facts: dict[str, Any] = {"reward_history": curve, "reward_weights": self.weights.model_dump(mode="json"),
                                 "num_generations": self.options.num_generations,
                                 "generation": "vllm" if self.use_vllm() else "transformers"}
        if curve:
            facts.update(reward_first=curve[0]["mean"], reward_last=curve[-1]["mean"])
        if self.reward is not None:
            facts.update(self.reward.stats())
        return facts


def _resumable(trainer_cls: type) -> type:
    """``GRPOTrainer`` whose prompt order per epoch depends on (seed, epoch) only.

    TRL's ``RepeatSampler`` draws each epoch's order from one generator that advances with every
    pass, and it has no ``set_epoch``: a training resumed from a checkpoint starts a fresh generator
    and, from the next epoch on, would see another order than an unbroken one (and sample other
    completions). Epoch 0 keeps TRL's order."""
    from trl.trainer.utils import RepeatSampler

    class EpochRepeatSampler(RepeatSampler):
        epoch = 0

        def set_epoch(self, epoch: int) -> None:  # called by the trainer's data loader before each epoch
            self.epoch = epoch

        def __iter__(self):  # noqa: ANN204
            if self.shuffle and self.seed is not None:
                self.generator.manual_seed(self.seed + self.epoch)
            return super().__iter__()

    class ResumableGRPOTrainer(trainer_cls):
        def _get_train_sampler(self, dataset: Any = None) -> Any:
            s = super()._get_train_sampler(dataset)
            if type(s) is not RepeatSampler:
                return s
            return EpochRepeatSampler(data_source=s.data_source, mini_repeat_count=s.mini_repeat_count,
                                      batch_size=s.batch_size, repeat_count=s.repeat_count, shuffle=s.shuffle,
                                      seed=s.seed)

    return ResumableGRPOTrainer


def _num(value: Any) -> float | None:
    return round(float(value), 5) if value is not None and math.isfinite(float(value)) else None
