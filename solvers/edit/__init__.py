"""Model editing: ROME, MEMIT and AlphaEdit on the MLP output projection, from edit requests built
from the train split (``rome``, ``memit``, ``alphaedit``)."""

from solvers.edit.algorithms import EditGuardError
from solvers.edit.layout import LayoutError
from solvers.edit.solvers import AlphaEditSolver, EditSolver, MemitSolver, RomeSolver

__all__ = ["AlphaEditSolver", "EditGuardError", "EditSolver", "LayoutError", "MemitSolver", "RomeSolver"]
