"""Edit requests built from the train split: where in the code an API is used, and what should follow.

For every train task the first changed line of ``old.py`` → ``reference.py`` is cut where the two
versions part, at the start of the token that differs (``dtype=np.`` | ``complex_`` →
``complex128``). That gives a *probe*: a code prefix (the prompt), the reference's continuation
(the target) and the old code's continuation (the stale API). The *subject* is the name whose
representation carries the association: the dotted name the prompt ends in (``np.``), or else the
last name on the line before the cut (``df`` in ``df =``).

Per change, the probe of its first train task (by task id) is the edit request; the probes of its
other train tasks (other code, same change) are held-out *paraphrases* that measure
generalisation. *Neighbourhood* probes measure specificity: places in the family's keep tasks
(code already right for the new version) where a name of the same library is used, ending right
after the library's dotted name, with the name the keep code uses as the true continuation. *KL
prompts* for the v* objective come from other code: the same subject in train tasks of other
changes of the library, so that what follows the subject elsewhere stays put while the edit is
learned; the neighbourhood probes are never among them.
"""

from __future__ import annotations

import difflib
import keyword
import re
from collections import defaultdict
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict

from benchmark.specs import Task

# Code kept before the cut: the lines that matter, short enough for CPU passes (an edit takes ~25
# forward and backward passes over its prompts on a 135M model).
PROMPT_LINES = 4
MAX_TARGET_CHARS = 40
NEIGHBOURS_PER_CHANGE = 4
KL_PROMPTS_PER_CHANGE = 2
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_DOTTED_END = re.compile(r"([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*\.)$")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Probe(_Frozen):
    """A code prefix and what follows it: the new API (``target``) and, for edits, the stale one (``old``)."""

    task: str  # uid of the task the code comes from
    prompt: str
    subject: str  # occurs in ``prompt``; its last occurrence is the one whose last token is the key
    target: str  # continuation the edited model should prefer (for neighbourhood probes: the true one)
    old: str | None = None  # the stale continuation (edits and paraphrases)


class EditRequest(_Frozen):
    """One knowledge edit: make ``probe.target`` follow ``probe.prompt`` instead of ``probe.old``."""

    id: str  # family/change
    family: str
    change: str
    probe: Probe
    paraphrases: tuple[Probe, ...] = ()
    neighbourhood: tuple[Probe, ...] = ()
    kl_prompts: tuple[str, ...] = ()  # each contains ``probe.subject``

    @property
    def prompt(self) -> str:
        return self.probe.prompt

    @property
    def subject(self) -> str:
        return self.probe.subject

    @property
    def target(self) -> str:
        return self.probe.target

    @property
    def old(self) -> str:
        return self.probe.old or ""


def _token_start(line: str, pos: int) -> int:
    """Back off ``pos`` to the start of the identifier (or number) it falls inside."""
    while pos > 0 and (line[pos - 1].isalnum() or line[pos - 1] == "_"):
        pos -= 1
    return pos


def _continuation(line: str, cut: int, end: int) -> str:
    """``line[cut:end]`` grown to cover at least one whole name, then a call's parenthesis if one follows."""
    first = _IDENT.search(line, cut)
    if first is not None and first.start() <= max(end, cut + 1):
        end = max(end, first.end())
    while end < len(line) and (line[end].isalnum() or line[end] == "_"):
        end += 1
    return line[cut:end]


def _call_cut(text: str) -> str:
    """Up to a call's opening parenthesis: what decides the API, not its arguments."""
    paren = text.find("(")
    return (text[: paren + 1] if paren >= 0 else text)[:MAX_TARGET_CHARS]


_STRING = re.compile(r"\"[^\"\n]*\"|'[^'\n]*'")


def _subject(before: str) -> str | None:
    """The dotted name the prefix ends in, else the last name on the line before the cut (a keyword
    only when the line has no other name)."""
    line = before.rsplit("\n", 1)[-1]
    dotted = _DOTTED_END.search(line)
    if dotted:
        return dotted.group(1)
    names = _IDENT.findall(_STRING.sub("", line))
    plain = [n for n in names if not keyword.iskeyword(n)]
    return (plain or names or [None])[-1]


