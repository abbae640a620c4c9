"""Causal tracing (Meng et al., ROME §2): which hidden states carry the stale API association.

The subject's token embeddings are corrupted with Gaussian noise (3 × the embedding matrix's
standard deviation), which lowers the probability of the old continuation's first token at the
last position. Then one state of the clean run is restored at a time — the residual stream after
a layer (``hidden``), or the output of the MLP or of self-attention over a window of layers
around it — at one token, and the probability recovered is its *restoration effect*:
p(restored) − p(corrupted), averaged over noise samples. The layer where restoring the MLP at the
subject's last token recovers most is where ROME edits.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from solvers.edit.algorithms import continuation_ids, encode, subject_position
from solvers.edit.layout import EditLayout, hooked
from solvers.edit.requests import EditRequest

KINDS = ("hidden", "mlp", "attn")



@dataclass(frozen=True)
class Trace:
    request: str
    tokens: tuple[str, ...]
    subject_tokens: tuple[int, ...]
    answer: str
    clean: float  # p(answer) in the clean run
    corrupted: float
    effects: dict[str, list[list[float]]]  # kind -> [layer][token] restoration effect

    def best_layer(self, kind: str = "mlp") -> int:
        """The layer whose state at the subject's last token restores most."""
        at = self.subject_tokens[-1]
        column = [row[at] for row in self.effects[kind]]
        return max(range(len(column)), key=column.__getitem__)


def _module(layout: EditLayout, kind: str, layer: int) -> str:
    return {"hidden": layout.layers, "mlp": layout.mlp, "attn": layout.attn}[kind][layer]


def _embedding(model: Any) -> Any:
    return model.get_input_embeddings()


def causal_trace(model: Any, tokenizer: Any, layout: EditLayout, request: EditRequest, samples: int = 5,
                 window: int = 5, seed: int = 0, progress: Callable[[int, int], None] = lambda d, t: None) -> Trace:
    import torch

    prompt = request.prompt
    ids = encode(tokenizer, prompt)
    answer = continuation_ids(tokenizer, request.old or request.target)[0]
    last = subject_position(tokenizer, prompt, request.subject)
    enc = tokenizer(prompt, return_offsets_mapping=True)
    start = prompt.rfind(request.subject)
    subject = [i for i, (a, b) in enumerate(enc["offset_mapping"]) if b > a and a < start + len(request.subject)
               and b > start] or [last]
    device = next(model.parameters()).device
    batch = torch.tensor([ids] * (samples + 1), device=device)
    generator = torch.Generator().manual_seed(seed)
    scale = 3 * float(_embedding(model).weight.detach().float().std())
    noise = torch.randn((samples, len(subject), layout.hidden), generator=generator) * scale

    def corrupt(output: Any) -> Any:
        bumped = output.clone()
        bumped[-samples:, subject] += noise.to(output.device, output.dtype)  # the first row of a full batch is clean
        return bumped

    clean_states: dict[tuple[str, int], Any] = {}
    recorders = contextlib.ExitStack()
    for kind in KINDS:
        for layer in range(layout.num_layers):
            def keep(_: Any, out: Any, key: tuple[str, int] = (kind, layer)) -> None:
                clean_states[key] = out[0].detach().clone()
            recorders.enter_context(hooked(model, _module(layout, kind, layer), record=keep))

    def probability(logits: Any) -> Any:
        return torch.softmax(logits[:, -1].float(), dim=-1)[:, answer]

    embed_name = next(n for n, m in model.named_modules() if m is _embedding(model))
    with torch.no_grad():
        with recorders, hooked(model, embed_name, edit=corrupt):
            probs = probability(model(input_ids=batch).logits)
        clean, corrupted = float(probs[0]), float(probs[1:].mean())
        effects: dict[str, list[list[float]]] = {}
        total, done = len(KINDS) * layout.num_layers, 0
        for kind in KINDS:
            rows = []
            for layer in range(layout.num_layers):
                span = [layer] if kind == "hidden" else list(range(max(0, layer - window // 2),
                                                                    min(layout.num_layers, layer + window // 2 + 1)))
                # States before the first subject token are the same in the clean and the corrupted
                # run (a causal model; the noise is on the subject): restoring them changes nothing.
                row = [0.0] * subject[0]
                for token in range(subject[0], len(ids)):
                    with contextlib.ExitStack() as stack:
                        stack.enter_context(hooked(model, embed_name, edit=corrupt))
                        for l in span:
                            def restore(out: Any, state: Any = clean_states[(kind, l)], t: int = token) -> Any:
                                fixed = out.clone()
                                fixed[:, t] = state[t]
                                return fixed
                            stack.enter_context(hooked(model, _module(layout, kind, l), edit=restore))
                        row.append(round(float(probability(model(input_ids=batch[1:]).logits).mean()) - corrupted, 5))
                rows.append(row)
                done += 1
                progress(done, total)
            effects[kind] = rows
    tokens = tuple(tokenizer.decode([t]) for t in ids)
    return Trace(request=request.id, tokens=tokens, subject_tokens=tuple(subject), answer=tokenizer.decode([answer]),
                 clean=round(clean, 5), corrupted=round(corrupted, 5), effects=effects)


def heatmap_png(trace: Trace, path: Path, cell: int = 14) -> None:
    """One panel per kind: layers across, tokens down, white (no effect) to dark (the largest)."""
    from PIL import Image, ImageDraw

    label_w, gap, top = 160, 24, 30
    n_tokens = len(trace.tokens)
    layers = len(next(iter(trace.effects.values())))
    panel_w = layers * cell
    image = Image.new("RGB", (label_w + len(KINDS) * (panel_w + gap), top + n_tokens * cell + 30), "white")
    draw = ImageDraw.Draw(image)
    colours = {"hidden": (90, 40, 140), "mlp": (20, 100, 60), "attn": (160, 40, 30)}
    for t, token in enumerate(trace.tokens):
        mark = "*" if t in trace.subject_tokens else " "
        draw.text((4, top + t * cell), f"{mark}{token!r}"[:24], fill="black")
    for k, kind in enumerate(KINDS):
        x0 = label_w + k * (panel_w + gap)
        rows = trace.effects[kind]
        peak = max(max(max(r) for r in rows), 1e-9)
        draw.text((x0, 4), f"{kind} (max {peak:.3f})", fill="black")
        for layer, row in enumerate(rows):
            for t, value in enumerate(row):
                share = max(0.0, min(1.0, value / peak))
                r, g, b = colours[kind]
                fill = tuple(int(255 - share * (255 - c)) for c in (r, g, b))
                draw.rectangle([x0 + layer * cell, top + t * cell, x0 + (layer + 1) * cell - 1,
                                top + (t + 1) * cell - 1], fill=fill)
        draw.text((x0, top + n_tokens * cell + 8), f"layers 0-{layers - 1}", fill="black")
    image.save(path)


def average_best_layer(traces: Sequence[Trace], kind: str = "mlp") -> int:
    """The layer with the largest mean effect at the subject's last token over several traces."""
    layers = len(traces[0].effects[kind])
    means = [sum(t.effects[kind][layer][t.subject_tokens[-1]] for t in traces) / len(traces) for layer in range(layers)]
    return max(range(layers), key=means.__getitem__)
