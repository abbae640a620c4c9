"""Model weights on disk for engines other than ``transformers``: export, hashing, cached conversion.

Engines such as CTranslate2 and vLLM read a Hugging Face folder (vLLM) or a converted copy of it
(CTranslate2). Both are keyed by the sha256 of the weights, so the same weights convert once:
the embedded model on its first use, a folded adapter on the first run that trained it, and a
second run (or a resumed one) converts nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Callable

from sandbox.envs import cache_root
from solvers.lm.backends.base import BackendError
from solvers.lm.models import quiet_hf

WEIGHT_SUFFIXES = (".safetensors", ".bin")
# Files whose bytes decide what a converted model computes; tokenizer.json decides its vocabulary.
# tokenizer_config.json is left out and tokenizer.json is hashed without its padding and truncation
# settings: they record runtime state (generation pads on the left, training on the right), so the
# same weights would otherwise hash differently before and after a generation.
HASHED_FILES = ("config.json", "generation_config.json", "tokenizer.json", "tokenizer.model")
RUNTIME_TOKENIZER_KEYS = ("padding", "truncation")
DIGEST_SCHEME = 2  # bump when what is hashed changes: remembered digests of another scheme are recomputed
_memo_lock = threading.Lock()


def engines_dir(engine: str) -> Path:
    path = cache_root() / "engines" / engine
    path.mkdir(parents=True, exist_ok=True)
    return path


def model_folder(path: str, log: Callable[[str], None] = lambda msg: None) -> Path:
    """A local folder for a model path or Hugging Face id (the hub cache, or a download when online)."""
    folder = Path(path)
    if folder.is_dir():
        return folder
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(path, allow_patterns=["*.json", "*.safetensors", "*.model", "*.txt"]))
    except Exception as exc:  # noqa: BLE001 - the hub raises many kinds; all mean "not here"
        raise BackendError(f"{path!r} is neither a local model folder nor a Hugging Face model this machine can "
                           f"reach ({type(exc).__name__}: {exc})") from None


def _hashed(folder: Path) -> list[Path]:
    files = sorted(p for p in folder.iterdir() if p.is_file() and (p.suffix in WEIGHT_SUFFIXES
                                                                  or p.name in HASHED_FILES))
    if not any(p.suffix in WEIGHT_SUFFIXES for p in files):
        raise BackendError(f"{folder} holds no weights (*.safetensors or *.bin)")
    return files


def folder_digest(folder: Path) -> str:
    """sha256 over the weight, config and tokenizer files of a model folder.

    Hashing half a gigabyte takes about a second; the digest is remembered by (path, size,
    mtime) of every file, so a folder seen before is not read again.
    """
    files = _hashed(folder)
    stamp = [DIGEST_SCHEME, *([str(p.resolve()), p.stat().st_size, p.stat().st_mtime_ns] for p in files)]
    memo_path = engines_dir("digests") / (hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:24] + ".json")
    with _memo_lock:
        if memo_path.is_file():
            memo = json.loads(memo_path.read_text())
            if memo.get("stamp") == stamp:
                return memo["digest"]
    h = hashlib.sha256()
    for p in files:
        h.update(p.name.encode() + b"\0")
        if p.name == "tokenizer.json":
            tokenizer = json.loads(p.read_text())
            for key in RUNTIME_TOKENIZER_KEYS:
                tokenizer.pop(key, None)
            h.update(json.dumps(tokenizer, sort_keys=True).encode())
            continue
        with p.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 22), b""):
                h.update(block)
    digest = h.hexdigest()
    with _memo_lock:
        _atomic_write(memo_path, json.dumps({"stamp": stamp, "digest": digest}))
    return digest


def _atomic_write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(fd, "w") as fh:
        fh.write(text)
    os.replace(tmp, path)


def export_weights(lm: Any, dest: Path) -> None:
    """Save a loaded ``transformers`` model as it is now (a folded adapter included) as a plain
    Hugging Face folder: config, safetensors weights without any adapter tensors, tokenizer."""
    model = lm.model
    if any(hasattr(m, "lora_A") and len(m.lora_A) and not m.merged for m in model.modules()):
        raise BackendError("fold the adapter into the weights (AdapterSolver.fold(True)) before exporting them")
    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    state = {}
    for key, tensor in base.state_dict().items():
        if "lora_" in key:
            continue  # the adapter's own matrices; folded, they are already in the base weights
        state[key.replace(".base_layer.", ".")] = tensor
    with quiet_hf():
        base.save_pretrained(dest, state_dict=state, safe_serialization=True)
    lm.tokenizer.save_pretrained(dest)


def exported_digest(lm: Any, work: Path) -> tuple[Path, str]:
    """Export ``lm`` under ``work`` and hash it: (folder, digest)."""
    folder = work / "hf"
    export_weights(lm, folder)
    return folder, folder_digest(folder)


def cached_conversion(engine: str, digest: str, variant: str, convert: Callable[[Path], None],
                      log: Callable[[str], None] = lambda msg: None) -> Path:
    """The folder ``convert(tmp)`` produces for these weights, built once and kept by digest.

    The folder is written under a temporary name and renamed into place, so an interrupted
    conversion is never mistaken for a finished one.
    """
    target = engines_dir(engine) / f"{digest[:24]}-{variant}"
    if (target / ".complete").is_file():
        return target
    start = time.monotonic()
    log(f"{engine}: converting weights {digest[:12]} ({variant}); cached for later runs")
    with tempfile.TemporaryDirectory(prefix=".convert-", dir=target.parent) as tmp:
        staging = Path(tmp) / "out"
        convert(staging)
        (staging / ".complete").write_text(json.dumps({"digest": digest, "variant": variant,
                                                       "seconds": round(time.monotonic() - start, 1)}))
        if target.exists():
            shutil.rmtree(target)
        os.replace(staging, target)
    log(f"{engine}: converted in {time.monotonic() - start:.0f} s ({target})")
    return target
