"""Weight-updating solvers: LoRA adapters trained on the train split, then prompted like ``prompt``.

One mechanism, :class:`AdapterSolver`, with two choices a subclass makes:

- *where* the adapters go (:meth:`AdapterSolver.layer_selection`): every decoder layer (``lora``,
  ``dpo``) or a chosen block of them (``hier_lora``);
- *what* they learn from (:attr:`AdapterSolver.objective`): supervised fine-tuning on the
  reference code with the loss on completion tokens only (TRL ``SFTTrainer``), or a preference
  between the reference (chosen) and the old code (rejected) for the same prompt (TRL
  ``DPOTrainer``, the reference model being the base: a frozen copy of the freshly initialised
  adapter, which adds nothing).

The training prompt is the exact prompt the ``prompt`` solver sends at solve time (chat template
for chat models, completion-style for base models), and the completion is what the solver's code
extraction expects back, so what is learned is what is asked.
"""

from __future__ import annotations

import contextlib
import json
import resource
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, ClassVar, Literal, Mapping

from pydantic import Field, field_validator

from benchmark.specs import Task
from solvers.base import Candidate, Problem
from solvers.lm.backends.base import Backend
from solvers.prompt import PromptSolver
from solvers.train.checkpoints import CHECKPOINT_DIR, Progress, TrainingCheckpoints
from solvers.train.forgetting import WeightUpdateOptions
from solvers.train.guards import UID, BatchLog, FiniteLossGuard, GuardedCollator, TrainingGuardError, check_prepared
from solvers.train.layers import LayerSelection, LayerSpecError, decoder_layout, describe
from solvers.train.quiet import quiet_training

ADAPTER_DIR = "adapter"
TRAINING_RECORD = "training.json"  # written next to the adapter: what it was trained on and how
ADAPTER_WEIGHTS = ("adapter_model.safetensors", "adapter_model.bin")  # PEFT's names, new and old


def _adapter_weights(folder: Path) -> bool:
    return any((folder / name).is_file() for name in ADAPTER_WEIGHTS)


class AdapterOptions(WeightUpdateOptions):
    rank: int = Field(16, ge=1, le=1024, description="LoRA rank r")
    alpha: float = Field(32.0, gt=0, description="LoRA alpha; the adapter's output is scaled by alpha / rank")
    dropout: float = Field(0.05, ge=0, lt=1, description="dropout on the input of every LoRA adapter")
    lr: float = Field(2e-4, gt=0, description="peak learning rate (AdamW, linear decay to 0)")
    epochs: float = Field(3.0, gt=0, description="passes over the train tasks")
    max_steps: int = Field(-1, ge=-1, description="stop after this many optimizer steps; -1 = run all epochs")
    batch_size: int = Field(4, ge=1, le=128, description="sequences per training step")
    max_length: int = Field(2048, ge=8, description="token cap on prompt + completion; a task whose completion "
                                                    "would be cut away entirely is an error")
    seed: int = Field(0, description="seed for adapter initialisation, data order and dropout")
    save_every: int = Field(10, ge=0, description="steps between training checkpoints in the run folder, from "
                                                  "which a killed run resumes training; 0: none")
    checkpointing: bool = Field(True, description="gradient checkpointing: recompute activations in the backward "
                                                  "pass, less memory for slower steps (bench perf training)")
    with_doc: bool = Field(False, description="put the change note in the prompt (the prompt solver's 'context' "
                                              "strategy), in training and solving alike")
    adapter: str | None = Field(None, description="folder of a saved adapter (a run's adapter/) to evaluate "
                                                  "instead of training")


# The options that decide what an adapter learns; the rest only change how it is used.
TRAINING_KEYS = ("rank", "alpha", "dropout", "lr", "epochs", "max_steps", "batch_size", "max_length", "seed",
                 "with_doc", "layers", "beta",
                 # grpo: sampling and the executed reward decide what is learned too
                 "num_generations", "max_completion_length", "sample_temperature", "loss_type", "scale_rewards",
                 "reward_exec", "reward_pass", "reward_api", "reward_no_deprecation", "reward_keep_changed",
                 "reward_gate", "keep_from_references")
