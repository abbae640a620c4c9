"""Generation backends on the real embedded default model: transformers (the reference),
ctranslate2 (the fast CPU backend), openai against a real OpenAI-compatible server started here on
127.0.0.1 (faults injected on the server side), and vllm where a CUDA GPU is present.

Nothing here asserts speed: `bench perf generate` measures it (docs/benchmarks.md).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading

import pytest

from solvers.lm.backends import BACKENDS, BackendError, configure, resolve_backend
from solvers.lm.backends.base import Generation, GenerationStats, cut_at_stop

MODEL = "smollm2-135m"
ASKS = ("Write a Python function add(a, b) that returns a + b. Reply with code only.",
        "Update this code for pandas 2:\n```python\ndf = df.append(other, ignore_index=True)\n```")


def test_registry_lists_the_backends_and_auto_resolves():
    assert {"transformers", "ctranslate2", "vllm", "openai"} <= set(BACKENDS.names())
    assert resolve_backend("auto", "openai:gpt-x") == "openai"
    assert resolve_backend("transformers", MODEL) == "transformers"
    fast_cpu = "ctranslate2" if BACKENDS.get("ctranslate2").unavailable() is None else "transformers"
    assert resolve_backend("auto", MODEL, device="cpu") == fast_cpu
    assert resolve_backend(None, MODEL, device="cpu") == fast_cpu
    with pytest.raises(BackendError, match="--backend openai"):
        resolve_backend("ctranslate2", "openai:gpt-x")
    with pytest.raises(KeyError, match="unknown generation backend"):
        resolve_backend("nope", MODEL)


def test_backend_options_are_validated_before_any_build():
    from pydantic import ValidationError

    assert configure("ctranslate2", MODEL, ["compute_type=float32"]) == ("ctranslate2", {"compute_type": "float32"})
    name, options = configure("auto", "openai:m", ["concurrency=2"], api_base="http://127.0.0.1:9/v1")
    assert name == "openai" and options == {"concurrency": "2", "api_base": "http://127.0.0.1:9/v1"}
    with pytest.raises(ValidationError):
        configure("ctranslate2", MODEL, ["compute_type=int3"])
    with pytest.raises(BackendError, match="key=value"):
        configure("ctranslate2", MODEL, ["compute_type"])
    with pytest.raises(BackendError, match="--api-base"):
        configure("ctranslate2", MODEL, api_base="http://127.0.0.1:9/v1")


def test_runs_recorded_before_backends_resume_with_transformers():
    from benchmark.runner import RunConfig

    legacy = RunConfig.model_validate({"solver": "prompt", "model": MODEL})  # a run.json config of before
    assert legacy.backend == "transformers"
    assert RunConfig(solver="noop").backend is None
    assert RunConfig(solver="prompt", model=MODEL, backend="ctranslate2").backend == "ctranslate2"


def test_perf_generate_modes_parse_and_skip_with_a_reason():
    from benchmark.perf_generate import available_modes, parse_mode

    assert parse_mode("ctranslate2:compute_type=int8,threads=1") == ("ctranslate2", {"compute_type": "int8",
                                                                                    "threads": "1"})
    assert parse_mode("transformers") == ("transformers", {})
    modes, skipped = available_modes(["ctranslate2", "vllm", "transformers"])
    assert modes[0] == "transformers"  # the reference first: every ratio is against it
    if BACKENDS.get("vllm").unavailable() is not None:
        assert "vllm" in skipped and "vllm" not in modes


def test_stop_strings_and_token_accounting():
    assert cut_at_stop("code\n```\nmore", ("```",)) == ("code\n", True)
    assert cut_at_stop("no fence", ("```",)) == ("no fence", False)
    stats = GenerationStats()
    stats.add([Generation("a", 5, prompt_tokens=3), Generation("b", 7, cached=True)], 2.0)
    assert (stats.tokens, stats.prompt_tokens, stats.cached, stats.requests) == (5, 3, 1, 1)


# -- local engines on the real model ---------------------------------------------------------------


def _skip_unless(name: str) -> None:
    """Skip with the reason when the backend cannot run here, unless BENCH_REQUIRE_BACKENDS (a comma
    list, set by CI) names it: then that is a failure, as a missing Docker daemon is."""
    required = {n.strip() for n in os.environ.get("BENCH_REQUIRE_BACKENDS", "").split(",") if n.strip()}
    pytest.importorskip("transformers", reason="the model stack is not installed: pip install -e '.[models]'")
    why = BACKENDS.get(name).unavailable()
    if why is not None:
        if name in required:
            pytest.fail(f"BENCH_REQUIRE_BACKENDS names {name} but it cannot run here: {why}")
        pytest.skip(f"{name} backend unavailable: {why}")


@pytest.fixture(scope="module")
def reference():
    _skip_unless("transformers")
    from solvers.lm.backends import open_backend

    backend = open_backend("transformers", MODEL, device="cpu")
    yield backend
    backend.close()


@pytest.fixture(scope="module")
def ct2_int8():
    _skip_unless("ctranslate2")
    from solvers.lm.backends import open_backend

    backend = open_backend("ctranslate2", MODEL, {"compute_type": "int8"}, device="cpu")
    yield backend
    backend.close()


@pytest.mark.model
def test_ctranslate2_float32_matches_the_transformers_reference(reference):
    _skip_unless("ctranslate2")
    from solvers.lm.backends import open_backend

    logs: list[str] = []
    fast = open_backend("ctranslate2", MODEL, {"compute_type": "float32"}, device="cpu", log=logs.append)
    try:
        prompts = [fast.render(a) for a in ASKS]
        assert [p.text for p in prompts] == [reference.render(a).text for a in ASKS]  # same chat template
        ours = fast.generate(prompts, max_new_tokens=24, batch_size=2)
        theirs = reference.generate(prompts, max_new_tokens=24, batch_size=2)
        assert "def add" in ours[0].text  # the real instruct model, not random weights
        assert [g.text for g in ours] == [g.text for g in theirs]  # greedy, same numerics
        assert [g.new_tokens for g in ours] == [g.new_tokens for g in theirs]
        # A stop string ends the answer at the same token in both engines.
        (stopped,) = fast.generate(prompts[:1], max_new_tokens=24, stop=("return",))
        (ref_stopped,) = reference.generate(prompts[:1], max_new_tokens=24, stop=("return",))
        assert "return" not in stopped.text and stopped.text == ref_stopped.text
        assert stopped.new_tokens == ref_stopped.new_tokens < ours[0].new_tokens
        assert fast.stats.tokens > 0 and fast.facts()["compute_type"] == "float32"
    finally:
        fast.close()
    # The conversion is cached by the weights' hash: opening the model again converts nothing.
    logs.clear()
    again = open_backend("ctranslate2", MODEL, {"compute_type": "float32"}, device="cpu", log=logs.append)
    again.close()
    assert not [line for line in logs if "converting" in line]


@pytest.mark.model
def test_ctranslate2_int8_answers_and_samples_reproducibly(ct2_int8):
    prompts = [ct2_int8.render(a) for a in ASKS]
    first, second = ct2_int8.generate(prompts, max_new_tokens=32)
    assert "def add" in first.text and second.new_tokens > 0
    assert first.finish_reason in ("stop", "length") and first.prompt_tokens == len(ct2_int8.encode(prompts[0]))
    sampled = [g.text for g in ct2_int8.generate(prompts, max_new_tokens=16, temperature=0.8, seed=3)]
    assert sampled == [g.text for g in ct2_int8.generate(prompts, max_new_tokens=16, temperature=0.8, seed=3)]


@pytest.mark.model
def test_ctranslate2_leaves_pytorch_thread_count_alone():
    # A Generator sets the OpenMP thread count that PyTorch reads as its own when PyTorch was loaded
    # first, as in a run (the model, then the engine); PyTorch work after a generation (edits, the
    # forgetting measure, whose cached base half is keyed by the thread count) must keep its own.
    # A fresh interpreter, because which OpenMP library the engine binds to depends on load order.
    _skip_unless("ctranslate2")
    script = f"""
