"""Guards that make a broken training run fail loudly instead of quietly learning nothing.

Two failure modes are silent by default in the Hugging Face stack:

- an example whose completion is cut away by ``max_length`` has every label masked; TRL drops
  such examples from the dataset without a word, and a batch made only of them gives a 0/0 =
  NaN loss;
- a NaN or infinite loss: ``Trainer`` replaces it in the logs by the running mean
  (``logging_nan_inf_filter``) and carries on with poisoned weights.

:class:`GuardedCollator` checks every batch before the forward pass, :class:`FiniteLossGuard`
checks every logged loss (logging every step, with the filter off), and
:func:`check_prepared` compares the dataset the trainer prepared with the tasks it was given.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

UID = "uid"  # dataset column carrying the task id through TRL's preparation to the collator


class TrainingGuardError(RuntimeError):
    """Training data or training itself is broken; the message names the tasks involved."""


class AllMaskedError(TrainingGuardError):
    """Some examples have no supervised token left (their completion was truncated away)."""


class NonFiniteLossError(TrainingGuardError):
    """The loss or the gradient norm became NaN or infinite."""


def _names(uids: Sequence[str], limit: int = 8) -> str:
    shown = ", ".join(uids[:limit])
    return shown + (f" and {len(uids) - limit} more" if len(uids) > limit else "")


@dataclass
class BatchLog:
    """The tasks in the batch most recently handed to the model, for error messages."""

    uids: list[str] = field(default_factory=list)


def supervised_rows(batch: dict[str, Any]) -> list[bool]:
    """Per row of a collated batch: does any token carry loss?

    Causal LMs predict token t from tokens before it, so the first position never carries loss:
    only positions 1.. count. SFT batches mark loss with ``labels`` != -100; DPO batches with a
    ``completion_mask`` over chosen rows followed by rejected rows.
    """
    if "labels" in batch:
        return (batch["labels"][:, 1:] != -100).any(dim=1).tolist()
    if "completion_mask" in batch:
        return (batch["completion_mask"][:, 1:] != 0).any(dim=1).tolist()
    raise TrainingGuardError(f"cannot tell supervised tokens in a batch with keys {sorted(batch)}")


class GuardedCollator:
    """Wraps a TRL collator: strips the task ids, collates, refuses rows without supervised tokens."""

    def __init__(self, inner: Callable[[list[dict[str, Any]]], dict[str, Any]], max_length: int | None,
                 log: BatchLog | None = None) -> None:
        self.inner = inner
        self.max_length = max_length
        self.log = log or BatchLog()

    def __call__(self, examples: list[dict[str, Any]]) -> dict[str, Any]:
        uids = [str(e.get(UID, f"example {i}")) for i, e in enumerate(examples)]
        batch = self.inner([{k: v for k, v in e.items() if k != UID} for e in examples])
        rows = supervised_rows(batch)
        # DPO stacks chosen rows on rejected rows: row r belongs to example r mod len(examples).
        empty = sorted({uids[r % len(uids)] for r, ok in enumerate(rows) if not ok})
        if empty:
            scope = "the whole batch" if len(empty) == len(set(uids)) else f"{len(empty)} of {len(set(uids))} examples"
            raise AllMaskedError(
                f"every label is masked for {scope} ({_names(empty)}): no completion token is left to learn from, "
                f"which would give a NaN or zero loss. The prompt fills max_length={self.max_length}; "
                "raise -S max_length or shorten the prompt (e.g. with_doc=false).")
        self.log.uids = uids
        return batch


class FiniteLossGuard:
    """Raises on the first NaN or infinite loss or gradient norm, and records the loss curve.

    ``callback()`` hooks it into a ``Trainer``; the class itself stays free of transformers so
    that listing solvers does not import the model stack.
    """

    KEYS = ("loss", "grad_norm", "train_loss")

    def __init__(self, log: BatchLog | None = None, report: Callable[[int, float], None] | None = None) -> None:
        self.log = log or BatchLog()
        self.report = report
        self.losses: list[float] = []

    def check(self, logs: dict[str, float], step: int, epoch: float | None) -> None:
        for key in self.KEYS:
            value = logs.get(key)
            if value is not None and not math.isfinite(float(value)):
                raise NonFiniteLossError(
                    f"training {key} is {value} at step {step} (epoch {epoch or 0:.2f}); tasks in the last batch: "
                    f"{_names(self.log.uids) or 'unknown'}. Lower -S lr, check the data, and never train in fp16.")
        if "loss" in logs:
            self.losses.append(float(logs["loss"]))
            if self.report is not None:
                self.report(step, float(logs["loss"]))

    def callback(self) -> Any:
        from transformers import TrainerCallback

        guard = self

        class _OnLog(TrainerCallback):
            def on_log(self, args: Any, state: Any, control: Any, logs: dict[str, float] | None = None,
                       **kwargs: Any) -> None:
                guard.check(logs or {}, state.global_step, state.epoch)

        return _OnLog()


def check_prepared(dataset: Any, expected: Sequence[str], max_length: int, lengths: dict[str, int]) -> None:
    """Fail when the trainer's dataset preparation dropped tasks (TRL drops fully masked examples silently).

    ``lengths`` gives the prompt length in tokens per task, for the message.
    """
    kept = set(dataset[UID])
    dropped = [uid for uid in expected if uid not in kept]
    if dropped:
        detail = ", ".join(f"{uid} (prompt {lengths.get(uid, '?')} tokens)" for uid in dropped[:8])
        more = f" and {len(dropped) - 8} more" if len(dropped) > 8 else ""
        raise AllMaskedError(
            f"{len(dropped)} of {len(expected)} training examples have every label masked after truncation to "
            f"max_length={max_length}: {detail}{more}. Their completions would be dropped silently; raise "
            "-S max_length or shorten the prompt (e.g. with_doc=false).")
