"""Solvers that update model weights: LoRA SFT (``lora``), LoRA on the deepest layers (``hier_lora``), DPO (``dpo``)."""

from solvers.train.guards import AllMaskedError, NonFiniteLossError, TrainingGuardError
from solvers.train.layers import LayerSelection, LayerSpecError
from solvers.train.solvers import AdapterSolver, DpoSolver, HierLoraSolver, LoraSolver

__all__ = ["AdapterSolver", "AllMaskedError", "DpoSolver", "HierLoraSolver", "LayerSelection", "LayerSpecError",
           "LoraSolver", "NonFiniteLossError", "TrainingGuardError"]