def probe_from_pair(uid: str, old: str, new: str) -> Probe | None:
    """The first place ``old`` and ``new`` part, as a probe; None when no line-level change gives one."""
    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "replace":
            continue  # pure insertions/deletions have no old continuation to compare against
        for offset, (o_line, n_line) in enumerate(zip(old_lines[i1:i2], new_lines[j1:j2])):
            cut = 0
            while cut < min(len(o_line), len(n_line)) and o_line[cut] == n_line[cut]:
                cut += 1
            cut = _token_start(n_line, cut)
            # Whitespace belongs to the continuation: BPE vocabularies start words with their space.
            while cut > 0 and n_line[cut - 1] in " \t" and n_line[:cut].strip():
                cut -= 1
            if not n_line[:cut].strip():
                continue  # the whole line differs: no in-line context to continue from
            # Where the two lines meet again (their common suffix), the continuations end.
            tail = 0
            while tail < min(len(o_line), len(n_line)) - cut and o_line[-1 - tail] == n_line[-1 - tail]:
                tail += 1
            target = _continuation(n_line, cut, len(n_line) - tail)
            stale = _continuation(o_line, cut, len(o_line) - tail)
            # One a prefix of the other (``timeout`` / ``timeout, strict=True``): grow the shorter one
            # until they part, so that the comparison is about what differs.
            while target != stale and (stale.startswith(target) or target.startswith(stale)):
                short, line = (target, n_line) if len(target) < len(stale) else (stale, o_line)
                if len(short) >= len(line) - cut:
                    break
                grown = line[cut: cut + len(short) + 1]
                target, stale = (grown, stale) if short is target else (target, grown)
            target, stale = _call_cut(target).rstrip("\n") or target, _call_cut(stale).rstrip("\n") or stale
            if not target.strip() or not stale.strip() or target == stale:
                continue
            # The lines before come from the old code: the model sees code as it stands before the update.
            line_no = i1 + offset
            prompt = "".join(old_lines[max(0, line_no - PROMPT_LINES): line_no]) + n_line[:cut]
            subject = _subject(prompt)
            if subject is None:
                continue
            return Probe(task=uid, prompt=prompt, subject=subject, target=target, old=stale)
    return None


def library_aliases(code: str, library: str) -> set[str]:
    """Names the module binds to the library or its submodules (``import numpy as np`` → ``np``,
    ``from scipy import stats`` → ``stats``). For the standard library (``python``) every imported module."""
    top = library.split(".")[0].replace("-", "_").lower()
    stdlib = top in ("python", "stdlib")
    aliases = set()
    for match in re.finditer(r"^\s*import\s+([\w.]+)(?:\s+as\s+(\w+))?\s*$", code, re.M):
        module, alias = match.groups()
        if stdlib or module.split(".")[0] == top:
            aliases.add(alias or module)
    for match in re.finditer(r"^\s*from\s+([\w.]+)\s+import\s+([\w, ]+)$", code, re.M):
        if stdlib or match.group(1).split(".")[0] == top:
            # Only lower-case names: modules and functions used with a dot (stats.mode), not classes.
            aliases.update(n.split(" as ")[-1].strip() for n in match.group(2).split(",")
                           if n.strip()[:1].islower())
    return aliases


def attribute_probes(uid: str, code: str, library: str, avoid: Iterable[str] = ()) -> list[Probe]:
    """Every ``alias.name`` use of the library in ``code``, cut after ``alias.`` (one per distinct name)."""
    out: list[Probe] = []
    seen: set[str] = set()
    avoid = set(avoid)
    lines = code.splitlines(keepends=True)
    for alias in sorted(library_aliases(code, library)):
        for n, line in enumerate(lines):
            if line.lstrip().startswith(("import ", "from ")):
                continue
            for match in re.finditer(rf"(?<![\w.]){re.escape(alias)}\.([A-Za-z_]\w*)", line):
                name = match.group(1)
                if name in seen or name in avoid:
                    continue
                seen.add(name)
                cut = match.start(1)
                prompt = "".join(lines[max(0, n - PROMPT_LINES): n]) + line[:cut]
                out.append(Probe(task=uid, prompt=prompt, subject=f"{alias}.",
                                 target=_call_cut(_continuation(line, cut, cut))))
    return out


