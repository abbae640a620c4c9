"""Where an edit goes: the decoder layers, and in each the MLP's output projection, found from the config.

Gated MLPs (Llama, Qwen2, Gemma 3, Mistral) compute ``down_proj(act(gate_proj(x)) * up_proj(x))``:
the *key* is the input of the output projection (``intermediate_size`` wide) and the *value* its
output (``hidden_size`` wide); the projection's weight is ``[hidden_size, intermediate_size]``.
The projection is the one linear layer inside a decoder layer that maps ``intermediate_size`` to
``hidden_size`` — found by shape, so a model whose modules are named differently works too, and
the two widths cannot be mixed up.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

_LAYER = re.compile(r"(?:^|\.)(?:layers|h|blocks)\.(\d+)$")


class LayoutError(RuntimeError):
    """The model has no decoder layers with an MLP output projection this package can edit."""


@dataclass(frozen=True)
class EditLayout:
    num_layers: int
    hidden: int  # hidden_size: width of the residual stream and of a value
    intermediate: int  # intermediate_size: width of a key
    layers: tuple[str, ...]  # module name of each decoder layer
    down: tuple[str, ...]  # module name of each layer's MLP output projection
    mlp: tuple[str, ...]  # the module that owns it
    attn: tuple[str, ...]  # each layer's self-attention module

    def module(self, model: Any, name: str) -> Any:
        return model.get_submodule(name)

    def weight(self, model: Any, layer: int) -> Any:
        """The output projection's weight, ``[hidden, intermediate]``."""
        return model.get_submodule(self.down[layer]).weight


def text_config(model: Any) -> Any:
    config = model.config
    return config.get_text_config() if hasattr(config, "get_text_config") else config


def edit_layout(model: Any) -> EditLayout:
    import torch

    config = text_config(model)
    hidden, intermediate = int(config.hidden_size), int(config.intermediate_size)
    if hidden == intermediate:
        # A square projection cannot be told apart from the others by shape.
        raise LayoutError(f"{type(model).__name__}: hidden_size == intermediate_size ({hidden}); "
                          "the MLP output projection cannot be identified by shape")
    stack: dict[int, str] = {}
    for name, _ in model.named_modules():
        match = _LAYER.search(name)
        if match:
            stack.setdefault(int(match.group(1)), name)
    if not stack:
        raise LayoutError(f"{type(model).__name__}: no numbered decoder layers (model.layers.N)")
    layers, down, mlp, attn = [], [], [], []
    for index in sorted(stack):
        layer_name = stack[index]
        layer = model.get_submodule(layer_name)
        projections = [n for n, m in layer.named_modules() if isinstance(m, torch.nn.Linear)
                       and m.in_features == intermediate and m.out_features == hidden]
        if len(projections) != 1:
            raise LayoutError(f"{layer_name}: expected one linear layer {intermediate} -> {hidden} (the MLP "
                              f"output projection), found {len(projections)}")
        attention = [n for n, m in layer.named_children() if ("attn" in n or "attention" in n)
                     and any(isinstance(c, torch.nn.Linear) for c in m.modules())]  # not the norms beside it
        if len(attention) != 1:
            raise LayoutError(f"{layer_name}: expected one self-attention child module, found {attention}")
        layers.append(layer_name)
        down.append(f"{layer_name}.{projections[0]}")
        owner = projections[0].rsplit(".", 1)[0] if "." in projections[0] else ""
        mlp.append(f"{layer_name}.{owner}" if owner else layer_name)
        attn.append(f"{layer_name}.{attention[0]}")
    return EditLayout(num_layers=len(layers), hidden=hidden, intermediate=intermediate, layers=tuple(layers),
                      down=tuple(down), mlp=tuple(mlp), attn=tuple(attn))


def _first(output: Any) -> Any:
    return output[0] if isinstance(output, tuple) else output


@contextlib.contextmanager
def hooked(model: Any, name: str, edit: Callable[[Any], Any] | None = None,
           record: Callable[[Any, Any], None] | None = None) -> Iterator[None]:
    """A forward hook on module ``name``: ``record(input, output)`` sees its input and output;
    ``edit(output) -> output`` replaces its (first) output."""
    module = model.get_submodule(name)

    def hook(mod: Any, args: tuple, output: Any) -> Any:
        if record is not None:
            record(args[0] if args else None, _first(output))
        if edit is None:
            return None
        new = edit(_first(output))
        return (new, *output[1:]) if isinstance(output, tuple) else new

    handle = module.register_forward_hook(hook)
    try:
        yield
    finally:
        handle.remove()
