"""Batched generation and extraction of code from model answers."""

from __future__ import annotations

import re
import time

from solvers.lm.backends.base import Generation, GenerationStats
from solvers.lm.models import LoadedModel

FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_+-]*)[^\n]*\n(.*?)(?:```|\Z)", re.S)
CODE_START = re.compile(r"^(?:from\s+\S+\s+import|import\s+\w|def\s+\w|class\s+\w|@\w|[A-Za-z_]\w*\s*=)")


__all__ = ["Generation", "GenerationStats", "extract_code", "final_code", "generate", "render_prompt"]


def render_prompt(lm: LoadedModel, prompt: str, system: str | None = None) -> str:
    """Chat template for chat models; the plain text for base models (a template makes them degenerate)."""
    if not lm.chat:
        return prompt
    messages = ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": prompt}]
    return lm.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)


def generate(lm: LoadedModel, prompts: list[str], max_new_tokens: int = 384, temperature: float = 0.0,
             seed: int = 0, stop: tuple[str, ...] = (), batch_size: int = 8,
             stats: GenerationStats | None = None, repetition_penalty: float = 1.0) -> list[Generation]:
    """Generate for rendered prompts in left-padded batches; greedy at temperature 0."""
    import torch

    tok = lm.tokenizer
    tok.padding_side = "left"  # generation continues from the right edge of every row
    out: list[Generation] = []
    for i in range(0, len(prompts), batch_size):
        batch = prompts[i:i + batch_size]
        enc = tok(batch, return_tensors="pt", padding=True, add_special_tokens=not lm.chat).to(lm.device)
        kwargs = {"max_new_tokens": max_new_tokens, "pad_token_id": tok.pad_token_id}
        if temperature > 0:
            torch.manual_seed(seed + i)
            kwargs.update(do_sample=True, temperature=temperature, top_p=0.95)
        else:
            kwargs.update(do_sample=False)
        if repetition_penalty != 1.0:
            kwargs["repetition_penalty"] = repetition_penalty
        if stop:
            kwargs["stop_strings"] = list(stop)
            kwargs["tokenizer"] = tok
        start = time.monotonic()
        with torch.no_grad():
            seq = lm.model.generate(**enc, **kwargs)
        new = seq[:, enc["input_ids"].shape[1]:]
        elapsed = time.monotonic() - start
        batch_out = []
        for row, mask in zip(new, enc["attention_mask"]):
            n = int((row != tok.pad_token_id).sum())
            text = tok.decode(row, skip_special_tokens=True)
            for s in stop:
                text = text.split(s, 1)[0]
            batch_out.append(Generation(text=text, new_tokens=n, prompt_tokens=int(mask.sum()),
                                        finish_reason="length" if n >= max_new_tokens else "stop"))
        if stats is not None:
            stats.add(batch_out, elapsed)
        out.extend(batch_out)
    return out


def final_code(answer: str) -> str:
    """The code a reasoning answer ends with: its last closed fenced block.

    A block cut off by the token cap is used only when no block was closed: a model that
    repeats the module until the cap would otherwise be scored on half a line.
    """
    matches = list(FENCE.finditer(answer))
    if not matches:
        return extract_code(answer)
    closed = [m for m in matches if m.group(0).endswith("```")]
    return (closed or matches)[-1].group(2).strip("\n") + "\n"


def extract_code(answer: str, prefer: str = "python") -> str:
    """The code in a model answer: a fenced block (the python one, else the longest), else the
    lines from the first that looks like code; otherwise the answer as it is."""
    blocks = [(lang.lower(), body) for lang, body in FENCE.findall(answer)]
    if blocks:
        tagged = [body for lang, body in blocks if lang in (prefer, "py", "python3")]
        chosen = tagged[0] if tagged else max((body for _, body in blocks), key=len)
        return chosen.strip("\n") + "\n"
    lines = answer.splitlines()
    for i, line in enumerate(lines):
        if CODE_START.match(line):
            return "\n".join(lines[i:]).strip("\n") + "\n"
    return answer.strip() + "\n"