# Facts of a training.json record that a resumed run reports as its own fit.
RECORDED_FACTS = ("train_tasks", "skipped_tasks", "steps", "train_s", "train_loss", "loss_first", "loss_last",
                  "target_modules", "peak_mem_mb", "peak_mem_source", "reward_history", "reward_weights")


class HierOptions(AdapterOptions):
    layers: str = Field("top:1/3", description="decoder layers that get adapters: top:1/3 (default, the deepest "
                                               "third), top:0.25, bottom:F, middle:F, top:8 (a count), 20-29, all")

    @field_validator("layers")
    @classmethod
    def _parse(cls, value: str) -> str:
        try:
            LayerSelection(value)
        except LayerSpecError as exc:
            raise ValueError(str(exc)) from None
        return value


class DpoOptions(AdapterOptions):
    lr: float = Field(5e-5, gt=0, description="peak learning rate (AdamW, linear decay to 0)")
    beta: float = Field(0.1, gt=0, description="DPO temperature: how far the policy may move from the base model")


def _peak_memory_mb(device: str) -> tuple[float, str]:
    if device.startswith("cuda"):
        import torch

        return torch.cuda.max_memory_allocated() / 2**20, "cuda max allocated"
    # ru_maxrss is in KiB on Linux and covers the whole process (model load included).
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "process max RSS"


