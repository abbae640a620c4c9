"""A small OpenAI-compatible server over any local backend (``bench models serve``).

It serves ``POST /v1/chat/completions``, ``POST /v1/completions`` and ``GET /v1/models`` with the
standard library's threading HTTP server. Requests that arrive together are generated together:
a batcher thread gathers up to ``max_batch`` waiting requests with the same sampling parameters
for ``batch_wait_s`` and hands them to the backend as one batch, so a client with concurrency 8
gets the throughput of batch 8.

It is what the ``openai`` backend's tests talk to, and a way to put the embedded models behind an
OpenAI-compatible endpoint for other tools; it is not a hardened public server (no
authentication, loopback by default).
"""

from __future__ import annotations

import json
import queue
import threading
import time
import uuid
from collections import Counter
from concurrent.futures import Future
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from solvers.lm.backends.base import Backend, Generation, Prompt


class _Request(BaseModel):
    model_config = ConfigDict(extra="ignore")  # clients send fields this server has no use for (user, n=1, ...)

    model: str
    max_tokens: int | None = Field(None, ge=1)
    max_completion_tokens: int | None = Field(None, ge=1)
    temperature: float = Field(1.0, ge=0, le=2)  # the OpenAI API's default
    top_p: float = Field(1.0, gt=0, le=1)
    seed: int | None = None
    stop: list[str] = []
    repetition_penalty: float = Field(1.0, ge=1.0, le=2.0)
    n: int = Field(1, ge=1, le=1)
    stream: bool = False

    @field_validator("stop", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [] if value is None else [value] if isinstance(value, str) else value

    @field_validator("stream")
    @classmethod
    def _no_stream(cls, value: bool) -> bool:
        if value:
            raise ValueError("streaming is not supported by this server")
        return value

    def cap(self, default: int) -> int:
        return self.max_completion_tokens or self.max_tokens or default


class ChatRequest(_Request):
    messages: list[dict[str, Any]] = Field(min_length=1)

    def turns(self) -> tuple[tuple[str, str], ...]:
        out = []
        for m in self.messages:
            content = m.get("content")
            if isinstance(content, list):  # [{"type": "text", "text": ...}, ...]
                content = "".join(part.get("text", "") for part in content if isinstance(part, dict))
            out.append((str(m.get("role", "user")), str(content or "")))
        return tuple(out)


class CompletionRequest(_Request):
    prompt: str | list[str]

    @field_validator("prompt")
    @classmethod
    def _single(cls, value: str | list[str]) -> str | list[str]:
        if isinstance(value, list) and len(value) != 1:
            raise ValueError("send one prompt per request")
        return value

    def text(self) -> str:
        return self.prompt if isinstance(self.prompt, str) else self.prompt[0]


@dataclass
class _Job:
    prompt: Prompt
    params: tuple  # (max_new_tokens, temperature, seed, stop, repetition_penalty): jobs batch only when equal
    done: Future = field(default_factory=Future)


class Batcher:
    """Gathers concurrent requests into backend batches; one generation at a time."""

    def __init__(self, backend: Backend, max_batch: int = 8, batch_wait_s: float = 0.02):
        self.backend, self.max_batch, self.batch_wait_s = backend, max_batch, batch_wait_s
        self.jobs: queue.Queue[_Job | None] = queue.Queue()
        self.batches: list[int] = []  # sizes of the batches generated, for logs and tests
        self._worker = threading.Thread(target=self._loop, name="bench-serve-batcher", daemon=True)
        self._worker.start()

    def submit(self, prompt: Prompt, params: tuple) -> Generation:
        job = _Job(prompt, params)
        self.jobs.put(job)
        return job.done.result()

    def close(self) -> None:
        self.jobs.put(None)
        self._worker.join(timeout=30)

    def _loop(self) -> None:
        waiting: list[_Job] = []
        while True:
            first = waiting.pop(0) if waiting else self.jobs.get()
            if first is None:
                return
            batch, deadline = [first], time.monotonic() + self.batch_wait_s
            # Jobs set aside earlier come first; then whatever arrives before the deadline.
            for job in list(waiting):
                if len(batch) < self.max_batch and job.params == first.params:
                    batch.append(job)
                    waiting.remove(job)
            stop = False
            while len(batch) < self.max_batch and (left := deadline - time.monotonic()) > 0:
                try:
                    job = self.jobs.get(timeout=left)
                except queue.Empty:
                    break
                if job is None:
                    stop = True
                    break
                (batch if job.params == first.params else waiting).append(job)
            self._run(batch)
            if stop:
                for job in waiting:
                    job.done.set_exception(RuntimeError("server shutting down"))
                return

    def _run(self, batch: list[_Job]) -> None:
        max_new_tokens, temperature, seed, stop, penalty = batch[0].params
        self.batches.append(len(batch))
        try:
            gens = self.backend.generate([j.prompt for j in batch], max_new_tokens=max_new_tokens,
                                         temperature=temperature, seed=seed, stop=stop, batch_size=len(batch),
                                         repetition_penalty=penalty)
        except Exception as exc:  # noqa: BLE001 - every waiting request must get an answer
            for job in batch:
                job.done.set_exception(exc)
            return
        for job, gen in zip(batch, gens):
            job.done.set_result(gen)


class OpenAIHandler(BaseHTTPRequestHandler):
    """One request. ``self.server.app`` is the :class:`OpenAIServer`."""

    protocol_version = "HTTP/1.1"  # keep-alive, as HTTP clients expect
    server: "_HTTPServer"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        self.server.app.log(f"serve: {self.address_string()} {format % args}")

    def _send(self, status: int, payload: dict[str, Any]) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, message: str, kind: str = "invalid_request_error") -> None:
        self._send(status, {"error": {"message": message, "type": kind, "code": status}})

    def read_json(self) -> Any:
        length = int(self.headers.get("Content-Length") or 0)
        return json.loads(self.rfile.read(length) or b"{}")

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        app = self.server.app
        app.count(self.path)
        if self.path.rstrip("/") in ("/v1/models", "/models"):
            self._send(200, {"object": "list", "data": [{"id": app.model_name, "object": "model",
                                                         "owned_by": "api-update-bench"}]})
        else:
            self._error(404, f"no route {self.path}")

    def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
        app = self.server.app
        app.count(self.path)
        path = self.path.rstrip("/").removeprefix("/v1")
        if path not in ("/chat/completions", "/completions"):
            self._error(404, f"no route {self.path}")
            return
        try:
            payload = self.read_json()
            request = (ChatRequest if path == "/chat/completions" else CompletionRequest).model_validate(payload)
        except (ValueError, ValidationError) as exc:
            self._error(400, str(exc))
            return
        if request.model != app.model_name:
            self._error(404, f"model {request.model!r} is not served here (serving {app.model_name!r})",
                        "model_not_found")
            return
        try:
            self._send(200, app.complete(request))
        except Exception as exc:  # noqa: BLE001 - the client gets a 500 and retries; the server goes on
            self._error(500, f"{type(exc).__name__}: {exc}", "server_error")


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    app: "OpenAIServer"


