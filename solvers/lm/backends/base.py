"""The generation-backend interface: prompts in, completions and token counts out.

A backend owns a model in one inference engine (``transformers``, CTranslate2, vLLM, a remote
OpenAI-compatible server). Solvers render prompts through it (so a chat model gets its chat
template the same way in every engine) and generate through it; everything engine-specific
(tokenizing, batching, stop strings, sampling) stays behind :meth:`Backend.generate`.
"""

from __future__ import annotations

import abc
import threading
from dataclasses import dataclass, field
from typing import Any, Callable, ClassVar, Sequence

from pydantic import BaseModel, ConfigDict

from solvers.lm.models import ModelError


class BackendError(ModelError):
    """A backend cannot be used here or failed; the message says why and what to do."""


class BackendOptions(BaseModel):
    """Base of every backend's options (``bench run -B key=value``); fields document themselves."""

    model_config = ConfigDict(frozen=True, extra="forbid")


@dataclass(frozen=True)
class Prompt:
    """One prompt. ``text`` is exactly what a local engine tokenizes (chat template applied for
    chat models); ``messages`` are the same turns unrendered, for chat APIs that apply their own
    template. ``messages`` is empty for completion-style prompts."""

    text: str
    messages: tuple[tuple[str, str], ...] = ()  # (role, content) turns

    @property
    def is_chat(self) -> bool:
        return bool(self.messages)


@dataclass(frozen=True)
class Generation:
    text: str
    new_tokens: int
    prompt_tokens: int = 0
    finish_reason: str | None = None  # "stop" (end token or stop string) | "length" (hit the cap)
    cached: bool = False  # served from an on-disk response cache: no tokens were generated for it


@dataclass
class GenerationStats:
    """Token accounting of one backend (or one solver) over a session."""

    tokens: int = 0
    seconds: float = 0.0
    prompt_tokens: int = 0
    requests: int = 0
    cached: int = 0  # answers served from a response cache (not counted in tokens)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def tokens_per_s(self) -> float:
        return self.tokens / self.seconds if self.seconds else 0.0

    def add(self, generations: Sequence[Generation], seconds: float) -> None:
        with self._lock:
            for g in generations:
                if g.cached:
                    self.cached += 1
                    continue
                self.tokens += g.new_tokens
                self.prompt_tokens += g.prompt_tokens
                self.requests += 1
            self.seconds += seconds


Message = tuple[str, str]  # (role, content)


def chat_messages(user: str, system: str | None = None) -> tuple[Message, ...]:
    return ((("system", system),) if system else ()) + (("user", user),)


def render_chat(tokenizer: Any, messages: Sequence[Message]) -> Prompt:
    """A chat prompt rendered with the tokenizer's own chat template, as the model was tuned."""
    text = tokenizer.apply_chat_template([{"role": r, "content": c} for r, c in messages], tokenize=False,
                                         add_generation_prompt=True)
    return Prompt(text=text, messages=tuple(messages))


def cut_at_stop(text: str, stop: Sequence[str]) -> tuple[str, bool]:
    """``text`` up to the first stop string (excluded), and whether one was found."""
    cut = min((i for i in (text.find(s) for s in stop if s) if i >= 0), default=-1)
    return (text[:cut], True) if cut >= 0 else (text, False)


