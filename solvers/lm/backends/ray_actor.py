"""The ``ray`` backend: the model lives in a Ray actor, on whichever cluster node has what it asks for.

``bench run --backend ray -B engine=vllm -B num_gpus=1 --ray-address HEAD:6379`` loads the model
with vLLM in an actor on a GPU node, while the driver (and its sandbox jobs) stay where they are.
The actor holds any registered engine (``engine=auto`` resolves on the actor's node, so a GPU
node picks vLLM); prompts are rendered there with the model's own tokenizer, so answers are the
engine's answers, unchanged. Generation statistics are counted on the driver as for local engines.
"""

from __future__ import annotations

import importlib.util
import time
from typing import Any, Callable, Sequence

from pydantic import Field

from solvers.lm.backends.base import Backend, BackendError, BackendOptions, Generation, Message, Prompt


class RayBackendOptions(BackendOptions):
    engine: str = Field("auto", description="engine the actor loads: auto (resolved on the actor's node: vllm on "
                                            "a GPU, else ctranslate2), transformers, ctranslate2, vllm, llamacpp")
    engine_options: str = Field("", description="that engine's options, key=value;key=value "
                                                "(e.g. compute_type=float32)")
    num_gpus: float = Field(0.0, ge=0, description="GPUs the actor needs (1 places it on a GPU node)")
    num_cpus: float = Field(1.0, ge=0, description="CPUs the actor needs")
    resources: str = Field("", description="custom resources the actor needs, name=amount;name=amount (a node "
                                           "advertising them, e.g. ray start --resources '{\"h100\": 1}')")
    address: str | None = Field(None, description="the Ray cluster (default: $RAY_ADDRESS, the cluster this "
                                                  "process already joined, else a one-machine cluster)")


def _pairs(text: str, what: str) -> dict[str, str]:
    pairs = {}
    for item in filter(None, (p.strip() for p in text.split(";"))):
        if "=" not in item:
            raise BackendError(f"{what} item {item!r} must look like key=value")
        key, value = item.split("=", 1)
        pairs[key.strip()] = value.strip()
    return pairs


class GenerationActor:
    """Holds one loaded engine; its methods are the remote half of :class:`RayBackend`."""

    def __init__(self, engine: str, model: str, options: dict[str, str], device: str) -> None:
        from solvers.lm.backends import open_backend

        self.backend = open_backend(engine, model, options, device=device)

    def describe(self) -> dict[str, Any]:
        import ray

        b = self.backend
        return {"chat": b.chat, "revision": b.revision, "device": b.device, "dtype": b.dtype, "facts": b.facts(),
                "node": ray.get_runtime_context().get_node_id()}

    def render_messages(self, messages: Sequence[Message]) -> Prompt:
        return self.backend.render_messages(messages)

    def generate(self, prompts: Sequence[Prompt], kwargs: dict[str, Any]) -> list[Generation]:
        return self.backend.generate(prompts, **kwargs)

    def close(self) -> None:
        self.backend.close()


class RayBackend(Backend):
    name = "ray"
    description = "any engine in a Ray actor on a cluster node (-B engine=vllm -B num_gpus=1: a GPU node)"
    Options = RayBackendOptions
    local = False  # the weights live in another process, maybe on another machine

    @classmethod
    def unavailable(cls) -> str | None:
        if importlib.util.find_spec("ray") is None:
            return "Ray is not installed (pip install -e '.[ray]')"
        return None

    @classmethod
    def load(cls, model: str, options: RayBackendOptions, device: str = "auto",
             log: Callable[[str], None] = lambda msg: None) -> "RayBackend":
        import ray

        from benchmark.executors.ray_cluster import connect

        if options.engine == cls.name:
            raise BackendError("-B engine=ray would start an actor inside an actor: name a local engine")
        connect(options.address)
        resources = {k: float(v) for k, v in _pairs(options.resources, "-B resources").items()}
        remote = ray.remote(num_gpus=options.num_gpus, num_cpus=options.num_cpus, resources=resources or None)
        actor = remote(GenerationActor).remote(options.engine, model, _pairs(options.engine_options,
                                                                              "-B engine_options"), device)
        try:
            info = ray.get(actor.describe.remote())
        except Exception as exc:  # the engine failed to load on the node: say why, not Ray's trace
            ray.kill(actor)
            raise BackendError(f"the {options.engine} engine could not load {model!r} in a Ray actor: "
                               f"{getattr(exc, 'cause', None) or exc}") from None
        backend = cls(options, log)
        backend.model, backend.chat, backend.revision = model, info["chat"], info["revision"]
        backend.device, backend.dtype = info["device"], info["dtype"]
        backend._actor, backend._info = actor, info
        log(f"{model}: {info['facts'].get('backend')} in a Ray actor on node {info['node'][:12]} ({info['device']})")
        return backend

    def render_messages(self, messages: Sequence[Message]) -> Prompt:
        import ray

        return ray.get(self._actor.render_messages.remote(tuple(messages)))

    def generate(self, prompts: Sequence[Prompt], max_new_tokens: int = 384, temperature: float = 0.0,
                 seed: int = 0, stop: Sequence[str] = (), batch_size: int = 8,
                 repetition_penalty: float = 1.0) -> list[Generation]:
        import ray

        start = time.perf_counter()
        out = ray.get(self._actor.generate.remote(list(prompts), {
            "max_new_tokens": max_new_tokens, "temperature": temperature, "seed": seed, "stop": tuple(stop),
            "batch_size": batch_size, "repetition_penalty": repetition_penalty}))
        self.stats.add(out, time.perf_counter() - start)
        return out

    def facts(self) -> dict[str, Any]:
        inner = self._info["facts"]
        return {**inner, "backend": self.name, "engine": inner.get("backend", ""), "ray_node": self._info["node"][:12]}

    def close(self) -> None:
        import ray

        actor = getattr(self, "_actor", None)
        if actor is not None and ray.is_initialized():
            try:
                ray.get(actor.close.remote())
            finally:
                ray.kill(actor)
        self._actor = None
