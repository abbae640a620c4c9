"""``openai``: any OpenAI-compatible server (vLLM serve, llama.cpp server, ollama, hosted APIs).

``bench run --model openai:NAME --api-base URL``. Requests go through the official ``openai``
client: a bounded number in flight at once (``-B concurrency=``), retried with exponential
backoff and jitter on 408/409/429/5xx and dropped connections (``-B max_retries=``; a server's
``Retry-After`` is honoured), each with a timeout. Token usage comes from the server's ``usage``.

Every answer is kept on disk under the sha256 of (server, endpoint, model, the full request), so
a resumed or repeated run asks the server only for what it has not answered yet.

Chat models go to ``/chat/completions`` with the prompt's turns (the server applies the model's
template); ``-B endpoint=completions`` sends completion-style prompts to ``/completions`` (base
models: the solvers then prompt completion-style, as for gemma3-270m).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable, Literal, Sequence

from pydantic import Field

from solvers.lm.backends.base import (Backend, BackendError, BackendOptions, Generation, Message, Prompt,
                                      cut_at_stop)

PREFIX = "openai:"


class OpenAIOptions(BackendOptions):
    api_base: str | None = Field(None, description="the server's base URL, ending in /v1 (bench run --api-base; "
                                                   "default $OPENAI_BASE_URL, else OpenAI's)")
    api_key_env: str = Field("OPENAI_API_KEY", description="environment variable holding the API key; local "
                                                           "servers that need none get the placeholder 'EMPTY'")
    endpoint: Literal["chat", "completions"] = Field(
        "chat", description="chat: /chat/completions, the server applies the chat template | completions: "
                            "/completions with completion-style prompts (base models)")
    concurrency: int = Field(8, ge=1, le=256, description="requests in flight at once")
    max_retries: int = Field(6, ge=0, le=20, description="retries per request on 408/409/429/5xx and dropped "
                                                         "connections, with exponential backoff (0.5 s doubling, "
                                                         "at most 8 s, with jitter)")
    timeout_s: float = Field(600.0, gt=0, description="timeout of one request, in seconds")
    cache: bool = Field(True, description="keep answers on disk, keyed by server, endpoint, model and request")
    cache_dir: str | None = Field(None, description="folder of the answer cache (default: the bench cache)")


def api_model_name(model: str) -> str:
    return model[len(PREFIX):] if model.startswith(PREFIX) else model


class ResponseCache:
    """Answers on disk, one JSON file per request key; written atomically, so a killed run leaves
    either a whole answer or none."""

    def __init__(self, folder: Path):
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    @staticmethod
    def key(identity: dict[str, Any]) -> str:
        return hashlib.sha256(json.dumps(identity, sort_keys=True, ensure_ascii=False).encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        path = self._path(key)
        return json.loads(path.read_text()) if path.is_file() else None

    def put(self, key: str, value: dict[str, Any]) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "w") as fh:
            json.dump(value, fh)
        os.replace(tmp, path)


class OpenAIBackend(Backend):
    name = "openai"
    description = "any OpenAI-compatible server (--model openai:NAME --api-base URL), answers cached on disk"
    Options = OpenAIOptions
    local = False

    def __init__(self, model: str, options: OpenAIOptions, log: Callable[[str], None] = lambda msg: None):
        import openai

        super().__init__(options, log)
        self.model = model if model.startswith(PREFIX) else PREFIX + model
        self.api_model = api_model_name(model)
        self.chat = options.endpoint == "chat"
        self.device, self.dtype = "remote", ""
        self.base_url = (options.api_base or os.environ.get("OPENAI_BASE_URL") or "https://api.openai.com/v1").rstrip("/")
        self.sent = 0  # HTTP requests sent, retries included
        self._sent_lock = threading.Lock()

        def count(request: Any) -> None:
            with self._sent_lock:
                self.sent += 1

        # The client's own retry loop (backoff with jitter, Retry-After) does the retrying; the hook counts
        # every attempt, so a run can report how many retries its server cost.
        self.client = openai.OpenAI(
            base_url=self.base_url, api_key=os.environ.get(options.api_key_env) or "EMPTY",
            max_retries=options.max_retries, timeout=options.timeout_s,
            http_client=openai.DefaultHttpxClient(event_hooks={"request": [count]}))
        folder = Path(options.cache_dir) if options.cache_dir else None
        if folder is None:
            from sandbox.envs import cache_root

            folder = cache_root() / "responses" / "openai"
        self.cache = ResponseCache(folder) if options.cache else None

    @classmethod
    def unavailable(cls) -> str | None:
        try:
            import openai  # noqa: F401
        except ImportError:
            return "the openai package is not installed (pip install -e '.[models]')"
        return None

    @classmethod
    def load(cls, model: str, options: OpenAIOptions, device: str = "auto",
             log: Callable[[str], None] = lambda msg: None) -> "OpenAIBackend":
        if (why := cls.unavailable()) is not None:
            raise BackendError(why)
        return cls(model, options, log)

    def render_messages(self, messages: Sequence[Message]) -> Prompt:
        # The server applies the model's chat template; the text is kept for logs and records only.
        return Prompt(text="\n\n".join(content for _, content in messages), messages=tuple(messages))

    def _request(self, prompt: Prompt, max_new_tokens: int, temperature: float, seed: int, stop: Sequence[str],
                 repetition_penalty: float) -> dict[str, Any]:
        body: dict[str, Any] = {"model": self.api_model, "max_tokens": max_new_tokens, "temperature": temperature}
        if self.chat:
            body["messages"] = [{"role": r, "content": c} for r, c in (prompt.messages or (("user", prompt.text),))]
        else:
            body["prompt"] = prompt.text
        if temperature > 0:
            body.update(top_p=0.95, seed=seed)
        if stop:
            body["stop"] = list(stop)[:4]  # the API takes at most four
        if repetition_penalty != 1.0:
            body["extra_body"] = {"repetition_penalty": repetition_penalty}  # vLLM and llama.cpp servers take it
        return body

    def _one(self, body: dict[str, Any], stop: Sequence[str]) -> Generation:
        import openai

        key = ResponseCache.key({"base_url": self.base_url, "endpoint": self.options.endpoint, "request": body})
        if self.cache is not None and (hit := self.cache.get(key)) is not None:
            return Generation(text=cut_at_stop(hit["text"], stop)[0], new_tokens=hit["completion_tokens"],
                              prompt_tokens=hit["prompt_tokens"], finish_reason=hit["finish_reason"], cached=True)
        try:
            if self.chat:
                response = self.client.chat.completions.create(**body)
                text = response.choices[0].message.content or ""
            else:
                response = self.client.completions.create(**body)
                text = response.choices[0].text or ""
        except openai.APIError as exc:
            raise BackendError(f"{self.base_url} ({self.options.endpoint}, model {self.api_model!r}): "
                               f"{type(exc).__name__}: {exc}") from exc
        usage = response.usage
        record = {"text": text, "completion_tokens": int(usage.completion_tokens) if usage else 0,
                  "prompt_tokens": int(usage.prompt_tokens) if usage else 0,
                  "finish_reason": response.choices[0].finish_reason}
        if self.cache is not None:
            self.cache.put(key, record)
        return Generation(text=cut_at_stop(text, stop)[0], new_tokens=record["completion_tokens"],
                          prompt_tokens=record["prompt_tokens"], finish_reason=record["finish_reason"])

    def generate(self, prompts: Sequence[Prompt], max_new_tokens: int = 384, temperature: float = 0.0,
                 seed: int = 0, stop: Sequence[str] = (), batch_size: int = 8,
                 repetition_penalty: float = 1.0) -> list[Generation]:
        # One seed per prompt: a sampled answer does not depend on which prompts share a call.
        bodies = [self._request(p, max_new_tokens, temperature, seed + i, stop, repetition_penalty)
                  for i, p in enumerate(prompts)]
        t0 = time.monotonic()
        with ThreadPoolExecutor(max_workers=min(self.options.concurrency, max(1, len(bodies)))) as pool:
            out = list(pool.map(lambda body: self._one(body, stop), bodies))
        self.stats.add(out, time.monotonic() - t0)
        return out

    def facts(self) -> dict[str, Any]:
        # Counters (requests sent, answers from the cache) are in the solver's cost, summed over sessions.
        return {**super().facts(), "api_base": self.base_url, "endpoint": self.options.endpoint}

    def close(self) -> None:
        self.client.close()