def subject_prompts(code: str, subject: str, avoid: Iterable[str] = ()) -> list[str]:
    """Prompts that end right after an occurrence of ``subject`` in ``code`` followed by none of the
    ``avoid`` names: the subject in other contexts, whose continuation the edit should leave alone."""
    out = []
    avoid = set(avoid)
    lines = code.splitlines(keepends=True)
    for n, line in enumerate(lines):
        # A subject ending in a name must end there (``df`` is not ``dfs``); one ending in a dot
        # is followed by the attribute.
        ending = r"(?!\w)" if subject[-1:].isalnum() or subject[-1:] == "_" else ""
        for match in re.finditer(rf"(?<![\w.]){re.escape(subject)}{ending}", line):
            rest = _IDENT.search(line, match.end())
            if rest is not None and rest.group(0) in avoid:
                continue
            out.append("".join(lines[max(0, n - PROMPT_LINES): n]) + line[: match.end()])
    return out


def _stale_names(probe: Probe) -> set[str]:
    return set(_IDENT.findall(probe.old or "")) | set(_IDENT.findall(probe.target))


def build_requests(train: list[Task], keep: list[Task]) -> list[EditRequest]:
    """One edit request per change of the train split (see the module doc); changes whose train
    pairs give no in-line probe are left out."""
    by_change: dict[tuple[str, str], list[Task]] = defaultdict(list)
    for task in train:
        if task.old_code:
            by_change[(task.family.id, task.spec.change.id)].append(task)
    keep_by_family: dict[str, list[Task]] = defaultdict(list)
    for task in keep:
        keep_by_family[task.family.id].append(task)
    train_by_family: dict[str, list[Task]] = defaultdict(list)
    for task in train:
        train_by_family[task.family.id].append(task)
    requests = []
    for (family, change), tasks in sorted(by_change.items()):
        probes = [p for t in sorted(tasks, key=lambda t: t.uid)
                  if (p := probe_from_pair(t.uid, t.old_code or "", t.reference)) is not None]
        if not probes:
            continue
        main, paraphrases = probes[0], tuple(probes[1:])
        stale = set().union(*(_stale_names(p) for p in probes))
        library = tasks[0].family.library
        neighbourhood = [p for t in sorted(keep_by_family[family], key=lambda t: t.uid)
                         for p in attribute_probes(t.uid, t.reference, library, avoid=stale)]
        # KL prompts: the subject elsewhere in the family's other train code (never the keep tasks,
        # which measure specificity), then, if there is none, earlier in the edit's own file.
        kl = [prompt for t in sorted(train_by_family[family], key=lambda t: t.uid) if t.spec.change.id != change
              for prompt in subject_prompts(t.old_code or "", main.subject, avoid=stale)]
        if not kl:
            own = next(t for t in tasks if t.uid == main.task)
            kl = [p for p in subject_prompts(own.old_code or "", main.subject, avoid=stale)
                  if not main.prompt.startswith(p)]
        requests.append(EditRequest(
            id=f"{family}/{change}", family=family, change=change, probe=main, paraphrases=paraphrases,
            neighbourhood=tuple(_spread(neighbourhood, NEIGHBOURS_PER_CHANGE)),
            kl_prompts=tuple(_spread(kl, KL_PROMPTS_PER_CHANGE))))
    return requests


def _spread(items: list, n: int) -> list:
    """``n`` items spread evenly over the list (deterministic), rather than the first ``n`` of one file."""
    if len(items) <= n:
        return list(items)
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def requests_for(families: Iterable[str] | None = None, root=None) -> list[EditRequest]:  # noqa: ANN001
    """Edit requests of the shipped (or ``root``) tasks: train split targets, keep tasks for neighbourhoods."""
    from benchmark.loading import load_tasks, load_train_tasks

    families = list(families) if families else None
    train = load_train_tasks(families, root=root)
    keep = [t for t in load_tasks(families, root=root) if not t.is_target]
    return build_requests(train, keep)
