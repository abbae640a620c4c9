"""Shared model layer: provisioning and loading of causal LMs, batched generation, code extraction."""

from solvers.lm.generate import Generation, GenerationStats, extract_code, generate, render_prompt
from solvers.lm.models import DEFAULT_MODEL, EMBEDDED, LoadedModel, ModelError, load, provision

__all__ = ["DEFAULT_MODEL", "EMBEDDED", "Generation", "GenerationStats", "LoadedModel", "ModelError", "extract_code",
           "generate", "load", "provision", "render_prompt"]
