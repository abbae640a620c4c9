"""The editing solvers ``rome``, ``memit`` and ``alphaedit``: edit the model in ``fit``, then prompt like ``prompt``.

``fit`` builds one edit request per change of the train split (:mod:`solvers.edit.requests`),
scores every request on the unedited model, computes (or loads from the cache) the key
statistics, applies the edits, scores again and saves the updates as factors in the run folder
(``edits/``), so that a resumed run reapplies them without recomputing. ``solve`` generates
through the run's backend from the edited weights; ``forgetting`` compares the edited model with
the original weights of the edited projections, which are kept aside.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar, Literal, Mapping

from pydantic import Field, field_validator

from benchmark.specs import Task
from solvers.base import Candidate, Problem
from solvers.edit.algorithms import EditConfig, Update, apply_update
from solvers.edit.metrics import edit_metrics, score_requests
from solvers.edit.requests import EditRequest, build_requests
from solvers.lm.backends.base import Backend
from solvers.prompt import PromptSolver
from solvers.train.forgetting import WeightUpdateOptions
from solvers.train.layers import LayerSelection, LayerSpecError, describe

EDITS_DIR = "edits"
FACTORS = "factors.safetensors"
RECORD = "edits.json"  # written after the factors: its presence means the edits are complete

# Layers of the embedded models, chosen from measured causal traces (docs/writing-a-solver.md,
# "Measured traces"): ROME edits a layer of the early MLP site that restores the stale
# continuation at the subject's last token (past layer 0, which mostly restores the corrupted
# token itself); MEMIT and AlphaEdit spread over the five layers around it.
DEFAULT_LAYERS: dict[str, dict[str, str]] = {
    "smollm2-135m": {"rome": "4", "spread": "2-6"},
    "gemma3-270m": {"rome": "3", "spread": "1-5"},
}


def default_layers(model_name: str, num_layers: int, method: str) -> str:
    """The measured choice for an embedded model; else the same relative depth (ROME at about an
    eighth of the stack, five layers ending there for the spread methods)."""
    key = "rome" if method == "rome" else "spread"
    if model_name in DEFAULT_LAYERS:
        return DEFAULT_LAYERS[model_name][key]
    centre = max(0, min(num_layers - 1, round(num_layers * 0.15)))
    if key == "rome":
        return str(centre)
    return f"{max(0, centre - 2)}-{min(num_layers - 1, centre + 2)}"


class EditOptions(WeightUpdateOptions):
    layers: str | None = Field(None, description="decoder layers to edit (one for rome; a range such as 2-6 for "
                                                 "memit/alphaedit); default: the model's traced layers "
                                                 "(bench trace)")
    v_steps: int = Field(25, ge=1, le=1000, description="Adam steps optimising each target value v*")
    v_lr: float = Field(0.5, gt=0, description="learning rate of the v* optimisation")
    kl_weight: float = Field(0.0625, ge=0, description="weight of KL(edited || original) of the next-token "
                                                       "distribution where the subject occurs in other code")
    weight_decay: float = Field(0.5, ge=0, description="penalty on ||delta||^2 / ||v||^2 in the v* objective")
    clamp_norm: float = Field(4.0, gt=0, description="||delta|| is clamped to this many times ||v||")
    unlearn: float = Field(0.0, ge=0, description="unlearning: v* also lowers log p(old continuation) with this "
                                                  "weight, so the stale API is pushed down, not only outranked "
                                                  "(0: off)")
    cov_tokens: int = Field(40000, ge=256, le=10_000_000, description="tokens of general code (the Python "
                                                                      "standard library) for the key statistics")
    ridge: float = Field(1e-3, ge=0, description="C + ridge * mean eigenvalue * I before inverting it")
    batch_size: int = Field(0, ge=0, description="requests per update (memit: 0 = all at once; alphaedit: "
                                                 "sequential batches, 0 = 8); rome always edits one at a time")
    mom2_weight: float | None = Field(None, gt=0, description="memit: lambda, the weight of C against the new keys "
                                                              "(default: intermediate_size)")
    alpha: float = Field(1.0, gt=0, description="alphaedit: ridge term alpha of the projected solve")
    null_threshold: float = Field(1e-2, gt=0, lt=1, description="alphaedit: eigenvalues of the preserved keys' "
                                                                "second moment below this share of the largest "
                                                                "span the null space")

    @field_validator("layers")
    @classmethod
    def _parse(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                LayerSelection(value)
            except LayerSpecError as exc:
                raise ValueError(str(exc)) from None
        return value


# Options that decide the edits: saved factors made with other values belong to other edits.
EDIT_KEYS = ("layers", "v_steps", "v_lr", "kl_weight", "weight_decay", "clamp_norm", "unlearn", "cov_tokens",
             "ridge", "batch_size", "mom2_weight", "alpha", "null_threshold")


def _keep_tasks(train: list[Task]) -> list[Task]:
    """Keep tasks of the train tasks' families, from the shipped tasks (neighbourhood probes)."""
    from benchmark.loading import load_tasks

    families = sorted({t.family.id for t in train})
    try:
        return [t for t in load_tasks(families) if not t.is_target]
    except (KeyError, ValueError, FileNotFoundError):
        return []  # families from elsewhere (a --tasks-root): no neighbourhood probes


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


