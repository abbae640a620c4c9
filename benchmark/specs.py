"""Typed, frozen models of task families and tasks.

A family is a folder with ``family.yaml``; each task is a sub-folder with ``task.yaml`` and
real code files. Everything a score depends on is hashed, so results name the exact spec.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from enum import Enum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_serializer, model_validator

Ident = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]*$", max_length=80)]


class Kind(str, Enum):
    migrate = "migrate"
    complete = "complete"
    synthetic = "synthetic"
    keep = "keep"


class Split(str, Enum):
    train = "train"
    test_seen = "test_seen"
    test_unseen = "test_unseen"


class ChangeType(str, Enum):
    rename = "rename"
    removed = "removed"
    moved = "moved"
    signature = "signature"
    default = "default"
    semantics = "semantics"
    deprecation = "deprecation"
    none = "none"  # keep tasks: no API change involved


TARGET_KINDS = frozenset({Kind.migrate, Kind.complete, Kind.synthetic})


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Environment(_Frozen):
    """An interpreter minor version plus pinned requirements (``name==version``)."""

    python: Annotated[str, StringConstraints(pattern=r"^3\.\d{1,2}$")]
    requirements: tuple[str, ...] = ()
    # Unpinned dependencies resolve to what the index held on this day; default: the harness's snapshot.
    resolved_as_of: date | None = None

    @model_serializer(mode="wrap")
    def _omit_default_snapshot(self, handler):  # noqa: ANN001, ANN202
        # Left out when unset, so the content hash of every task written before the field existed
        # stays what runs recorded (and their resumes still match).
        data = handler(self)
        if self.resolved_as_of is None:
            data.pop("resolved_as_of", None)
        return data

    @field_validator("requirements")
    @classmethod
    def _pinned(cls, reqs: tuple[str, ...]) -> tuple[str, ...]:
        for req in reqs:
            if "==" not in req:
                raise ValueError(f"requirement {req!r} must be pinned with '=='")
        return tuple(sorted(reqs, key=str.lower))


class Change(_Frozen):
    """The API change a task exercises; ``id`` groups tasks of one change across splits."""

    id: Ident
    type: ChangeType
    old_api: str | None = None
    new_api: str | None = None
    # True when ``new_api`` did not exist in the old environment: the reference must then fail
    # there, and the task counts towards ``upass``.
    introduced_in_new: bool = False


ApiRef = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*(\([A-Za-z_][A-Za-z0-9_]*=\))?$")]


class ApiChecks(_Frozen):
    """Fully qualified names; ``pkg.Class.method(keyword=)`` checks that a keyword is passed.

    A ``must_use`` entry may be a list: an any-of group, satisfied when one of its names is used
    (a change with more than one correct migration, e.g. ``[pandas.concat, pandas.DataFrame._append]``).
    """

    must_use: tuple[ApiRef | tuple[ApiRef, ...], ...] = ()
    must_not_use: tuple[ApiRef, ...] = ()
    # Constants in the candidate's source, for changes that rename a value rather than an API
    # (style names, ``criterion="mse"``, frequency aliases); the same any-of groups as must_use.
    must_use_literals: tuple[str | tuple[str, ...], ...] = ()
    must_not_use_literals: tuple[str, ...] = ()
    # Why no check can be written: for a change no name or literal captures (an argument's
    # shape, an operator, a default added to a field); the tests and the deprecation-warning
    # check then decide alone. Explicit, so that a forgotten check is never silent.
    waived: Annotated[str, StringConstraints(min_length=20)] | None = None

    @field_validator("must_use", "must_use_literals")
    @classmethod
    def _groups_not_empty(cls, entries: tuple) -> tuple:
        for entry in entries:
            if isinstance(entry, tuple) and not entry:
                raise ValueError("an any-of group needs at least one name")
        return entries

    @property
    def present(self) -> bool:
        return bool(self.must_use or self.must_not_use or self.must_use_literals or self.must_not_use_literals)

    @model_validator(mode="after")
    def _waived_alone(self) -> "ApiChecks":
        if self.waived is not None and self.present:
            raise ValueError("'waived' explains why there is no check: remove it, or remove the checks")
        return self

    def names(self) -> tuple[str, ...]:
        """Every name mentioned, groups flattened, in order, without repeats."""
        flat: list[str] = []
        for entry in (*self.must_use, *self.must_not_use):
            flat.extend(entry if isinstance(entry, tuple) else (entry,))
        return tuple(dict.fromkeys(flat))


class Success(str, Enum):
    """What counts as *fixed* for a target task of the family (the headline metric)."""

    fix = "fix"  # tests pass, API check holds, no deprecation warning of the change (ours)
    passed = "pass"  # the tests pass (GitChameleon's notion)
    upass = "upass"  # passes with the update and fails without it (CodeUpdateArena's notion)


class Family(_Frozen):
    id: Ident
    version: int = Field(ge=1)
    library: str
    description: str
    source: str
    license: str
    # Usually ``old`` and ``new``; may be empty when every task declares its own.
    environments: dict[str, Environment] = {}
    # Modules the warm sandbox runner imports once, and packages whose calls are recorded.
    preload: tuple[str, ...] = ()
    track: tuple[str, ...] = ()
    # Imported families keep their upstream notion of success as their "fixed".
    success: Success = Success.fix

    @model_serializer(mode="wrap")
    def _omit_default_success(self, handler):  # noqa: ANN001, ANN202
        # Left out when default so content hashes recorded before the field existed still match.
        data = handler(self)
        if self.success is Success.fix:
            data.pop("success", None)
        return data

    def tracked_packages(self) -> tuple[str, ...]:
        return self.track or (self.library,)

    def preloaded_modules(self) -> tuple[str, ...]:
        return self.preload or (self.library,)


class TaskSpec(_Frozen):
    """Contents of ``task.yaml``."""

    id: Ident
    kind: Kind
    split: Split
    change: Change
    entrypoint: str
    api: ApiChecks = ApiChecks()
    doc: str | None = None
    tags: tuple[str, ...] = ()
    environments: dict[str, Environment] = {}
    timeout_s: float = Field(default=20.0, gt=0, le=600)


TASK_FILES_REQUIRED = ("reference.py", "test_task.py")
TASK_FILES_OPTIONAL = ("old.py", "starting.py", "visible_test.py", "conftest.py", "prompt.md")


class Task(_Frozen):
    """A loaded task: its spec, its family and the text of its files."""

    family: Family
    spec: TaskSpec
    files: dict[str, str]

    @property
    def uid(self) -> str:
        return f"{self.family.id}/{self.spec.id}"

    @property
    def old_code(self) -> str | None:
        return self.files.get("old.py")

    @property
    def reference(self) -> str:
        return self.files["reference.py"]

    @property
    def tests(self) -> str:
        return self.files["test_task.py"]

    @property
    def is_target(self) -> bool:
        return self.spec.kind in TARGET_KINDS

    @property
    def is_deprecation(self) -> bool:
        return "deprecation" in self.spec.tags or self.spec.change.type is ChangeType.deprecation

    def environment(self, name: str) -> Environment | None:
        return self.spec.environments.get(name) or self.family.environments.get(name)

    @property
    def content_hash(self) -> str:
        """Hash of everything that can move this task's score."""
        payload = {
            "family": self.family.model_dump(mode="json", exclude={"description"}),
            "spec": self.spec.model_dump(mode="json"),
            "files": dict(sorted(self.files.items())),
        }
        blob = json.dumps(payload, sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:16]