class OpenAIServer:
    """The server: ``start()`` serves in a background thread, ``stop()`` ends it; ``requests`` counts
    requests per path as received (before any handling, so refused and failed ones count too)."""

    def __init__(self, backend: Backend, model_name: str, host: str = "127.0.0.1", port: int = 0,
                 max_batch: int = 8, batch_wait_s: float = 0.02, default_max_tokens: int = 512,
                 handler: type[OpenAIHandler] = OpenAIHandler, log: Callable[[str], None] = lambda msg: None):
        self.backend, self.model_name, self.default_max_tokens, self.log = backend, model_name, default_max_tokens, log
        self.batcher = Batcher(backend, max_batch=max_batch, batch_wait_s=batch_wait_s)
        self.requests: Counter[str] = Counter()
        self._lock = threading.Lock()
        self.httpd = _HTTPServer((host, port), handler)
        self.httpd.app = self
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def count(self, path: str) -> None:
        with self._lock:
            self.requests[path] += 1

    def complete(self, request: ChatRequest | CompletionRequest) -> dict[str, Any]:
        chat = isinstance(request, ChatRequest)
        prompt = self.backend.render_messages(request.turns()) if chat else self.backend.plain(request.text())
        params = (request.cap(self.default_max_tokens), request.temperature, request.seed or 0, tuple(request.stop),
                  request.repetition_penalty)
        gen = self.batcher.submit(prompt, params)
        usage = {"prompt_tokens": gen.prompt_tokens, "completion_tokens": gen.new_tokens,
                 "total_tokens": gen.prompt_tokens + gen.new_tokens}
        common = {"created": int(time.time()), "model": self.model_name, "usage": usage}
        if chat:
            return {"id": f"chatcmpl-{uuid.uuid4().hex}", "object": "chat.completion", **common,
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": gen.text},
                                 "finish_reason": gen.finish_reason or "stop"}]}
        return {"id": f"cmpl-{uuid.uuid4().hex}", "object": "text_completion", **common,
                "choices": [{"index": 0, "text": gen.text, "logprobs": None,
                             "finish_reason": gen.finish_reason or "stop"}]}

    def start(self) -> "OpenAIServer":
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="bench-serve", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self.httpd.serve_forever()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.batcher.close()

    def __enter__(self) -> "OpenAIServer":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()
