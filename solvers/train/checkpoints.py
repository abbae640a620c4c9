"""Training checkpoints in the run folder, so a killed run resumes training where it stopped.

On 2 CPU cores the default budget is about two hours of training; without checkpoints a run
killed in its second hour would start again from step 0. The trainer saves its full state (adapter,
optimizer, scheduler, RNG, step) every ``save_every`` steps; a later session of the same run with
the same training (solver, model revision, the options that change what is learned, the same
train tasks) continues from the latest one and ends where an uninterrupted run would. The folder
is removed once the adapter is saved.
"""

from __future__ import annotations

import json
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

CHECKPOINT_DIR = "checkpoints"
IDENTITY = "identity.json"  # what training these checkpoints belong to
PROGRESS = "progress.json"  # training seconds and peak memory up to each step of this session


@dataclass
class Progress:
    """What earlier sessions spent to reach the checkpoint training resumes from."""

    checkpoint: str | None = None
    step: int = 0
    train_s: float = 0.0
    peak_mem_mb: float = 0.0
    losses: list[float] = field(default_factory=list)


class TrainingCheckpoints:
    def __init__(self, folder: Path, identity: dict[str, Any], log: Callable[[str], None]) -> None:
        self.folder = folder
        self.identity = identity
        self.log = log

    def resume_point(self) -> Progress:
        """The latest checkpoint of an interrupted training identical to this one; anything else in
        the folder (another training's checkpoints, a torn save) is cleared first."""
        from transformers.trainer_utils import get_last_checkpoint

        stored = self.folder / IDENTITY
        if self.folder.is_dir():
            same = stored.is_file() and json.loads(stored.read_text()) == self.identity
            latest = get_last_checkpoint(str(self.folder)) if same else None
            state_file = Path(latest or "") / "trainer_state.json"
            progress_file = self.folder / PROGRESS
            if latest and state_file.is_file() and progress_file.is_file():
                state = json.loads(state_file.read_text())
                spent = json.loads(progress_file.read_text()).get(str(state["global_step"]))
                if spent:
                    self.log(f"resuming training from {Path(latest).name} of an earlier session")
                    # The losses come from the checkpoint itself, written with it.
                    losses = [e["loss"] for e in state["log_history"] if "loss" in e]
                    return Progress(checkpoint=latest, step=state["global_step"], train_s=spent["train_s"],
                                    peak_mem_mb=spent["peak_mem_mb"], losses=losses)
            if any(self.folder.iterdir()):
                why = "of a different training" if not same else "with no complete checkpoint"
                self.log(f"discarding training checkpoints {why} in {self.folder}")
            shutil.rmtree(self.folder)
        self.folder.mkdir(parents=True)
        stored.write_text(json.dumps(self.identity, indent=2))
        return Progress()

    def callback(self, earlier: Progress, started: float, peak: Callable[[], float]) -> Any:
        """Records the training seconds and peak memory at the end of every step, before the trainer
        logs and saves that step, so every checkpoint has its entry whenever the process dies."""
        from transformers import TrainerCallback

        folder = self.folder
        # Kept with the resume point's entry: a session killed before its first checkpoint leaves that
        # checkpoint as the latest one, still to be resumed from.
        spent = ({str(earlier.step): {"train_s": earlier.train_s, "peak_mem_mb": earlier.peak_mem_mb}}
                 if earlier.checkpoint else {})

        class _Progress(TrainerCallback):
            def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
                spent[str(state.global_step)] = {"train_s": round(earlier.train_s + time.monotonic() - started, 2),
                                                 "peak_mem_mb": round(max(peak(), earlier.peak_mem_mb), 1)}
                tmp = folder / (PROGRESS + ".tmp")
                tmp.write_text(json.dumps(spent))
                tmp.replace(folder / PROGRESS)

        return _Progress()

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