import torch
torch.set_num_threads(1)
from solvers.lm.backends import open_backend
backend = open_backend("ctranslate2", {MODEL!r}, {{"compute_type": "int8", "threads": 2}}, device="cpu")
seen = [torch.get_num_threads()]
backend.generate([backend.render("hi")], max_new_tokens=4, temperature=0.8, seed=1)  # a fresh Generator per batch
seen.append(torch.get_num_threads())
backend.close()
print("threads", *seen)
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split()[-3:] == ["threads", "1", "1"]


@pytest.mark.model
def test_a_folded_adapter_generates_through_ctranslate2_as_in_transformers(tmp_path):
    _skip_unless("ctranslate2")
    pytest.importorskip("peft", reason="the model stack is not installed")
    from benchmark.plugins import SOLVERS
    from solvers.base import SolveContext
    from solvers.lm.backends import from_transformers
    from solvers.lm.backends.hf import TransformersBackend
    from solvers.train.layers import LayerSelection, decoder_layout
    from solvers.train.quiet import quiet_training

    solver = SOLVERS.get("lora")(SolveContext(model=MODEL), {"device": "cpu"})
    lm = solver.lm
    layout = decoder_layout(lm.model)
    config = solver.lora_config(layout, LayerSelection("top:2").resolve(layout.num_layers))
    config.init_lora_weights = False  # a random, non-zero adapter: it must change the answers
    from peft import get_peft_model

    with quiet_training():
        lm.model = get_peft_model(lm.model, config).eval()
    solver.fold(True)
    reference = TransformersBackend(lm)
    logs: list[str] = []
    fast = from_transformers("ctranslate2", lm, {"compute_type": "float32"}, log=logs.append)
    prompts = [reference.render(a) for a in ASKS]
    ours = fast.generate(prompts, max_new_tokens=20)
    assert [g.text for g in ours] == [g.text for g in reference.generate(prompts, max_new_tokens=20)]
    assert fast.facts()["weights_digest"]
    fast.close()
    # The same folded weights again (a resumed run): hashed, found, not converted a second time.
    assert any("converting" in line for line in logs)
    logs.clear()
    from_transformers("ctranslate2", lm, {"compute_type": "float32"}, log=logs.append).close()
    assert not [line for line in logs if "converting" in line]
    with lm.model.disable_adapter():  # the base model answers differently: the adapter was carried over
        base = TransformersBackend(lm).generate(prompts, max_new_tokens=20)
    assert [g.text for g in base] != [g.text for g in ours]


