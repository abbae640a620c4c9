"""Per-edit metrics, scored on the model before and after editing.

For a probe, the model *prefers* a continuation when its mean log-probability per token after the
prompt is higher:

- **efficacy** — on the edit prompt, the target beats the old continuation;
- **generalisation** — the same on the paraphrases (other code with the same change, never edited on);
- **specificity** — on the neighbourhood (names of the same library in keep-task code, which the
  edit must leave alone), the continuation the code really has still beats the edit's target.

Each is a share over requests (a request's paraphrases and neighbours count as the share of them
that hold), for the unedited model (``base``) and the edited one (``edited``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from solvers.edit.algorithms import continuation_logprob
from solvers.edit.requests import EditRequest


def score_requests(model: Any, tokenizer: Any, requests: Sequence[EditRequest]) -> list[dict[str, Any]]:
    """Per request: log-probabilities of target and old on the edit prompt and every paraphrase, and
    of the true continuation and the edit's target on every neighbourhood prompt."""
    pairs: list[tuple[str, str]] = []
    for r in requests:
        for probe in (r.probe, *r.paraphrases):
            pairs += [(probe.prompt, probe.target), (probe.prompt, probe.old or "")]
        for probe in r.neighbourhood:
            pairs += [(probe.prompt, probe.target), (probe.prompt, r.target)]
    values = iter(continuation_logprob(model, tokenizer, pairs))
    out = []
    for r in requests:
        edit = (next(values), next(values))
        paraphrases = [(next(values), next(values)) for _ in r.paraphrases]
        neighbours = [(next(values), next(values)) for _ in r.neighbourhood]
        out.append({"request": r.id, "edit": edit, "paraphrases": paraphrases, "neighbourhood": neighbours})
    return out


def _holds(pairs: list[tuple[float, float]]) -> float | None:
    return sum(a > b for a, b in pairs) / len(pairs) if pairs else None


def _mean(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(sum(present) / len(present), 4) if present else None


def edit_metrics(requests: Sequence[EditRequest], before: list[dict[str, Any]],
                 after: list[dict[str, Any]]) -> dict[str, Any]:
    per_edit = []
    for r, b, a in zip(requests, before, after):
        per_edit.append({
            "request": r.id,
            "efficacy": [_holds([b["edit"]]), _holds([a["edit"]])],
            "generalisation": [_holds(b["paraphrases"]), _holds(a["paraphrases"])],
            "specificity": [_holds(b["neighbourhood"]), _holds(a["neighbourhood"])],
            "target_logprob": [round(b["edit"][0], 4), round(a["edit"][0], 4)],
            "old_logprob": [round(b["edit"][1], 4), round(a["edit"][1], 4)],
            "paraphrases": len(r.paraphrases), "neighbourhood": len(r.neighbourhood),
        })

    def summary(key: str) -> dict[str, Any]:
        rows = [e[key] for e in per_edit]
        return {"base": _mean([x[0] for x in rows]), "edited": _mean([x[1] for x in rows]),
                "n": sum(x[1] is not None for x in rows)}

    return {"efficacy": summary("efficacy"), "generalisation": summary("generalisation"),
            "specificity": summary("specificity"), "edits": len(per_edit), "per_edit": per_edit}
