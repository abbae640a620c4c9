"""Keep training and forgetting consoles to what a user can act on.

The libraries under the weight-updating solvers print notices about their own internals: per-map
progress bars from ``datasets`` for a few rows, transformers-5 deprecations that PEFT and TRL
trigger, and lm-eval's warnings about being handed a model object (which is how forgetting is
measured, on purpose) and its per-batch progress bars, which the forgetting phase's own bar
replaces. Each is silenced only inside these context managers and restored after.
"""

from __future__ import annotations

import importlib
import logging
import warnings
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any


@contextmanager
def no_datasets_progress() -> Iterator[None]:
    from datasets.utils import logging as ds_logging

    was_enabled = ds_logging.is_progress_bar_enabled()
    ds_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was_enabled:
            ds_logging.enable_progress_bar()


class _DropMessages(logging.Filter):
    def __init__(self, fragments: tuple[str, ...]) -> None:
        super().__init__()
        self.fragments = fragments

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not any(fragment in message for fragment in self.fragments)


@contextmanager
def drop_log_messages(logger: str, *fragments: str) -> Iterator[None]:
    """Records of ``logger`` containing any of ``fragments`` are dropped; every other one passes."""
    target = logging.getLogger(logger)
    dropper = _DropMessages(fragments)
    target.addFilter(dropper)
    try:
        yield
    finally:
        target.removeFilter(dropper)


@contextmanager
def no_tqdm(*modules: str) -> Iterator[None]:
    """The ``tqdm`` each of ``modules`` imported draws nothing. lm-eval opens some bars with a
    hard-coded ``disable=False`` (one per rolling-window batch), so no argument reaches them."""
    from tqdm import tqdm

    def silent(*args: Any, **kwargs: Any) -> Any:
        return tqdm(*args, **{**kwargs, "disable": True})

    loaded = [importlib.import_module(name) for name in modules]
    originals = [module.tqdm for module in loaded]
    for module in loaded:
        module.tqdm = silent
    try:
        yield
    finally:
        for module, original in zip(loaded, originals, strict=True):
            module.tqdm = original


@contextmanager
def quiet_training() -> Iterator[None]:
    """No ``datasets`` progress bars while TRL prepares a few rows, and none of the deprecation
    warnings PEFT and TRL trigger inside transformers 5 by using the old ``gradient_checkpointing``
    names (nothing a user can change)."""
    with no_datasets_progress(), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"`(is_gradient_checkpointing|gradient_checkpointing_(en|dis)able)`"
                                r" is deprecated", category=FutureWarning)
        yield


@contextmanager
def quiet_lm_eval() -> Iterator[None]:
    """Forgetting hands lm-eval an already-loaded model (with or without its adapters): lm-eval warns
    about exactly that on every call, builds its one-file dataset with a progress bar, and draws a
    bar for building requests, for the documents and for each batch of windows."""
    with ExitStack() as stack:
        stack.enter_context(no_datasets_progress())
        stack.enter_context(drop_log_messages("lm_eval.models.huggingface",
                                              "`pretrained` model kwarg is not of type `str`",
                                              "Passed an already-initialized model through `pretrained`"))
        stack.enter_context(no_tqdm("lm_eval.api.task", "lm_eval.api.model", "lm_eval.models.huggingface"))
        yield