class Backend(abc.ABC):
    """A model loaded in one inference engine.

    Subclasses set ``name``, ``description`` and ``Options``, implement :meth:`generate` and
    :meth:`render`, and fill in the facts below. They are registered under the entry-point group
    ``bench.backends`` and built with :func:`solvers.lm.backends.open_backend`.
    """

    name: ClassVar[str] = "abstract"
    description: ClassVar[str] = ""
    Options: ClassVar[type[BackendOptions]] = BackendOptions
    # True when the backend can take an in-memory transformers model (e.g. an adapter folded into
    # the weights) through from_transformers; remote backends cannot.
    local: ClassVar[bool] = True

    model: str  # the name the user gave
    chat: bool  # prompted through a chat template (instruct models); False = completion-style
    revision: str | None = None
    device: str = "cpu"
    dtype: str = ""

    def __init__(self, options: BackendOptions | None = None, log: Callable[[str], None] = lambda msg: None):
        self.options = options or self.Options()
        self.log = log
        self.stats = GenerationStats()

    @classmethod
    def unavailable(cls) -> str | None:
        """Why this backend cannot run on this machine (missing package, no CUDA), or None."""
        return None

    @classmethod
    @abc.abstractmethod
    def load(cls, model: str, options: BackendOptions, device: str = "auto",
             log: Callable[[str], None] = lambda msg: None) -> "Backend":
        """The model ``model`` (embedded name, local folder, Hugging Face id, or what the engine takes)."""

    @classmethod
    def from_transformers(cls, lm: Any, options: BackendOptions, log: Callable[[str], None] = lambda msg: None
                          ) -> "Backend":
        """The weights of a loaded ``transformers`` model as they are now (adapters folded in)."""
        raise BackendError(f"the {cls.name} backend cannot serve in-memory model weights (e.g. a trained adapter); "
                           f"use --backend ctranslate2, vllm or transformers")

    def render(self, user: str, system: str | None = None) -> Prompt:
        """A chat prompt for this model: the user turn (and an optional system turn)."""
        return self.render_messages(chat_messages(user, system))

    @abc.abstractmethod
    def render_messages(self, messages: Sequence[Message]) -> Prompt:
        """A chat prompt from (role, content) turns; local engines apply the model's chat template."""

    def plain(self, text: str) -> Prompt:
        """A completion-style prompt: the model continues ``text`` as it is."""
        return Prompt(text=text)

    @abc.abstractmethod
    def generate(self, prompts: Sequence[Prompt], max_new_tokens: int = 384, temperature: float = 0.0,
                 seed: int = 0, stop: Sequence[str] = (), batch_size: int = 8,
                 repetition_penalty: float = 1.0) -> list[Generation]:
        """One completion per prompt, in order. Greedy at temperature 0; otherwise nucleus sampling
        (top-p 0.95) at ``temperature`` from ``seed``. Text stops before the first stop string."""

    def facts(self) -> dict[str, Any]:
        """What the run record keeps about the engine (scalars)."""
        return {"backend": self.name, "model_revision": self.revision or "", "device": self.device,
                "dtype": self.dtype}

    def close(self) -> None:
        """Free the engine's resources (models, threads, connections)."""


def eos_token_ids(folder: Any, tokenizer: Any) -> list[int]:
    """The tokens generation ends on, as ``transformers`` reads them (generation config, else the tokenizer)."""
    import json
    from pathlib import Path

    ids: Any = None
    config = Path(folder) / "generation_config.json"
    if config.is_file():
        ids = json.loads(config.read_text()).get("eos_token_id")
    if ids is None:
        ids = tokenizer.eos_token_id
    return [int(i) for i in (ids if isinstance(ids, list) else [ids]) if i is not None]


class TokenizerBackend(Backend):
    """A local engine fed with the model's own Hugging Face tokenizer, so that prompts are the
    exact token ids the ``transformers`` backend would see."""

    tokenizer: Any

    def render_messages(self, messages: Sequence[Message]) -> Prompt:
        return render_chat(self.tokenizer, messages)

    def encode(self, prompt: Prompt) -> list[int]:
        # As generate() does for transformers: a rendered chat template already holds its special
        # tokens; completion-style prompts of base models get the tokenizer's (e.g. BOS).
        return list(self.tokenizer(prompt.text, add_special_tokens=not self.chat)["input_ids"])

    def decode(self, ids: Sequence[int]) -> str:
        return self.tokenizer.decode(list(ids), skip_special_tokens=True)
