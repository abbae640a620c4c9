"""Where LoRA adapters go: the decoder layers of a causal LM, their projections, and a layer selection.

Layer selections (``-S layers=...``):

- ``all`` — every decoder layer;
- ``20-29`` or ``0-3,10,12`` — explicit indices and inclusive ranges;
- ``top:1/3``, ``bottom:0.25``, ``middle:0.5`` — a share of the layers (a fraction, written with
  ``/`` or ``.``) at the deep end, the shallow end or centred;
- ``top:8`` — a count of layers instead of a share.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

# Decoder stacks are ``<prefix>.layers.<i>.`` (Llama, Gemma, Qwen2, Mistral), ``.h.<i>.`` (GPT-2)
# or ``.blocks.<i>.``; the captured name is what PEFT calls ``layers_pattern``.
_LAYER = re.compile(r"(?:^|\.)(?P<stack>layers|h|blocks)\.(?P<index>\d+)\.")
_SHARE = re.compile(r"^(top|bottom|middle):(\S+)$")
_RANGES = re.compile(r"^\d+(-\d+)?(,\d+(-\d+)?)*$")


class LayerSpecError(ValueError):
    """A layer selection that cannot be parsed or does not fit the model."""


@dataclass(frozen=True)
class LayerSelection:
    """A parsed ``-S layers=...`` value; ``resolve(n)`` turns it into indices for a model of n layers."""

    text: str

    def __post_init__(self) -> None:
        self._parts()  # fail at option validation, not in the middle of a run

    def _parts(self) -> tuple[str, Any]:
        text = self.text.replace(" ", "")
        if text == "all":
            return "all", None
        share = _SHARE.match(text)
        if share:
            where, amount = share.groups()
            try:
                value = Fraction(amount)
            except (ValueError, ZeroDivisionError):
                raise LayerSpecError(f"layers={self.text!r}: {amount!r} is neither a share (1/3, 0.25) "
                                     "nor a count") from None
            is_share = "/" in amount or "." in amount
            if is_share and not 0 < value <= 1:
                raise LayerSpecError(f"layers={self.text!r}: a share must lie in (0, 1]")
            if not is_share and value < 1:
                raise LayerSpecError(f"layers={self.text!r}: a count must be at least 1")
            return where, (value, is_share)
        if _RANGES.match(text):
            indices: set[int] = set()
            for part in text.split(","):
                lo, _, hi = part.partition("-")
                first, last = int(lo), int(hi or lo)
                if last < first:
                    raise LayerSpecError(f"layers={self.text!r}: range {part} runs backwards")
                indices.update(range(first, last + 1))
            return "explicit", tuple(sorted(indices))
        raise LayerSpecError(f"layers={self.text!r}: expected all, A-B[,C...], top:F, bottom:F or middle:F "
                             "(F a share such as 1/3 or 0.25, or a count such as 8)")

    def resolve(self, num_layers: int) -> list[int]:
        kind, arg = self._parts()
        if kind == "all":
            return list(range(num_layers))
        if kind == "explicit":
            outside = [i for i in arg if i >= num_layers]
            if outside:
                raise LayerSpecError(f"layers={self.text!r}: the model has layers 0-{num_layers - 1}; "
                                     f"{', '.join(map(str, outside))} do not exist")
            return list(arg)
        value, is_share = arg
        # Fractions are exact, so "top:1/3" of 30 layers is 10, not 11 from float noise.
        count = min(num_layers, max(1, math.ceil(value * num_layers) if is_share else int(value)))
        start = {"top": num_layers - count, "bottom": 0, "middle": (num_layers - count) // 2}[kind]
        return list(range(start, start + count))


def describe(indices: list[int]) -> str:
    """Compact text for a set of layer indices: ``20-29`` or ``0-3,10``."""
    runs: list[list[int]] = []
    for i in sorted(set(indices)):
        if runs and runs[-1][1] == i - 1:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return ",".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


@dataclass(frozen=True)
class DecoderLayout:
    """The decoder stack of a model as PEFT needs it: how layers are named and what to adapt in them."""

    stack: str  # PEFT ``layers_pattern``
    num_layers: int
    targets: tuple[str, ...]  # leaf names of the projections inside every layer


def decoder_layout(model: Any) -> DecoderLayout:
    """Find the decoder layers and the linear projections in them (attention and MLP) from module names."""
    import torch
    from transformers.pytorch_utils import Conv1D

    stacks: Counter[str] = Counter()
    indices: set[int] = set()
    leaves: set[str] = set()
    for name, module in model.named_modules():
        match = _LAYER.search(name)
        if match is None or not isinstance(module, (torch.nn.Linear, Conv1D)):
            continue
        stacks[match["stack"]] += 1
        indices.add(int(match["index"]))
        leaves.add(name.rsplit(".", 1)[-1])
    if not stacks:
        raise LayerSpecError(f"{type(model).__name__}: no linear projections inside numbered decoder layers "
                             "(expected module names like model.layers.0.self_attn.q_proj)")
    stack = stacks.most_common(1)[0][0]
    config = model.config.get_text_config() if hasattr(model.config, "get_text_config") else model.config
    num_layers = int(getattr(config, "num_hidden_layers", 0) or (max(indices) + 1))
    return DecoderLayout(stack=stack, num_layers=num_layers, targets=tuple(sorted(leaves)))
