"""Solver plugins. Each is registered under the entry-point group ``bench.solvers``."""

from solvers.base import Candidate, Problem, SolveContext, Solver

__all__ = ["Candidate", "Problem", "SolveContext", "Solver"]