class EditSolver(PromptSolver):
    """Edits the MLP output projections in ``fit``; ``solve`` is the prompt solver on the edited model."""

    name = "rome"
    description = ("ROME: one rank-one update of one MLP output projection per train change (key at the subject's "
                   "last token, v* optimised against the target), then prompted like `prompt`.")
    changes_weights = True
    uses_model = True
    Options = EditOptions
    method: ClassVar[Literal["rome", "memit", "alphaedit"]] = "rome"

    def __init__(self, ctx, options=None):  # noqa: ANN001
        super().__init__(ctx, options)
        self.facts: dict[str, Any] = {}
        self._fitted = False
        self._originals: dict[int, Any] = {}
        self._keep: list[Task] = []
        self._base_digest: str | None = None  # of the unedited weights: statistics and base forgetting are cached by it

    # -- configuration ----------------------------------------------------------------------------

    def config(self) -> EditConfig:
        o = self.options
        batch = o.batch_size or (8 if self.method == "alphaedit" else 0)
        return EditConfig(v_steps=o.v_steps, v_lr=o.v_lr, kl_weight=o.kl_weight, weight_decay=o.weight_decay,
                          clamp_norm=o.clamp_norm, unlearn=o.unlearn, mom2_weight=o.mom2_weight, ridge=o.ridge,
                          alpha=o.alpha, null_threshold=o.null_threshold, batch_size=1 if self.method == "rome" else batch)

    def layer_indices(self, num_layers: int) -> list[int]:
        text = self.options.layers or default_layers(self.lm.name, num_layers, self.method)
        indices = LayerSelection(text).resolve(num_layers)
        if self.method == "rome" and len(indices) != 1:
            raise LayerSpecError(f"rome edits one layer; layers={text!r} names {len(indices)}")
        return indices

    def _identity(self, requests: list[EditRequest], layers: list[int]) -> dict[str, Any]:
        opts = self.options.model_dump(mode="json")
        digest = hashlib.sha256(json.dumps([r.model_dump(mode="json") for r in requests]).encode()).hexdigest()[:16]
        return {"solver": self.name, "model": self.lm.name, "revision": self.lm.revision, "layers": layers,
                "options": {k: opts[k] for k in EDIT_KEYS}, "requests": [r.id for r in requests],
                "requests_digest": digest}

    # -- fit ----------------------------------------------------------------------------------------

    def fit(self, train: list[Task]) -> dict[str, Any]:
        from solvers.edit.layout import edit_layout
        from solvers.lm.models import weights_digest

        if self._fitted:
            raise RuntimeError(f"{self.name}: fit() was already called; make a new solver to edit again")
        start = time.monotonic()
        lm = self.lm
        layout = edit_layout(lm.model)
        layers = self.layer_indices(layout.num_layers)
        self._keep = _keep_tasks(train)
        requests = build_requests(train, self._keep)
        if not requests:
            raise ValueError(f"{self.name}: the {len(train)} train tasks give no edit request (no in-line change)")
        identity = self._identity(requests, layers)
        self._originals = {layer: layout.weight(lm.model, layer).detach().clone() for layer in layers}
        self._base_digest = weights_digest(lm.model)
        facts: dict[str, Any] = {"method": self.method, "layers": describe(layers), "num_layers": layout.num_layers,
                                 "edits": len(requests), "device": lm.device, "model_revision": lm.revision or ""}
        saved = self._saved(identity)
        if saved is not None:
            updates, record = saved
            for update in updates:
                apply_update(lm.model, layout, update)
            self.ctx.log(f"{self.name}: reapplied {len(updates)} saved updates of {len(requests)} edits "
                         f"({Path(self.ctx.run_dir) / EDITS_DIR})")
            facts.update(record["facts"], reused_edits=True, load_s=round(time.monotonic() - start, 2))
        else:
            facts.update(self._edit(layout, layers, requests, identity))
            facts["fit_wall_s"] = round(time.monotonic() - start, 2)
        self.facts = facts
        self._fitted = True
        return dict(facts)

    def _edit(self, layout: Any, layers: list[int], requests: list[EditRequest],
              identity: dict[str, Any]) -> dict[str, Any]:
        from solvers.edit.algorithms import null_space_projector, run_alphaedit, run_memit, run_rome
        from solvers.edit.stats import Corpus, second_moments, stdlib_corpus

        lm, opts, config = self.lm, self.options, self.config()
        model, tok = lm.model, lm.tokenizer
        self.ctx.log(f"{self.name}: {len(requests)} edit requests; scoring them on the unedited model")
        before = score_requests(model, tok, requests)
        digest = self._base_digest
        corpus = stdlib_corpus()
        t0 = time.monotonic()
        moments = second_moments(model, tok, layout, layers, corpus, opts.cov_tokens, digest=digest, log=self.ctx.log)
        facts: dict[str, Any] = {"cov_corpus": corpus.name, "cov_tokens": next(iter(moments.values())).tokens}
        self.ctx.log(f"{self.name}: editing layers {describe(layers)} of {layout.num_layers}")

        def progress(done: int, total: int) -> None:
            self.ctx.progress(f"{self.name} edits", done, total)

        progress(0, len(requests))
        t1 = time.monotonic()
        if self.method == "rome":
            updates, targets = run_rome(model, tok, layout, layers[0], requests, moments[layers[0]].matrix, config,
                                        progress)
        elif self.method == "memit":
            updates, targets = run_memit(model, tok, layout, layers, requests,
                                         {l: m.matrix for l, m in moments.items()}, config, progress)
        else:
            # Preserved keys: general code (the statistics above) and the keep tasks' code.
            keep = Corpus(name="keep-tasks", texts=tuple(dict.fromkeys(
                t.reference for t in self._keep)))
            preserved = dict(moments)
            if keep.texts:
                kept = second_moments(model, tok, layout, layers, keep, opts.cov_tokens, digest=digest, log=self.ctx.log)
                total = {l: moments[l].tokens + kept[l].tokens for l in layers}
                preserved = {l: type(moments[l])(l, (moments[l].matrix * moments[l].tokens
                                                     + kept[l].matrix * kept[l].tokens) / total[l], total[l],
                                                  f"{corpus.name}+keep-tasks", "") for l in layers}
            projectors, dims = {}, {}
            for layer in layers:
                projectors[layer], dims[layer] = null_space_projector(preserved[layer].matrix, config.null_threshold)
            facts.update(null_space_dims={str(l): d for l, d in dims.items()},
                         preserved_tokens=next(iter(preserved.values())).tokens)
            updates, targets = run_alphaedit(model, tok, layout, layers, requests, projectors, config, progress)
        edit_s = time.monotonic() - t1
        after = score_requests(model, tok, requests)
        summary = edit_metrics(requests, before, after)
        facts.update(stats_s=round(t1 - t0, 2), edit_s=round(edit_s, 2), updates=len(updates),
                     edit_metrics=summary,
                     targets=[{"request": t.request, "nll_before": round(t.nll_before, 4),
                               "nll_after": round(t.nll_after, 4), "steps": t.steps,
                               "delta_norm": round(float(t.delta.norm()), 4)} for t in targets])
        shown = ", ".join(f"{k} {_pct(summary[k]['base'])} -> {_pct(summary[k]['edited'])}"
                          for k in ("efficacy", "generalisation", "specificity"))
        self.ctx.log(f"{self.name}: {len(requests)} edits in {edit_s:.0f} s; {shown}")
        self._save(updates, identity, facts)
        return facts

    # -- saved factors -------------------------------------------------------------------------------

    def _folder(self) -> Path | None:
        return Path(self.ctx.run_dir) / EDITS_DIR if self.ctx.run_dir is not None else None

    def _save(self, updates: list[Update], identity: dict[str, Any], facts: dict[str, Any]) -> None:
        from safetensors.torch import save_file

        folder = self._folder()
        if folder is None:
            return
        folder.mkdir(parents=True, exist_ok=True)
        tensors = {}
        for i, update in enumerate(updates):
            tensors[f"{i}.u"] = update.u.contiguous().double()
            tensors[f"{i}.v"] = update.v.contiguous().double()
        save_file(tensors, str(folder / FACTORS))
        record = {**identity, "updates": [{"layer": u.layer, "requests": list(u.requests)} for u in updates],
                  "facts": facts}
        tmp = folder / (RECORD + ".tmp")
        tmp.write_text(json.dumps(record, indent=2))
        tmp.replace(folder / RECORD)

    def _saved(self, identity: dict[str, Any]) -> tuple[list[Update], dict[str, Any]] | None:
        from safetensors.torch import load_file

        folder = self._folder()
        if folder is None or not (folder / RECORD).is_file():
            return None
        record = json.loads((folder / RECORD).read_text())
        if {k: record.get(k) for k in identity} != identity:
            self.ctx.log(f"{self.name}: the edits in {folder} were made differently (options, model or requests); "
                         "editing again")
            return None
        if not (folder / FACTORS).is_file():
            self.ctx.log(f"{self.name}: {folder} has the record but not the factors; editing again")
            return None
        tensors = load_file(str(folder / FACTORS))
        updates = [Update(layer=u["layer"], requests=tuple(u["requests"]), u=tensors[f"{i}.u"], v=tensors[f"{i}.v"])
                   for i, u in enumerate(record["updates"])]
        return updates, record

    # -- solve, metrics, forgetting --------------------------------------------------------------------

    @property
    def generation_batch(self) -> int:
        return self.options.gen_batch_size

    @property
    def renderer(self) -> Backend:
        if getattr(self, "_renderer", None) is None:
            from solvers.lm.backends.hf import TransformersBackend

            self._renderer = TransformersBackend(self.lm)
        return self._renderer

    @property
    def backend(self) -> Backend:
        """The run's engine with the edited weights (a local engine converts them once per weight hash)."""
        if self._backend is None:
            from solvers.lm.backends import from_transformers

            if not self._fitted:
                raise RuntimeError(f"{self.name}: call fit() first: it applies the edits")
            self._backend = from_transformers(self.ctx.backend, self.lm, self.ctx.backend_options, log=self.ctx.log)
        return self._backend

    def solve(self, problems: list[Problem], tasks: list[Task] | None = None) -> list[Candidate]:
        if not self._fitted:
            raise RuntimeError(f"{self.name}: call fit() first (it applies the edits)")
        return self.generate_for(problems, "basic", {})

    def run_metrics(self, fit: Mapping[str, Any]) -> dict[str, Any]:
        """Per-edit metrics (efficacy, generalisation, specificity) for the run's metrics.json."""
        return {"editing": fit["edit_metrics"]} if fit.get("edit_metrics") else {}

    def cost(self, prior: Mapping[str, Any] | None = None) -> dict[str, Any]:
        keys = ("fit_wall_s", "edit_s", "stats_s", "edits", "updates", "layers", "num_layers", "device")
        earlier = {k: prior[k] for k in keys if prior and k in prior} if self.facts.get("reused_edits") else {}
        return {**super().cost(prior), **earlier, **{k: self.facts[k] for k in keys if k in self.facts}}

    @contextlib.contextmanager
    def original_weights(self) -> Iterator[None]:
        """The unedited model: the edited projections' original weights swapped in, then back."""
        import torch

        from solvers.edit.layout import edit_layout

        layout = edit_layout(self.lm.model)
        edited = {layer: layout.weight(self.lm.model, layer).detach().clone() for layer in self._originals}
        with torch.no_grad():
            for layer, weight in self._originals.items():
                layout.weight(self.lm.model, layer).copy_(weight)
        try:
            yield
        finally:
            with torch.no_grad():
                for layer, weight in edited.items():
                    layout.weight(self.lm.model, layer).copy_(weight)

    def forgetting(self, sandbox: Any, held_out: list[Problem]) -> dict[str, Any] | None:
        from solvers.train.forgetting import measure_forgetting

        if not self._fitted:
            return None
        config = self.options.forgetting_config(held_out)
        # original_weights() restores the unedited projections bit for bit, so the base half is the
        # unedited model's and can come from the cache of its digest.
        return measure_forgetting(self.lm, sandbox, config, log=self.ctx.log, progress=self.ctx.progress,
                                  base_model=self.original_weights, base_key=self._base_digest)


class RomeSolver(EditSolver):
    """``rome``: the shared mechanism with ROME's rank-one update, one request after another."""


class MemitSolver(EditSolver):
    name = "memit"
    description = ("MEMIT: all train changes edited at once over a layer range (target hidden state at the last "
                   "layer, residual spread across the layers), then prompted like `prompt`.")
    method = "memit"


class AlphaEditSolver(EditSolver):
    name = "alphaedit"
    description = ("AlphaEdit: MEMIT's spread with every update projected onto the null space of keys to preserve "
                   "(general code and the keep tasks), in sequential batches, then prompted like `prompt`.")
    method = "alphaedit"