# -- openai against a real server on 127.0.0.1 --------------------------------------------------------


def _faulty_handler():
    from solvers.lm.serve import OpenAIHandler

    class FaultyHandler(OpenAIHandler):
        """Fails the next POSTs as the test queues: '429' (rate limited) or 'drop' (the connection is
        closed without an answer). Counts requests in flight at once."""

        def do_POST(self) -> None:  # noqa: N802
            app = self.server.app
            with app.fault_lock:
                fault = app.faults.pop(0) if app.faults else None
                app.in_flight += 1
                app.max_in_flight = max(app.max_in_flight, app.in_flight)
            try:
                if fault is None:
                    super().do_POST()
                    return
                app.count(self.path)
                self.read_json()
                if fault == "429":
                    self._error(429, "rate limited (injected)", "rate_limit_exceeded")
                else:
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
            finally:
                with app.fault_lock:
                    app.in_flight -= 1

    return FaultyHandler


@pytest.fixture(scope="module")
def server(ct2_int8):
    from solvers.lm.serve import OpenAIServer

    srv = OpenAIServer(ct2_int8, MODEL, host="127.0.0.1", port=0, max_batch=4, handler=_faulty_handler())
    srv.faults, srv.fault_lock, srv.in_flight, srv.max_in_flight = [], threading.Lock(), 0, 0
    with srv:
        yield srv


def _client(server, tmp_path, **options):
    from solvers.lm.backends import open_backend

    return open_backend("openai", f"openai:{MODEL}", {"api_base": server.url, "cache_dir": str(tmp_path / "cache"),
                                                     **{k: str(v) for k, v in options.items()}})


@pytest.mark.model
def test_openai_backend_retries_through_429_and_a_dropped_connection(server, ct2_int8, tmp_path):
    _skip_unless("openai")
    client = _client(server, tmp_path, concurrency=1, max_retries=4)
    before = server.requests["/v1/chat/completions"]
    server.faults[:] = ["429", "drop"]
    answers = client.generate([client.render(a) for a in ASKS], max_new_tokens=16, batch_size=1)
    # Two faults, retried, then both prompts answered: four requests reached the server.
    assert server.requests["/v1/chat/completions"] - before == 4 and not server.faults
    assert client.sent == 4 and client.stats.requests == 2
    # The server renders the turns with the model's chat template: the answers are the engine's own.
    direct = ct2_int8.generate([ct2_int8.render(a) for a in ASKS], max_new_tokens=16, batch_size=1)
    assert [g.text for g in answers] == [g.text for g in direct]
    assert [g.new_tokens for g in answers] == [g.new_tokens for g in direct]  # usage from the server
    client.close()


