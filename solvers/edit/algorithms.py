"""ROME, MEMIT and AlphaEdit: one mechanism, three ways to turn target values into a weight update.

Shared steps, for a request (prompt, subject, target, old):

1. **keys** — the input of the MLP output projection at the subject's last token of the prompt;
2. **target value** — δ added to the projection's *output* at that token (a forward hook, so Llama,
   Qwen2 and Gemma 3, whose post-feed-forward norm follows the projection, share one path) is
   optimised with Adam to minimise −log p(target | variant) over prefix variants of the prompt
   (the whole prefix, its last 2 lines, its last line), plus ``kl_weight`` · KL(p_edited ‖
   p_orig) of the next-token distribution where the subject occurs in other code, plus a decay
   on ‖δ‖² / ‖v‖², clamped to ``clamp_norm`` · ‖v‖; with ``unlearn`` > 0 also
   −unlearn · (−log p(old)) (mean per token of the stale continuation), which pushes the old
   API down rather than only below the target. δ changes nothing before the subject's last
   token (attention is causal), so the prompt up to it is run once and kept as a KV cache; each
   optimisation step runs only the tokens from the subject on (the split batch below);
3. **update** — every change to a projection weight ``W`` ``[hidden, intermediate]`` is a
   product of factors ``ΔW = U Vᵀ``, checked finite before it is applied, and kept so that a
   resumed run reapplies it without recomputing:

   - ROME (one layer, one request at a time): v* = W k* + δ,
     ΔW = (v* − W k*) (C⁻¹k*)ᵀ / ((C⁻¹k*)ᵀ k*), so W' k* = v* and W' k = W k whenever
     (C⁻¹k*)ᵀ k = 0;
   - MEMIT (a layer range, many requests at once): z = the residual stream at the last layer of
     the range with δ injected; for each layer l in order, R = (z − h_L now) / (layers left),
     ΔW_l = R K_lᵀ (λ C_l + K_l K_lᵀ)⁻¹;
   - AlphaEdit (the same spread, in sequential batches): with P the projector onto the null space
     of the preserved keys' second moment and K_p the keys of earlier batches,
     ΔW_l = R K_1ᵀ P (K_p K_pᵀ P + K_1 K_1ᵀ P + α I)⁻¹, whose rows lie in the range of P, so
     ΔW K_0 ≈ 0 on preserved keys.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from solvers.edit.layout import EditLayout, hooked
from solvers.edit.requests import EditRequest

VARIANT_LINES = (None, 2, 1)  # prefix variants: the whole prompt, then its last n lines


class EditGuardError(RuntimeError):
    """An update (or target value) has a NaN or infinite entry; it was not applied."""


@dataclass(frozen=True)
class EditConfig:
    v_steps: int = 25
    v_lr: float = 0.5
    kl_weight: float = 0.0625
    weight_decay: float = 0.5
    clamp_norm: float = 4.0
    unlearn: float = 0.0
    mom2_weight: float | None = None  # MEMIT's λ; None: intermediate_size
    ridge: float = 1e-3  # C + ridge · mean eigenvalue · I: C from a finite sample can be near singular
    alpha: float = 1.0  # AlphaEdit's ridge α
    null_threshold: float = 1e-2  # AlphaEdit: null space = eigenvalues below this share of the largest
    batch_size: int = 0  # requests per update; 0: all at once (MEMIT) — ROME is always 1
    cache_prefix: bool = True  # v*: run each prompt up to the subject once (off: whole prompts every step)


@dataclass(frozen=True)
class Update:
    """ΔW = u @ v.T on the output projection of ``layer`` (u ``[hidden, r]``, v ``[intermediate, r]``)."""

    layer: int
    requests: tuple[str, ...]
    u: Any
    v: Any


@dataclass
class Target:
    """The optimised δ of one request and what it achieved."""

    request: str
    delta: Any
    value: Any  # projection output at the subject of the main prompt, before δ
    nll_before: float
    nll_after: float
    steps: int
    history: list[float] = field(default_factory=list)


# -- tokens and positions ------------------------------------------------------------------------


def prefix_variants(prompt: str, subject: str) -> list[str]:
    out: list[str] = []
    lines = prompt.split("\n")
    for keep in VARIANT_LINES:
        text = prompt if keep is None else "\n".join(lines[-keep:])
        if subject in text and text.strip() and text not in out:
            out.append(text)
    return out or [prompt]


def encode(tokenizer: Any, text: str) -> list[int]:
    return list(tokenizer(text)["input_ids"])


def continuation_ids(tokenizer: Any, text: str) -> list[int]:
    return list(tokenizer(text, add_special_tokens=False)["input_ids"])


def subject_position(tokenizer: Any, prompt: str, subject: str) -> int:
    """Index of the token holding the last character of the subject's last occurrence in ``prompt``
    (the prompt's last token when the subject does not occur)."""
    enc = tokenizer(prompt, return_offsets_mapping=True)
    ids, offsets = enc["input_ids"], enc["offset_mapping"]
    at = prompt.rfind(subject)
    if at < 0 or not subject:
        return len(ids) - 1
    end = at + len(subject)
    best = len(ids) - 1
    for i, (start, stop) in enumerate(offsets):
        if stop > start and start < end:
            best = i
    return best


def _pad(rows: list[list[int]], pad: int, device: Any) -> tuple[Any, Any]:
    import torch

    width = max(len(r) for r in rows)
    ids = torch.full((len(rows), width), pad, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for i, r in enumerate(rows):
        ids[i, : len(r)] = torch.tensor(r)
        mask[i, : len(r)] = 1
    return ids.to(device), mask.to(device)


def _pad_id(tokenizer: Any) -> int:
    return tokenizer.pad_token_id if tokenizer.pad_token_id is not None else (tokenizer.eos_token_id or 0)


def _device(model: Any) -> Any:
    return next(model.parameters()).device


# -- reading the model -------------------------------------------------------------------------------


def continuation_logprob(model: Any, tokenizer: Any, pairs: Sequence[tuple[str, str]], batch: int = 16) -> list[float]:
    """Mean log-probability per token of each continuation after its prompt."""
    import torch

    out: list[float] = []
    for start in range(0, len(pairs), batch):
        chunk = pairs[start: start + batch]
        prompts = [encode(tokenizer, p) for p, _ in chunk]
        conts = [continuation_ids(tokenizer, c) for _, c in chunk]
        ids, mask = _pad([p + c for p, c in zip(prompts, conts)], _pad_id(tokenizer), _device(model))
        wanted = [list(range(len(p) - 1, len(p) + len(c) - 1)) for p, c in zip(prompts, conts)]
        keep, column = _kept_positions(wanted, ids.device)
        with torch.no_grad():
            logits = model(input_ids=ids, attention_mask=mask, logits_to_keep=keep).logits.float()
            logp = torch.log_softmax(logits, dim=-1)
        for i, c in enumerate(conts):
            cols = torch.tensor([column[q] for q in wanted[i]], device=logp.device)
            out.append(float(logp[i, cols, torch.tensor(c, device=logp.device)].mean()))
    return out


def _kept_positions(wanted: Sequence[Sequence[int]], device: Any) -> tuple[Any, dict[int, int]]:
    """The sequence positions whose logits are needed (``logits_to_keep``) and each one's column:
    the output head over every position of a 49k vocabulary costs more than the layers below it."""
    import torch

    positions = sorted({q for row in wanted for q in row})
    return torch.tensor(positions, device=device), {q: i for i, q in enumerate(positions)}


def keys_at(model: Any, tokenizer: Any, layout: EditLayout, layer: int, prompts: Sequence[str],
            subjects: Sequence[str]) -> Any:
    """Keys (input of the output projection) at the subject's last token of each prompt: ``[n, intermediate]``."""
    import torch

    rows = [encode(tokenizer, p) for p in prompts]
    where = [subject_position(tokenizer, p, s) for p, s in zip(prompts, subjects)]
    ids, mask = _pad(rows, _pad_id(tokenizer), _device(model))
    seen: list[Any] = []
    with torch.no_grad(), hooked(model, layout.down[layer], record=lambda k, _: seen.append(k)):
        model(input_ids=ids, attention_mask=mask)
    index = torch.arange(len(rows), device=seen[0].device)
    return seen[0][index, torch.tensor(where, device=seen[0].device)].detach().float()


def request_keys(model: Any, tokenizer: Any, layout: EditLayout, layer: int, requests: Sequence[EditRequest]) -> Any:
    """One key per request, at the subject of its whole prompt (``[n, intermediate]``).

    ROME averages keys over prompts with other text *before* the subject; the variants here cut
    context away instead, which moves the key far enough that an update fitted to their mean
    under-delivers on the edit prompt itself (measured on smollm2-135m: the target lost again)."""
    return keys_at(model, tokenizer, layout, layer, [r.prompt for r in requests], [r.subject for r in requests])


def residual_at(model: Any, tokenizer: Any, layout: EditLayout, layer: int, requests: Sequence[EditRequest],
                deltas: Sequence[Any] | None = None, delta_layer: int | None = None) -> Any:
    """The residual stream after decoder layer ``layer`` at each request's subject (``[n, hidden]``),
    with each request's δ added to the output projection of ``delta_layer`` when given."""
    import torch

    out = []
    for i, r in enumerate(requests):
        ids = torch.tensor([encode(tokenizer, r.prompt)], device=_device(model))
        pos = subject_position(tokenizer, r.prompt, r.subject)
        seen: list[Any] = []

        def add(output: Any, delta: Any = deltas[i] if deltas is not None else None) -> Any:
            bump = torch.zeros_like(output)
            bump[0, pos] = delta.to(output.dtype)
            return output + bump

        inject = hooked(model, layout.down[delta_layer], edit=add) if deltas is not None else contextlib.nullcontext()
        with torch.no_grad(), inject, hooked(model, layout.layers[layer], record=lambda _, o: seen.append(o)):
            model(input_ids=ids)
        out.append(seen[0][0, pos].detach().float())
    return torch.stack(out)


# -- the target value ------------------------------------------------------------------------------


class SplitBatch:
    """Rows of token ids cut at a position each (the subject's last token): the part before it is
    run once without gradients and kept as a KV cache (left-padded, so that every row's cut falls in
    the same column); :meth:`forward` runs only the parts from the cut on (right-padded), with each
    row's true positions. Logits and hooked module outputs are in *suffix* coordinates: column 0 of
    row i is token ``cuts[i]`` of row i."""

    def __init__(self, model: Any, rows: Sequence[Sequence[int]], cuts: Sequence[int], pad: int) -> None:
        import torch

        device = _device(model)
        self.model = model
        width = max(cuts)
        self.suffix_lengths = [len(r) - c for r, c in zip(rows, cuts)]
        span = max(self.suffix_lengths)
        n = len(rows)
        prefix_ids = torch.full((n, width), pad, dtype=torch.long)
        self.prefix_mask = torch.zeros((n, width), dtype=torch.long)
        prefix_pos = torch.zeros((n, width), dtype=torch.long)
        self.ids = torch.full((n, span), pad, dtype=torch.long)
        suffix_mask = torch.zeros((n, span), dtype=torch.long)
        self.positions = torch.zeros((n, span), dtype=torch.long)
        for i, (row, cut) in enumerate(zip(rows, cuts)):
            if cut:
                prefix_ids[i, width - cut:] = torch.tensor(row[:cut])
                self.prefix_mask[i, width - cut:] = 1
                prefix_pos[i, width - cut:] = torch.arange(cut)
            rest = row[cut:]
            self.ids[i, : len(rest)] = torch.tensor(rest)
            suffix_mask[i, : len(rest)] = 1
            self.positions[i] = torch.arange(cut, cut + span)
        self.ids, self.positions = self.ids.to(device), self.positions.to(device)
        self.mask = torch.cat([self.prefix_mask, suffix_mask], dim=1).to(device)
        self.cache = None
        if width:
            with torch.no_grad():
                out = model(input_ids=prefix_ids.to(device), attention_mask=self.prefix_mask.to(device),
                            position_ids=prefix_pos.to(device), use_cache=True, logits_to_keep=1)
            self.cache = out[_CACHE_ARG[0]] if _CACHE_ARG[0] in out else out.past_key_values

    def forward(self, keep: Any) -> Any:
        """Logits ``[rows, len(keep), vocab]`` at the suffix columns ``keep``."""
        import copy

        # A fresh copy per call: the cache grows by the suffix on every forward.
        cache = copy.deepcopy(self.cache) if self.cache is not None else None
        mask = self.mask if cache is not None else self.mask[:, self.prefix_mask.shape[1]:]
        cached = {_cache_arg(self.model): cache} if cache is not None else {}
        return self.model(input_ids=self.ids, attention_mask=mask, position_ids=self.positions, **cached,
                          use_cache=cache is not None, logits_to_keep=keep).logits.float()


_CACHE_ARG = ("cache", "past_key_values")  # transformers >= 5.x names it ``cache``; 4.x ``past_key_values``


def _cache_arg(model: Any) -> str:
    import inspect

    return _CACHE_ARG[0] if _CACHE_ARG[0] in inspect.signature(model.forward).parameters else _CACHE_ARG[1]


def optimise_delta(model: Any, tokenizer: Any, layout: EditLayout, layer: int, request: EditRequest,
                   config: EditConfig) -> Target:
    """δ on the output projection of ``layer`` at the subject's last token (see the module doc)."""
    import torch

    device = _device(model)
    variants = prefix_variants(request.prompt, request.subject)
    target_ids = continuation_ids(tokenizer, request.target)
    old_ids = continuation_ids(tokenizer, request.old) if config.unlearn > 0 and request.old else []
    # Each row is cut at its subject's last token (the cached prefix ends before it), or at 0 with
    # ``cache_prefix`` off (the whole row every step: the reference ``bench perf edit`` compares with).
    rows, subjects, spans = [], [], []  # spans: (first label position, label ids), in row coordinates
    for text in variants:
        prompt_ids = encode(tokenizer, text)
        pos = subject_position(tokenizer, text, request.subject)
        for cont in ([target_ids] + ([old_ids] if old_ids else [])):
            rows.append(prompt_ids + cont)
            subjects.append(pos)
            spans.append((len(prompt_ids) - 1, cont))
    n_main = len(rows)
    kl_texts = list(request.kl_prompts)
    for text in kl_texts:
        ids = encode(tokenizer, text)
        pos = subject_position(tokenizer, text, request.subject)
        rows.append(ids[: pos + 1])  # only the next-token distribution at the subject is compared
        subjects.append(pos)
    cuts = list(subjects) if config.cache_prefix else [0] * len(rows)
    batch = SplitBatch(model, rows, cuts, _pad_id(tokenizer))
    at = [s - c for s, c in zip(subjects, cuts)]  # the subject's column in each row's suffix
    label_positions = [list(range(first - c, first - c + len(cont))) for (first, cont), c in zip(spans, cuts)]
    keep, column = _kept_positions(label_positions + [[q] for q in at[n_main:]], device)
    where = torch.zeros((len(rows), batch.ids.shape[1], 1), device=device)
    where[torch.arange(len(rows)), torch.tensor(at)] = 1.0  # δ goes at the subject of every row
    is_old = [bool(old_ids) and i % 2 == 1 for i in range(n_main)]

    seen: list[Any] = []
    with torch.no_grad(), hooked(model, layout.down[layer], record=lambda _, o: seen.append(o)):
        logits = batch.forward(keep)
    value = seen[0][0, at[0]].detach().float()
    kl_rows = torch.arange(n_main, len(rows), device=device)
    kl_pos = torch.tensor([column[q] for q in at[n_main:]], device=device, dtype=torch.long)
    kl_init = torch.log_softmax(logits[kl_rows, kl_pos], dim=-1).detach() if kl_texts else None

    delta = torch.zeros(layout.hidden, device=device, requires_grad=True)
    optimiser = torch.optim.Adam([delta], lr=config.v_lr)
    limit = config.clamp_norm * value.norm()
    trainable = [p for p in model.parameters() if p.requires_grad]
    for p in trainable:
        p.requires_grad_(False)

    def add(output: Any) -> Any:
        return output + where.to(output.dtype) * delta.to(output.dtype)

    def nll_of(logp: Any) -> tuple[Any, Any]:
        target_terms, old_terms = [], []
        for i in range(n_main):
            first, cont = spans[i]
            positions = torch.tensor([column[q] for q in label_positions[i]], device=device)
            token_logp = logp[i, positions, torch.tensor(cont, device=device)]
            if is_old[i]:
                # + log p(old): the loss falls as the stale continuation becomes less likely; the
                # clamp on ||δ|| bounds how far this can go.
                old_terms.append(token_logp.mean())
            else:
                target_terms.append(-token_logp.mean())
        return torch.stack(target_terms).mean(), (torch.stack(old_terms).mean() if old_terms else None)

    history: list[float] = []
    nll_before = math.nan
    steps = 0
    try:
        for steps in range(1, config.v_steps + 1):
            optimiser.zero_grad()
            with hooked(model, layout.down[layer], edit=add):
                logp = torch.log_softmax(batch.forward(keep), dim=-1)
            nll, unlearn = nll_of(logp)
            loss = nll + config.weight_decay * delta.norm() ** 2 / value.norm().clamp(min=1e-8) ** 2
            if unlearn is not None:
                loss = loss + config.unlearn * unlearn
            if kl_init is not None:
                kl_now = logp[kl_rows, kl_pos]
                loss = loss + config.kl_weight * torch.nn.functional.kl_div(
                    kl_init, kl_now, log_target=True, reduction="batchmean")
            if steps == 1:
                nll_before = float(nll.detach())
            history.append(round(float(loss.detach()), 5))
            if not math.isfinite(history[-1]):
                raise EditGuardError(f"{request.id}: the v* objective is {history[-1]} at step {steps}; "
                                     "lower -S v_lr or raise -S weight_decay")
            if float(nll.detach()) < 0.05 and unlearn is None:
                break  # the target is already near certain: more steps only grow δ
            loss.backward()
            optimiser.step()
            with torch.no_grad():
                norm = delta.norm()
                if norm > limit:
                    delta.mul_(limit / norm)
        with torch.no_grad(), hooked(model, layout.down[layer], edit=add):
            logp = torch.log_softmax(batch.forward(keep), dim=-1)
            nll_after = float(nll_of(logp)[0])
    finally:
        for p in trainable:
            p.requires_grad_(True)
    result = delta.detach()
    if not bool(torch.isfinite(result).all()):
        raise EditGuardError(f"{request.id}: the optimised target value has NaN or infinite entries; nothing applied")
    return Target(request=request.id, delta=result, value=value, nll_before=nll_before, nll_after=nll_after,
                  steps=steps, history=history)


# -- updates ---------------------------------------------------------------------------------------


def regularised(moment: Any, ridge: float) -> Any:
    import torch

    scale = float(torch.diagonal(moment).mean()) or 1.0
    return moment + ridge * scale * torch.eye(moment.shape[0], dtype=moment.dtype, device=moment.device)


def check_finite(update: Update) -> None:
    import torch

    for name, tensor in (("U", update.u), ("V", update.v)):
        if not bool(torch.isfinite(tensor).all()):
            bad = int((~torch.isfinite(tensor)).sum())
            raise EditGuardError(f"update of layer {update.layer} for {', '.join(update.requests)}: factor {name} has "
                                 f"{bad} NaN or infinite entries; the update was not applied")


def apply_update(model: Any, layout: EditLayout, update: Update) -> None:
    """W += U Vᵀ, after the finiteness check (a refused update leaves W as it was)."""
    import torch

    check_finite(update)
    weight = layout.weight(model, update.layer)
    change = (update.u.double() @ update.v.double().T).to(weight.device, weight.dtype)
    if not bool(torch.isfinite(change).all()):
        raise EditGuardError(f"update of layer {update.layer} for {', '.join(update.requests)} overflows "
                             f"{weight.dtype}; the update was not applied")
    with torch.no_grad():
        weight.add_(change)


def rome_factors(weight: Any, moment: Any, key: Any, value: Any, request: str, layer: int) -> Update:
    """The rank-one ROME update mapping ``key`` to ``value``, through the (regularised) second moment."""
    import torch

    w, k, v = weight.detach().double().cpu(), key.double().cpu(), value.double().cpu()
    c_inv_k = torch.linalg.solve(moment.double().cpu(), k)
    denominator = torch.dot(c_inv_k, k)
    update = Update(layer=layer, requests=(request,), u=(v - w @ k).unsqueeze(1),
                    v=(c_inv_k / denominator).unsqueeze(1))
    check_finite(update)
    return update


def memit_factors(keys: Any, residuals: Any, moment: Any, weight: float, requests: tuple[str, ...],
                  layer: int) -> Update:
    """ΔW = R Kᵀ (λ C + K Kᵀ)⁻¹ with keys ``[n, intermediate]`` and residuals ``[n, hidden]``."""
    import torch

    k = keys.double().cpu().T  # [intermediate, n]
    system = weight * moment.double().cpu() + k @ k.T
    update = Update(layer=layer, requests=requests, u=residuals.double().cpu().T, v=torch.linalg.solve(system, k))
    check_finite(update)
    return update


def null_space_projector(moment: Any, threshold: float) -> tuple[Any, int]:
    """P = U Uᵀ over the eigenvectors of the preserved keys' second moment whose eigenvalue is below
    ``threshold`` × the largest; and the null space's dimension."""
    import torch

    values, vectors = torch.linalg.eigh(moment.double().cpu())
    small = values < threshold * values.max()
    basis = vectors[:, small]
    return basis @ basis.T, int(small.sum())


def alphaedit_factors(keys: Any, residuals: Any, projector: Any, earlier: Any, alpha: float,
                      requests: tuple[str, ...], layer: int) -> Update:
    """ΔW = R K₁ᵀ P (K_p K_pᵀ P + K₁ K₁ᵀ P + α I)⁻¹; ``earlier`` = K_p K_pᵀ of the batches before."""
    import torch

    k = keys.double().cpu().T
    p = projector.double().cpu()
    system = p @ (k @ k.T + earlier.double().cpu()) + alpha * torch.eye(k.shape[0], dtype=torch.float64)
    # V = (P M + αI)⁻¹ P K, so that ΔW = R Vᵀ = R K₁ᵀ P (M P + αI)⁻¹ (M, P symmetric).
    update = Update(layer=layer, requests=requests, u=residuals.double().cpu().T, v=torch.linalg.solve(system, p @ k))
    check_finite(update)
    return update


# -- the three methods -------------------------------------------------------------------------------

Progress = Callable[[int, int], None]


def run_rome(model: Any, tokenizer: Any, layout: EditLayout, layer: int, requests: Sequence[EditRequest],
             moment: Any, config: EditConfig, progress: Progress = lambda d, t: None
             ) -> tuple[list[Update], list[Target]]:
    """One rank-one update per request, applied before the next request is computed."""
    c = regularised(moment, config.ridge)
    updates, targets = [], []
    for i, request in enumerate(requests):
        target = optimise_delta(model, tokenizer, layout, layer, request, config)
        key = request_keys(model, tokenizer, layout, layer, [request])[0]
        weight = layout.weight(model, layer)
        value = (weight.detach().float() @ key.to(weight.device)) + target.delta.to(weight.device)
        update = rome_factors(weight, c, key, value, request.id, layer)
        apply_update(model, layout, update)
        updates.append(update)
        targets.append(target)
        progress(i + 1, len(requests))
    return updates, targets


SolveLayer = Callable[[int, Any, Any, tuple[str, ...]], Update]


def run_spread(model: Any, tokenizer: Any, layout: EditLayout, layers: Sequence[int],
               requests: Sequence[EditRequest], config: EditConfig, solve_layer: SolveLayer,
               after_batch: Callable[[int, Any], None] = lambda layer, keys: None,
               progress: Progress = lambda d, t: None) -> tuple[list[Update], list[Target]]:
    """MEMIT's spread over ``layers`` (ascending) for batches of ``config.batch_size`` requests (0:
    one batch); ``solve_layer(layer, keys, residuals, ids)`` gives each layer's update;
    ``after_batch(layer, keys)`` sees each layer's keys once its batch is applied (AlphaEdit's K_p)."""
    layers = sorted(layers)
    last = layers[-1]
    size = config.batch_size or len(requests)
    updates: list[Update] = []
    targets: list[Target] = []
    done = 0
    for start in range(0, len(requests), size):
        batch = list(requests[start: start + size])
        ids = tuple(r.id for r in batch)
        batch_targets = [optimise_delta(model, tokenizer, layout, last, r, config) for r in batch]
        goal = residual_at(model, tokenizer, layout, last, batch, [t.delta for t in batch_targets], last)
        batch_keys = {}
        for i, layer in enumerate(layers):
            keys = request_keys(model, tokenizer, layout, layer, batch)
            current = residual_at(model, tokenizer, layout, last, batch)
            residuals = (goal - current) / (len(layers) - i)
            update = solve_layer(layer, keys, residuals, ids)
            apply_update(model, layout, update)
            updates.append(update)
            batch_keys[layer] = keys
        for layer, keys in batch_keys.items():
            after_batch(layer, keys)
        targets.extend(batch_targets)
        done += len(batch)
        progress(done, len(requests))
    return updates, targets


def run_memit(model: Any, tokenizer: Any, layout: EditLayout, layers: Sequence[int],
              requests: Sequence[EditRequest], moments: dict[int, Any], config: EditConfig,
              progress: Progress = lambda d, t: None) -> tuple[list[Update], list[Target]]:
    weight = config.mom2_weight if config.mom2_weight is not None else float(layout.intermediate)
    cs = {layer: regularised(moments[layer], config.ridge) for layer in layers}
    return run_spread(model, tokenizer, layout, layers, requests, config,
                      lambda layer, k, r, ids: memit_factors(k, r, cs[layer], weight, ids, layer), progress=progress)


def run_alphaedit(model: Any, tokenizer: Any, layout: EditLayout, layers: Sequence[int],
                  requests: Sequence[EditRequest], projectors: dict[int, Any], config: EditConfig,
                  progress: Progress = lambda d, t: None) -> tuple[list[Update], list[Target]]:
    import torch

    earlier = {layer: torch.zeros(layout.intermediate, layout.intermediate, dtype=torch.float64) for layer in layers}

    def remember(layer: int, keys: Any) -> None:
        k = keys.double().cpu().T
        earlier[layer] += k @ k.T

    return run_spread(model, tokenizer, layout, layers, requests, config,
                      lambda layer, k, r, ids: alphaedit_factors(k, r, projectors[layer], earlier[layer],
                                                                 config.alpha, ids, layer),
                      after_batch=remember, progress=progress)
