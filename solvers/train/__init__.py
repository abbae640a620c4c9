"""Solvers that update model weights: LoRA SFT (``lora``), LoRA on the deepest layers (``hier_lora``), DPO (``dpo``),
GRPO with an executed reward (``grpo``)."""

from solvers.train.grpo import GrpoSolver, NoSandboxError
from solvers.train.guards import AllMaskedError, NonFiniteLossError, TrainingGuardError
from solvers.train.layers import LayerSelection, LayerSpecError
from solvers.train.solvers import AdapterSolver, DpoSolver, HierLoraSolver, LoraSolver

__all__ = ["AdapterSolver", "AllMaskedError", "DpoSolver", "GrpoSolver", "HierLoraSolver", "LayerSelection", "LayerSpecError",
           "LoraSolver", "NoSandboxError", "NonFiniteLossError", "TrainingGuardError"]