@pytest.mark.model
def test_openai_answers_are_cached_so_a_second_run_sends_nothing(server, tmp_path):
    _skip_unless("openai")
    prompts = ASKS + ("Say hello.", "Name a prime number.")
    first = _client(server, tmp_path, concurrency=2)
    before = server.requests["/v1/chat/completions"]
    answers = first.generate([first.render(a) for a in prompts], max_new_tokens=12)
    assert server.requests["/v1/chat/completions"] - before == len(prompts)
    assert 1 <= server.max_in_flight <= 2  # bounded concurrency
    first.close()
    again = _client(server, tmp_path, concurrency=2)  # a new session (a resumed run) with the same cache
    replay = again.generate([again.render(a) for a in prompts], max_new_tokens=12)
    assert server.requests["/v1/chat/completions"] - before == len(prompts)  # no request at all
    assert [g.text for g in replay] == [g.text for g in answers] and all(g.cached for g in replay)
    assert again.sent == 0 and again.stats.cached == len(prompts) and again.stats.tokens == 0
    # Other parameters are another request.
    again.generate([again.render(prompts[0])], max_new_tokens=13)
    assert server.requests["/v1/chat/completions"] - before == len(prompts) + 1
    again.close()


@pytest.mark.model
def test_openai_completions_endpoint_with_a_stop_string(server, ct2_int8, tmp_path):
    _skip_unless("openai")
    client = _client(server, tmp_path, endpoint="completions")
    assert not client.chat  # completion-style prompting, as for base models
    text = "# A Python function that adds two numbers\n```python\n"
    (answer,) = client.generate([client.plain(text)], max_new_tokens=40, stop=("```",))
    (direct,) = ct2_int8.generate([ct2_int8.plain(text)], max_new_tokens=40, stop=("```",))
    assert answer.text == direct.text and "```" not in answer.text
    assert server.requests["/v1/completions"] >= 1
    client.close()


