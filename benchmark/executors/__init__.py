"""Where sandbox jobs run: on this machine (``local``) or spread over a Ray cluster (``ray``).

The runner hands an :class:`Executor` one scoring job per candidate and stores each row itself,
so resume, the run lock, infrastructure retries and the results format are the same whichever
executor ran the jobs.
"""

from benchmark.executors.base import Executor, LocalExecutor, then

__all__ = ["Executor", "LocalExecutor", "then"]
