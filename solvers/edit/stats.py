"""Second-moment statistics of MLP keys, C = E[k kᵀ], over a code corpus; computed once and cached.

ROME and MEMIT weigh an update by C⁻¹ so that keys the model commonly sees move as little as
possible; AlphaEdit projects onto the null space of the same statistic over the code to
preserve. The cache is keyed by the model's weights (sha256 of the state dict), the layer, the
corpus (name and sha256 of its text) and the token budget, and every entry records the corpus
name and the number of tokens it saw.
"""

from __future__ import annotations

import hashlib
import json
import sysconfig
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from solvers.edit.layout import EditLayout, hooked
from solvers.lm.models import weights_digest

CHUNK_TOKENS = 256  # sequence length for the statistic's forward passes


@dataclass(frozen=True)
class Corpus:
    name: str
    texts: tuple[str, ...]

    @property
    def digest(self) -> str:
        h = hashlib.sha256()
        for text in self.texts:
            h.update(hashlib.sha256(text.encode()).digest())
        return h.hexdigest()[:16]


def stdlib_corpus(max_chars: int = 2_000_000) -> Corpus:
    """General Python code that is on every machine: the interpreter's standard library sources,
    top-level modules in name order (the same text on every machine with the same Python)."""
    import platform

    folder = Path(sysconfig.get_paths()["stdlib"])
    texts, size = [], 0
    for path in sorted(folder.glob("*.py")):
        text = path.read_text(encoding="utf-8", errors="replace")
        texts.append(text)
        size += len(text)
        if size >= max_chars:
            break
    return Corpus(name=f"python{platform.python_version()}-stdlib", texts=tuple(texts))


@dataclass(frozen=True)
class Moment:
    """E[k kᵀ] at one layer, ``[intermediate, intermediate]`` float64, over ``tokens`` keys of ``corpus``."""

    layer: int
    matrix: Any
    tokens: int
    corpus: str
    corpus_digest: str


def stats_dir() -> Path:
    from sandbox.envs import cache_root

    path = cache_root() / "edit-stats"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _chunks(tokenizer: Any, corpus: Corpus, max_tokens: int) -> list[list[int]]:
    out, total = [], 0
    for text in corpus.texts:
        ids = tokenizer(text, add_special_tokens=False)["input_ids"]
        for start in range(0, len(ids), CHUNK_TOKENS):
            piece = ids[start: start + CHUNK_TOKENS][: max_tokens - total]
            if len(piece) < 2:
                continue
            out.append(piece)
            total += len(piece)
            if total >= max_tokens:
                return out
    return out


def second_moments(model: Any, tokenizer: Any, layout: EditLayout, layers: Sequence[int], corpus: Corpus,
                   max_tokens: int, digest: str | None = None, cache: bool = True,
                   log: Callable[[str], None] = lambda msg: None) -> dict[int, Moment]:
    """C per layer for ``layers``: from the cache where present, else one pass over the corpus for
    all missing layers at once. ``digest`` is the model's weights digest (computed when None)."""
    import torch

    digest = digest or weights_digest(model)
    folder = stats_dir() / digest
    found: dict[int, Moment] = {}
    corpus_digest = corpus.digest

    def path(layer: int) -> Path:
        return folder / f"layer{layer}-{corpus_digest}-{max_tokens}.pt"

    if cache:
        for layer in layers:
            if path(layer).is_file():
                saved = torch.load(path(layer), weights_only=True)
                record = json.loads(path(layer).with_suffix(".json").read_text())
                found[layer] = Moment(layer, saved, record["tokens"], record["corpus"], corpus_digest)
    missing = [layer for layer in layers if layer not in found]
    if not missing:
        return found
    log(f"key statistics: layers {missing} over {max_tokens} tokens of {corpus.name} (cached afterwards)")
    sums = {layer: torch.zeros(layout.intermediate, layout.intermediate, dtype=torch.float64) for layer in missing}
    count = 0
    device = next(model.parameters()).device

    def recorder(layer: int) -> Callable[[Any, Any], None]:
        def record(key: Any, output: Any) -> None:
            k = key.detach().reshape(-1, key.shape[-1]).to("cpu", torch.float64)
            sums[layer].add_(k.T @ k)
        return record

    chunks = _chunks(tokenizer, corpus, max_tokens)
    import contextlib

    with contextlib.ExitStack() as stack, torch.no_grad():
        for layer in missing:
            stack.enter_context(hooked(model, layout.down[layer], record=recorder(layer)))
        for piece in chunks:
            model(input_ids=torch.tensor([piece], device=device))
            count += len(piece)
    if count == 0:
        raise ValueError(f"corpus {corpus.name} gave no tokens for the key statistics")
    if cache:
        folder.mkdir(parents=True, exist_ok=True)
    for layer in missing:
        matrix = sums[layer] / count
        found[layer] = Moment(layer, matrix, count, corpus.name, corpus_digest)
        if cache:
            tmp = path(layer).with_suffix(".tmp")
            torch.save(matrix, tmp)
            path(layer).with_suffix(".json").write_text(json.dumps(
                {"corpus": corpus.name, "corpus_digest": corpus_digest, "tokens": count, "layer": layer,
                 "weights_digest": digest, "max_tokens": max_tokens}))
            tmp.replace(path(layer))  # the matrix last: its presence means the entry is complete
    return found