@pytest.mark.model
def test_openai_server_refuses_bad_requests(server):
    import json
    import urllib.error
    import urllib.request

    def post(body: dict) -> int:
        request = urllib.request.Request(f"{server.url}/chat/completions", data=json.dumps(body).encode(),
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status
        except urllib.error.HTTPError as exc:
            return exc.code

    assert post({"model": "other", "messages": [{"role": "user", "content": "hi"}]}) == 404
    assert post({"model": MODEL, "messages": []}) == 400
    assert post({"model": MODEL, "messages": [{"role": "user", "content": "hi"}], "stream": True}) == 400


@pytest.mark.docker
@pytest.mark.model
def test_bench_run_through_the_openai_backend_pays_once(server, tmp_path):
    """The runner end to end with --model openai:NAME: rows scored in the sandbox, token usage in the
    cost, and a second run of the same tasks answered from the cache with no request."""
    _skip_unless("openai")
    from tests.conftest import require_docker

    require_docker()
    from benchmark.results import RunStore
    from benchmark.runner import RunConfig, run
    from sandbox.docker_backend import DockerSandbox

    options = {"api_base": server.url, "cache_dir": str(tmp_path / "cache")}
    config = RunConfig(solver="prompt", model=f"openai:{MODEL}", families=("pandas-2",), limit=1,
                       options={"max_new_tokens": "96"}, backend="openai", backend_options=options)
    before = server.requests["/v1/chat/completions"]
    with DockerSandbox() as box:
        folder, metrics = run(config, box, tmp_path / "results", run_id="openai", log=lambda msg: None)
        rows = RunStore(folder).rows()
        assert len(rows) == 2 and all(r.status != "infra" and r.solver_meta["new_tokens"] > 0 for r in rows)
        assert metrics["cost"]["backend"] == "openai" and metrics["cost"]["generated_tokens"] > 0
        assert server.requests["/v1/chat/completions"] - before == 2
        _, again = run(config, box, tmp_path / "results", run_id="openai-again", log=lambda msg: None)
    assert server.requests["/v1/chat/completions"] - before == 2  # all answers from the cache
    assert again["cost"]["cached_answers"] == 2 and again["cost"]["http_requests"] == 0


@pytest.mark.docker
@pytest.mark.model
def test_bench_run_through_ctranslate2(tmp_path):
    _skip_unless("ctranslate2")
    from tests.conftest import require_docker

    require_docker()
    from benchmark.results import RunStore
    from benchmark.runner import RunConfig, run
    from sandbox.docker_backend import DockerSandbox

    config = RunConfig(solver="prompt", model=MODEL, families=("pandas-2",), limit=1,
                       options={"max_new_tokens": "96", "device": "cpu"}, backend="ctranslate2")
    with DockerSandbox() as box:
        folder, metrics = run(config, box, tmp_path, run_id="ct2", log=lambda msg: None)
    rows = RunStore(folder).rows()
    assert len(rows) == 2 and all(r.status != "infra" and r.candidate.strip() for r in rows)
    assert metrics["cost"]["backend"] == "ctranslate2" and metrics["cost"]["compute_type"] == "float32"
    assert metrics["cost"]["model_revision"] == "b179c9523d0e" and metrics["cost"]["tokens_per_s"] > 0


@pytest.mark.model
def test_llamacpp_runs_the_shipped_gguf():
    """Optional engine (the llamacpp extra, built from source): skipped where it is not installed."""
    _skip_unless("llamacpp")
    from solvers.lm.backends import open_backend

    backend = open_backend("llamacpp", MODEL, {"n_ctx": "1024"})
    try:
        prompts = [backend.render(a) for a in ASKS]
        first, second = backend.generate(prompts, max_new_tokens=24)
        assert "def add" in first.text and second.new_tokens > 0 and first.prompt_tokens > 0
        (stopped,) = backend.generate(prompts[:1], max_new_tokens=24, stop=("return",))
        assert "return" not in stopped.text and stopped.new_tokens < first.new_tokens
    finally:
        backend.close()


@pytest.mark.model
def test_ray_actor_serves_the_engine_unchanged(reference):
    """The model in a Ray actor (a one-machine cluster here): same prompts, same greedy answers."""
    _skip_unless("ray")
    import ray

    from solvers.lm.backends import open_backend

    try:
        with pytest.raises(BackendError, match="engine_options item 'float32' must look like key=value"):
            open_backend("ray", MODEL, {"engine": "ctranslate2", "engine_options": "float32"}, device="cpu")
        remote = open_backend("ray", MODEL, {"engine": "transformers"}, device="cpu")
        try:
            prompts = [remote.render(a) for a in ASKS]
            assert [p.text for p in prompts] == [reference.render(a).text for a in ASKS]
            ours = remote.generate(prompts, max_new_tokens=24, batch_size=2)
            theirs = reference.generate(prompts, max_new_tokens=24, batch_size=2)
            assert [g.text for g in ours] == [g.text for g in theirs]
            facts = remote.facts()
            assert (facts["backend"], facts["engine"]) == ("ray", "transformers") and facts["ray_node"]
            assert remote.stats.tokens == sum(g.new_tokens for g in ours)  # counted on the driver
        finally:
            remote.close()
    finally:
        ray.shutdown()  # later tests join clusters of their own


# -- vllm: only where a CUDA GPU is ------------------------------------------------------------------


@pytest.mark.model
def test_vllm_generates_on_cuda():
    why = BACKENDS.get("vllm").unavailable()
    if why is not None:
        pytest.skip(f"vllm backend needs a CUDA GPU and the vllm package: {why}")
    from solvers.lm.backends import open_backend

    backend = open_backend("vllm", MODEL, {"gpu_memory_utilization": "0.3", "enforce_eager": "true"})
    try:
        first, second = backend.generate([backend.render(a) for a in ASKS], max_new_tokens=32)
        assert "def add" in first.text and second.new_tokens > 0
        (stopped,) = backend.generate([backend.render(ASKS[0])], max_new_tokens=32, stop=("return",))
        assert "return" not in stopped.text
    finally:
        backend.close()