def _step_progress(phase: str, report: Callable[[str, int, int], None],
                   detail: Callable[[], str] | None = None) -> Any:
    """A trainer callback reporting (phase, step, of steps), from the first step (or the resumed one).

    ``detail`` adds live text to the phase after " · " (e.g. the mean reward); ``bench run`` keeps
    one bar per phase and shows the detail in its description."""
    from transformers import TrainerCallback

    def label() -> str:
        text = detail() if detail is not None else ""
        return f"{phase} · {text}" if text else phase

    class StepProgress(TrainerCallback):
        def on_train_begin(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
            report(label(), state.global_step, state.max_steps)

        def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
            report(label(), state.global_step, state.max_steps)

    return StepProgress()


class AdapterSolver(PromptSolver):
    """Trains LoRA adapters on the train tasks in ``fit``; ``solve`` is the prompt solver on the adapted model."""

    name = "lora"
    description = ("SFT with LoRA on all decoder layers (completion-only loss on the reference code), then "
                   "prompted like `prompt`.")
    changes_weights = True
    uses_model = True
    Options = AdapterOptions
    objective: ClassVar[Literal["sft", "dpo", "grpo"]] = "sft"

    def __init__(self, ctx, options=None):  # noqa: ANN001
        super().__init__(ctx, options)
        self.facts: dict[str, Any] = {}
        self._fitted = False
        self._renderer: Backend | None = None
        self._base_digest: str | None = None  # of the weights before any adapter: base forgetting is cached by it
        self._unfolded: dict[int, Any] = {}  # base weights of each folded layer, restored exactly on unfolding

    # -- the two choices a subclass makes -------------------------------------------------------

    def layer_selection(self) -> LayerSelection:
        return LayerSelection("all")

    def rows(self, train: list[Task]) -> tuple[list[dict[str, str]], list[str]]:
        """Training rows (with a ``uid`` column) and the uids of tasks left out, with the reason."""
        rows = []
        for task in train:
            prompt = self.prompt_for(Problem.from_task(task), self.strategy)
            rows.append({UID: task.uid, "prompt": prompt, "completion": self.answer(task.files["reference.py"])})
        return rows, []

    # -- prompts ---------------------------------------------------------------------------------

    @property
    def strategy(self) -> str:
        return "context" if self.options.with_doc else "basic"

    def answer(self, code: str) -> str:
        """``code`` as the ideal answer to ``prompt_for``: chat models answer with a fenced block
        (which ``extract_code`` takes); for base models the prompt opened the fence, so the answer
        is the code and the closing fence that stops generation."""
        code = code.strip("\n")
        return f"```python\n{code}\n```" if self.lm.chat else f"{code}\n```"

    # -- fit -------------------------------------------------------------------------------------

    def fit(self, train: list[Task]) -> dict[str, Any]:
        from solvers.lm.models import weights_digest

        start = time.monotonic()
        lm = self.lm
        if self._fitted:
            raise RuntimeError(f"{self.name}: fit() was already called; make a new solver to train again")
        self._base_digest = weights_digest(lm.model)  # before an adapter wraps it
        if lm.device.startswith("cuda"):
            import torch

            torch.cuda.reset_peak_memory_stats()
        facts: dict[str, Any] = {"model_revision": lm.revision or "", "device": lm.device, "dtype": lm.dtype,
                                 "objective": self.objective}
        if self.options.adapter:
            facts.update(self._load_adapter(Path(self.options.adapter)))
        elif (saved := self._saved_in_run()) is not None:
            # A resumed run: its adapter was trained and saved by an earlier session; training again
            # would cost the whole fit and could differ (thread scheduling), so the rows would mix models.
            folder, record = saved
            self.ctx.log(f"{self.name}: reusing the adapter this run trained earlier ({folder})")
            # The training facts the earlier session recorded (steps, losses, time), so the run reports them.
            recorded = {k: record[k] for k in RECORDED_FACTS if k in record}
            facts.update(self._load_adapter(folder), **recorded, reused_adapter=True)
        else:
            facts.update(self._train(train))
        if "peak_mem_mb" not in facts and not facts.get("reused_adapter"):
            # Training measured its own peak; a reused adapter reports the peak of the session that trained
            # it (from its record), as this session's would be that of loading a model, not of training one.
            peak, source = _peak_memory_mb(lm.device)
            facts.update(peak_mem_mb=round(peak, 1), peak_mem_source=source)
        # A reused adapter's fit time is that of the session that trained it (cost() takes it from the
        # run's earlier record); this session only loaded it.
        # Training resumed from a checkpoint also counts what earlier sessions spent to reach it.
        facts["load_s" if facts.get("reused_adapter") else "fit_wall_s"] = round(
            time.monotonic() - start + facts.get("earlier_train_s", 0.0), 2)
        self.facts = facts
        self._fitted = True
        return dict(facts)

    def lora_config(self, layout, indices: list[int]):  # noqa: ANN001, ANN202
        from peft import LoraConfig

        opts = self.options
        return LoraConfig(r=opts.rank, lora_alpha=opts.alpha, lora_dropout=opts.dropout, bias="none",
                          task_type="CAUSAL_LM", target_modules=list(layout.targets),
                          layers_to_transform=indices, layers_pattern=layout.stack)

    def _train(self, train: list[Task]) -> dict[str, Any]:
        from datasets import Dataset
        from peft import get_peft_model
        from transformers import PrinterCallback, set_seed

        lm, opts = self.lm, self.options
        rows, skipped = self.rows(train)
        if not rows:
            raise TrainingGuardError(f"{self.name}: no usable train tasks ({len(train)} given"
                                     + (f"; left out: {', '.join(skipped)}" if skipped else "") + ")")
        layout = decoder_layout(lm.model)
        indices = self.layer_selection().resolve(layout.num_layers)
        set_seed(opts.seed)  # LoRA A matrices are initialised randomly
        with quiet_training():
            model = get_peft_model(lm.model, self.lora_config(layout, indices))
        lm.tokenizer.padding_side = "right"  # training pads on the right; generate() switches back to left
        batch_log = BatchLog()
        guard = FiniteLossGuard(batch_log, report=lambda step, loss: self.ctx.log(
            f"{self.name}: step {step} loss {loss:.4f}"))
        self.ctx.log(f"{self.name}: training adapters on layers {describe(indices)} of {layout.num_layers} "
                     f"({', '.join(layout.targets)}) on {len(rows)} tasks")
        checkpoints = self._checkpoints(rows)
        earlier = checkpoints.resume_point() if checkpoints else Progress()
        scratch = tempfile.TemporaryDirectory(prefix=f"bench-{self.name}-") if checkpoints is None else None
        with scratch or contextlib.nullcontext(), quiet_training():
            out = scratch.name if scratch else str(checkpoints.folder)
            trainer = self.make_trainer(model, Dataset.from_list(rows), self._common_args(out, checkpoints is not None),
                                        [guard.callback()])
            # Steps are reported through ctx.log by the guard, not printed as raw dicts on stdout.
            trainer.remove_callback(PrinterCallback)
            lengths = {r[UID]: len(lm.tokenizer(r["prompt"])["input_ids"]) for r in rows}
            check_prepared(trainer.train_dataset, [r[UID] for r in rows], opts.max_length, lengths)
            self.guard_batches(trainer, batch_log)
            t0 = time.monotonic()
            trainer.add_callback(_step_progress(f"{self.name} training steps", self.ctx.progress, self.progress_detail))
            if checkpoints:
                trainer.add_callback(checkpoints.callback(earlier, t0, lambda: _peak_memory_mb(lm.device)[0]))
            result = trainer.train(resume_from_checkpoint=earlier.checkpoint)
            train_s = earlier.train_s + time.monotonic() - t0
            steps = int(trainer.state.global_step)
            extra = self.trained_facts(trainer)
            del trainer  # drop the optimizer state before generation
        model.eval()
        lm.model = model
        trainable, total = self._parameter_counts(model)
        losses = [*earlier.losses, *guard.losses]
        facts = {
            "train_tasks": len(rows), "skipped_tasks": skipped, "layers": describe(indices),
            "num_layers": layout.num_layers, "target_modules": ",".join(layout.targets),
            "trainable_params": trainable, "total_params": total, "steps": steps,
            # The trainer averages only this session's steps after a resume; the history has them all.
            "train_s": round(train_s, 2),
            "train_loss": round(sum(losses) / len(losses) if earlier.checkpoint else float(result.training_loss), 5),
            "loss_first": round(losses[0], 5) if losses else None,
            "loss_last": round(losses[-1], 5) if losses else None,
            "loss_history": [round(v, 5) for v in losses],
        }
        facts.update(extra)
        if earlier.checkpoint:
            facts.update(resumed_from_step=earlier.step, earlier_train_s=earlier.train_s)
        peak, source = _peak_memory_mb(lm.device)
        facts.update(peak_mem_mb=round(max(peak, earlier.peak_mem_mb), 1), peak_mem_source=source)
        if self.ctx.run_dir is not None:
            folder = Path(self.ctx.run_dir) / ADAPTER_DIR
            model.save_pretrained(folder, selected_adapters=["default"])  # not DPO's frozen "ref" copy
            record = {"solver": self.name, "objective": self.objective, "model": lm.name, "revision": lm.revision,
                      "options": self.options.model_dump(mode="json"), "train_task_ids": [r[UID] for r in rows],
                      **{k: v for k, v in facts.items() if k != "loss_history"}}
            (folder / TRAINING_RECORD).write_text(json.dumps(record, indent=2))
            facts["adapter"] = str(folder)
        if checkpoints:
            checkpoints.remove()  # the saved adapter and its record replace them
        return facts

    def _training_options(self) -> dict[str, Any]:
        """The options that decide what an adapter learns: a saved adapter or checkpoint with other
        values belongs to another training."""
        mine = self.options.model_dump(mode="json")
        return {k: mine[k] for k in TRAINING_KEYS if k in mine}

    def _checkpoints(self, rows: list[dict[str, str]]) -> TrainingCheckpoints | None:
        if self.ctx.run_dir is None or not self.options.save_every:
            return None
        identity = {"solver": self.name, "revision": self.lm.revision, "model": self.lm.name,
                    "options": self._training_options(),
                    "train_task_ids": [r[UID] for r in rows]}
        return TrainingCheckpoints(Path(self.ctx.run_dir) / CHECKPOINT_DIR, identity,
                                   lambda msg: self.ctx.log(f"{self.name}: {msg}"))

    def _common_args(self, out: str, save: bool = False) -> dict[str, Any]:
        from transformers import TrainingArguments

        opts, device = self.options, self.lm.device
        # TRL turns checkpointing on unless told; transformers 5 also takes the new name (and warns on
        # the old one alone), 4.x only the old one.
        checkpointing = {"gradient_checkpointing": opts.checkpointing}
        if "activation_checkpointing" in TrainingArguments.__dataclass_fields__:
            checkpointing["activation_checkpointing"] = opts.checkpointing
        return dict(
            output_dir=out, per_device_train_batch_size=opts.batch_size, gradient_accumulation_steps=1,
            num_train_epochs=opts.epochs, max_steps=opts.max_steps, learning_rate=opts.lr, lr_scheduler_type="linear",
            weight_decay=0.0, seed=opts.seed, data_seed=opts.seed, max_length=opts.max_length,
            # bf16 autocast on CUDA, plain fp32 on CPU; fp16 is never used (NaN in training).
            use_cpu=not device.startswith("cuda"), bf16=device.startswith("cuda"), fp16=False,
            **checkpointing,
            # Log every step with the NaN filter off, so FiniteLossGuard sees each real loss.
            logging_strategy="steps", logging_steps=1, logging_nan_inf_filter=False,
            # Full trainer state (optimizer, scheduler, RNG) every save_every steps, the latest kept.
            **({"save_strategy": "steps", "save_steps": opts.save_every, "save_total_limit": 1} if save
               else {"save_strategy": "no"}),
            report_to="none", disable_tqdm=True, dataloader_num_workers=0,
            # Keep the uid column until GuardedCollator, which strips it before collating.
            remove_unused_columns=False,
        )

    def guard_batches(self, trainer: Any, batch_log: BatchLog) -> None:
        """Check every batch before the forward pass (and note its tasks for error messages)."""
        trainer.data_collator = GuardedCollator(trainer.data_collator, self.options.max_length, batch_log)

    def progress_detail(self) -> str:
        """Live text for the training progress bar; none by default."""
        return ""

    def trained_facts(self, trainer: Any) -> dict[str, Any]:
        """Facts of the finished trainer for the run's record, beyond the shared ones; none by default."""
        return {}

    def make_trainer(self, model: Any, dataset: Any, common: dict[str, Any], callbacks: list) -> Any:
        from trl import SFTConfig, SFTTrainer

        args = SFTConfig(**common, completion_only_loss=True, packing=False, truncation_mode="keep_start")
        return SFTTrainer(model=model, args=args, train_dataset=dataset, processing_class=self.lm.tokenizer,
                          callbacks=callbacks)

    # -- saved adapters --------------------------------------------------------------------------

    def _saved_in_run(self) -> tuple[Path, dict[str, Any]] | None:
        """This run's own saved adapter and its training record, when an earlier session of the run
        finished training it with the same options."""
        if self.ctx.run_dir is None:
            return None
        folder = Path(self.ctx.run_dir) / ADAPTER_DIR
        record_path = folder / TRAINING_RECORD  # written last, after the weights: its presence means complete
        if not (record_path.is_file() and (folder / "adapter_config.json").is_file()):
            return None
        if not _adapter_weights(folder):
            # A run from the repository: results keep the record and config, not the weights.
            self.ctx.log(f"{self.name}: {folder} has the training record but not the adapter weights "
                         "(results are committed without them); training again")
            return None
        record = json.loads(record_path.read_text())
        mine = self._training_options()
        theirs = record.get("options", {})
        differs = [k for k in mine if theirs.get(k) != mine[k]]
        if record.get("solver") != self.name or record.get("revision") != self.lm.revision or differs:
            self.ctx.log(f"{self.name}: the adapter in {folder} was trained differently "
                         f"({', '.join(differs) or 'solver or model'}); training again")
            return None
        return folder, record

    def _load_adapter(self, folder: Path) -> dict[str, Any]:
        from peft import PeftModel

        lm = self.lm
        if not (folder / "adapter_config.json").is_file():
            raise FileNotFoundError(f"{folder} holds no saved adapter (adapter_config.json is missing)")
        if not _adapter_weights(folder):
            raise FileNotFoundError(f"{folder} has adapter_config.json but no adapter weights "
                                    f"({' or '.join(ADAPTER_WEIGHTS)}): results are committed without them; "
                                    f"rerun the training (options in {TRAINING_RECORD}) to get them")
        record = json.loads((folder / TRAINING_RECORD).read_text()) if (folder / TRAINING_RECORD).is_file() else {}
        if record:
            # Embedded models have a revision (the GGUF checksum) that survives renames; others only a name.
            both = record.get("revision") and lm.revision
            same = record["revision"] == lm.revision if both else record.get("model") == lm.name
            if not same:
                raise ValueError(f"adapter {folder} was trained on model {record.get('model')!r} (revision "
                                 f"{record.get('revision')}), not on {lm.name!r} (revision {lm.revision}); "
                                 f"pass --model {record.get('model')}")
        with quiet_training():
            model = PeftModel.from_pretrained(lm.model, folder, is_trainable=False)
        model.eval()
        lm.model = model
        layout = decoder_layout(model.get_base_model())
        indices = model.peft_config["default"].layers_to_transform or list(range(layout.num_layers))
        trainable, total = self._parameter_counts(model)
        return {"adapter": str(folder), "trained_by": record.get("solver"), "layers": describe(list(indices)),
                "num_layers": layout.num_layers, "trainable_params": trainable, "total_params": total,
                "train_tasks": len(record.get("train_task_ids", [])), "steps": 0}

    @staticmethod
    def _parameter_counts(model: Any) -> tuple[int, int]:
        # Counted by name rather than requires_grad, so a reloaded (frozen) adapter reports the same figure;
        # only the trained adapter: TRL's DPO adds a frozen copy named "ref" as its reference model.
        active = getattr(model, "active_adapter", "default")
        adapter = sum(p.numel() for n, p in model.named_parameters() if "lora_" in n and f".{active}." in n)
        return adapter, sum(p.numel() for p in model.parameters())

    # -- solve, cost, forgetting -----------------------------------------------------------------

    @property
    def generation_batch(self) -> int:
        return self.options.gen_batch_size

    def fold(self, merged: bool) -> None:
        """Fold the adapter into the weights (``merged``) or take it out again.

        Folded, a generation step is one matmul per projection instead of three (faster on a CPU:
        ``bench perf adapters``); the model is the same up to float rounding. Forgetting unfolds
        first, so base and updated are measured as trained. Unfolding restores the base weights kept
        aside when folding, bit for bit ((W + ΔW) − ΔW is not W in floating point), so the base that
        forgetting measures is the pretrained model itself."""
        import torch
        from peft.tuners.tuners_utils import BaseTunerLayer

        for layer in self.lm.model.modules():
            if not isinstance(layer, BaseTunerLayer) or layer.merged == merged:
                continue
            weight = layer.get_base_layer().weight
            if merged:
                self._unfolded[id(layer)] = weight.detach().to("cpu", copy=True)
                layer.merge()
            else:
                layer.unmerge()
                kept = self._unfolded.pop(id(layer), None)
                if kept is not None:
                    with torch.no_grad():
                        weight.copy_(kept)

    @property
    def renderer(self) -> Backend:
        # Prompts (training ones included) are rendered with the trained model's tokenizer before any
        # generation backend exists; every local backend renders with the same tokenizer.
        if self._renderer is None:
            from solvers.lm.backends.hf import TransformersBackend

            self._renderer = TransformersBackend(self.lm)
        return self._renderer

    @property
    def backend(self) -> Backend:
        """The engine that answers with the adapted model: its weights as they are when first asked
        for (``solve`` folds the adapter first), converted for a fast backend once per weight hash."""
        if self._backend is None:
            from solvers.lm.backends import from_transformers

            if not self._fitted:
                # Before fit the solver answers as the base model: an engine for those weights,
                # not kept, so that the trained weights get their own after fit.
                return from_transformers(self.ctx.backend, self.lm, self.ctx.backend_options, log=self.ctx.log)
            self._backend = from_transformers(self.ctx.backend, self.lm, self.ctx.backend_options, log=self.ctx.log)
        return self._backend

    def solve(self, problems: list[Problem], tasks: list[Task] | None = None) -> list[Candidate]:
        if not self._fitted:
            raise RuntimeError(f"{self.name}: call fit() first (it trains, or loads -S adapter=PATH)")
        self.fold(True)
        return self.generate_for(problems, self.strategy, {})

    def cost(self, prior: Mapping[str, Any] | None = None) -> dict[str, Any]:
        # Training facts describe the fit that produced the adapter, not sums over sessions: this
        # session's when it trained; when it reused the adapter, what it knows from the adapter's
        # record and, for the rest (fit wall time, and the peak of runs saved before the record had
        # one), what the training session reported.
        keys = ("fit_wall_s", "train_s", "steps", "trainable_params", "total_params", "peak_mem_mb",
                "peak_mem_source", "device", "layers", "num_layers")
        earlier = {k: prior[k] for k in keys if prior and k in prior} if self.facts.get("reused_adapter") else {}
        engine = {}
        if self._backend is not None:  # which engine generated, and from which (folded) weights
            engine = {k: v for k, v in self._backend.facts().items() if k in ("compute_type", "weights_digest")}
        return {**super().cost(prior), **earlier, **{k: self.facts[k] for k in keys if k in self.facts}, **engine}

    def forgetting(self, sandbox: Any, held_out: list[Problem]) -> dict[str, Any] | None:
        from solvers.train.forgetting import measure_forgetting

        if not self._fitted:
            return None
        self.fold(False)
        config = self.options.forgetting_config(held_out)
        # Unfolded, the base weights are bit for bit those hashed before the adapter was added.
        return measure_forgetting(self.lm, sandbox, config, log=self.ctx.log, progress=self.ctx.progress,
                                  base_key=self._base_digest)


class LoraSolver(AdapterSolver):
    """``lora``: the shared mechanism as it stands: SFT, adapters on every decoder layer."""


class HierLoraSolver(AdapterSolver):
    name = "hier_lora"
    description = ("LoRA on the deepest decoder layers only (default: the top third; -S layers=20-29 or "
                   "top:0.25), SFT with completion-only loss.")
    Options = HierOptions

    def layer_selection(self) -> LayerSelection:
        return LayerSelection(self.options.layers)


class DpoSolver(AdapterSolver):
    name = "dpo"
    description = ("DPO with LoRA on all decoder layers: chosen = reference code, rejected = old code, reference "
                   "model = the base (a frozen copy of the fresh adapter, which adds nothing).")
    Options = DpoOptions
    objective = "dpo"

    def rows(self, train: list[Task]) -> tuple[list[dict[str, str]], list[str]]:
        rows, skipped = [], []
        for task in train:
            old, new = task.old_code, task.files["reference.py"]
            if not old or old.strip() == new.strip():
                skipped.append(f"{task.uid} (no old code to reject)")  # complete/synthetic tasks have no old.py
                continue
            prompt = self.prompt_for(Problem.from_task(task), self.strategy)
            rows.append({UID: task.uid, "prompt": prompt, "chosen": self.answer(new), "rejected": self.answer(old)})
        return rows, skipped

    def make_trainer(self, model: Any, dataset: Any, common: dict[str, Any], callbacks: list) -> Any:
        from trl import DPOConfig, DPOTrainer

        args = DPOConfig(**common, beta=self.options.beta, truncation_mode="keep_start")
        # ref_model=None with a PEFT model: TRL adds a frozen copy of the fresh adapter ("ref") and
        # takes the reference log-probs through it. LoRA starts with B = 0, so that is exactly the
        # base model, and no second copy of the base weights is held.
        return DPOTrainer(model=model, ref_model=None, args=args, train_dataset=dataset,
                          processing_class=self.lm.tokenizer, callbacks=callbacks)
