"""Resolve an environment to exact wheels on the host: a wheelhouse plus a lock file.

Images and venvs are then built from the wheelhouse with no network, and are named by the
hash of the lock (python minor, base system, every wheel's file name and sha256), so equal
environments share one build and any change in a resolved version makes a new one.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import subprocess
import sys
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from sandbox.base import EnvRequest, InfraError

# pytest runs inside every environment (the runner uses it); pinned so results do not drift.
RUNNER_REQUIREMENTS = ("pytest==8.3.4",)

# Offline base systems per Python minor: Debian suite and its glibc (for manylinux tags).
DEBIAN_BASES = {"3.9": ("bullseye", (2, 31)), "3.11": ("bookworm", (2, 36)), "3.13": ("trixie", (2, 41))}


def cache_root() -> Path:
    root = Path(os.environ.get("BENCH_CACHE", Path.home() / ".cache" / "api-update-bench"))
    root.mkdir(parents=True, exist_ok=True)
    return root


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class LockedPackage(BaseModel):
    model_config = ConfigDict(frozen=True)
    name: str
    version: str
    filename: str
    sha256: str


class Lock(BaseModel):
    model_config = ConfigDict(frozen=True)
    python: str
    base: str
    platform: str
    requirements: tuple[str, ...]
    packages: tuple[LockedPackage, ...]
    wheelhouse: str  # where the wheels lie on this host; not part of the key
    resolved_as_of: date | None = None  # the index snapshot resolved against; the wheels make the key

    @property
    def key(self) -> str:
        payload = {"python": self.python, "base": self.base, "platform": self.platform,
                   "packages": [(p.filename, p.sha256) for p in self.packages]}
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:20]

    def summary(self) -> str:
        return ", ".join(f"{p.name}=={p.version}" for p in self.packages)

    def short(self) -> str:
        """One line for a console: the requested packages and how many were locked in all."""
        return f"python {self.python}, {' '.join(self.requirements)} ({len(self.packages)} packages)"

    def facts(self) -> dict[str, str | None]:
        """What a run records about the environment it tested in."""
        return {"lock": self.key, "packages": self.summary(),
                "resolved_as_of": self.resolved_as_of.isoformat() if self.resolved_as_of else None}


def platform_tag(python: str) -> str:
    machine = platform.machine()
    _, (major, minor) = DEBIAN_BASES.get(python, ("", (2, 28)))
    return f"manylinux_{major}_{minor}_{machine}"


def platform_tags(python: str) -> list[str]:
    """Every manylinux tag the base system's glibc accepts (pip does not expand these itself)."""
    machine = platform.machine()
    _, (major, minor) = DEBIAN_BASES.get(python, ("", (2, 28)))
    tags = [f"manylinux_{major}_{m}_{machine}" for m in range(minor, 4, -1)]
    return tags + [f"manylinux2014_{machine}", f"manylinux2010_{machine}", f"manylinux1_{machine}", "linux_" + machine]


RESOLVER = "uv-target-markers-snapshot-2"  # part of the cache key: a resolver change re-resolves

# Requirements pin only the libraries a family is about; their dependencies (python-dateutil,
# packaging, ...) would otherwise resolve to whatever is newest on the day a machine first builds
# the environment, so two machines could test the same task against different code. Resolution
# therefore sees only files uploaded before this day, unless an environment names its own day
# (``resolved_as_of``). The pinned requirements themselves are exempt: their version is exact
# already, and a release newer than the snapshot must still be usable.
SNAPSHOT = date(2026, 12, 4)
NO_CUTOFF = date(2100, 1, 1)  # for the exempt pins (uv rejects date.max)


def resolved_as_of(env: EnvRequest) -> date:
    return env.resolved_as_of or SNAPSHOT


def _cutoff(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def _request_key(env: EnvRequest) -> str:
    blob = json.dumps([env.python, platform_tag(env.python), sorted(env.requirements), RUNNER_REQUIREMENTS, RESOLVER,
                       resolved_as_of(env).isoformat()])
    return hashlib.sha256(blob.encode()).hexdigest()[:20]


def wheelhouse_dir(env: EnvRequest) -> Path:
    return cache_root() / "wheelhouse" / _request_key(env)


def _parse_wheel(filename: str) -> tuple[str, str]:
    name, version = filename.split("-")[:2]
    return name.replace("_", "-").lower(), version


def lock(env: EnvRequest, log=print) -> Lock:  # noqa: ANN001
    """Download (once) the exact wheels for ``env`` and return their lock; cached on disk."""
    house = wheelhouse_dir(env)
    lock_path = house / "lock.json"
    if lock_path.is_file():
        cached = Lock.model_validate_json(lock_path.read_text())
        if all((house / p.filename).is_file() for p in cached.packages):
            return cached
    house.mkdir(parents=True, exist_ok=True)
    logs = cache_root() / "logs"
    logs.mkdir(exist_ok=True)
    log_path = logs / f"wheels-{_request_key(env)}.log"
    major, minor = env.python.split(".")
    log(f"resolving wheels for python {env.python}: {' '.join(env.requirements)}")
    with log_path.open("w") as fh:
        pins = _resolve_for_target(env, fh)
        # Exactly the resolved pins, as binary wheels for the target interpreter and platform.
        cmd = [sys.executable, "-m", "pip", "download", "--disable-pip-version-check", "--no-deps",
               "--only-binary=:all:", "--python-version", env.python, "--implementation", "cp",
               "--abi", f"cp{major}{minor}", *[arg for tag in platform_tags(env.python) for arg in ("--platform", tag)],
               "-d", str(house), *pins]
        fh.write(f"\n$ {' '.join(cmd)}\n")
        fh.flush()
        proc = subprocess.run(cmd, stdout=fh, stderr=subprocess.STDOUT)
    if proc.returncode != 0:
        raise InfraError(f"could not download wheels for {', '.join(env.requirements)} (python {env.python}); "
                         f"log: {log_path}")
    wanted = {_canonical_name(p.split("==")[0]) for p in pins}
    packages = []
    for wheel in sorted(house.glob("*.whl")):
        name, version = _parse_wheel(wheel.name)
        if _canonical_name(name) not in wanted:
            continue  # a leftover from an earlier resolution in the same folder
        packages.append(LockedPackage(name=name, version=version, filename=wheel.name, sha256=_sha256(wheel)))
    base = DEBIAN_BASES.get(env.python, ("python-slim",))[0]
    result = Lock(python=env.python, base=base, platform=platform_tag(env.python),
                  requirements=tuple(env.requirements) + RUNNER_REQUIREMENTS, packages=tuple(packages),
                  wheelhouse=str(house), resolved_as_of=resolved_as_of(env))
    tmp = lock_path.with_suffix(".tmp")
    tmp.write_text(result.model_dump_json(indent=2))
    os.replace(tmp, lock_path)
    return result


def _canonical_name(name: str) -> str:
    return name.strip().lower().replace("_", "-").replace(".", "-")


def _resolve_for_target(env: EnvRequest, log) -> list[str]:  # noqa: ANN001 - an open log file
    """Exact pins for the target interpreter and platform. ``uv pip compile`` evaluates
    environment markers for the target (pip download evaluates them for the host, so e.g.
    pytest's ``exceptiongroup`` dependency on Python < 3.11 would go missing)."""
    import tempfile

    from uv import find_uv_bin

    _, (major, minor) = DEBIAN_BASES.get(env.python, ("", (2, 28)))
    pinned = (*env.requirements, *RUNNER_REQUIREMENTS)
    with tempfile.NamedTemporaryFile("w", suffix=".in", delete=False) as req:
        req.write("\n".join(pinned) + "\n")
    day = resolved_as_of(env)
    exempt = [arg for r in pinned for arg in ("--exclude-newer-package", f"{r.split('==')[0].strip()}={_cutoff(NO_CUTOFF)}")]
    cmd = [find_uv_bin(), "pip", "compile", req.name, "--python-version", env.python,
           # uv names platforms up to manylinux_2_40; those wheels run on any newer glibc too.
           "--python-platform", f"{platform.machine()}-manylinux_{major}_{min(minor, 40)}", "--only-binary", ":all:",
           "--exclude-newer", _cutoff(day), *exempt, "--no-header", "--no-annotate", "--quiet"]
    log.write(f"$ {' '.join(cmd)}\n")
    log.flush()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    os.unlink(req.name)
    log.write(proc.stdout + proc.stderr)
    if proc.returncode != 0:
        hint = (f" (dependencies resolve as of {day}: an environment needing newer ones sets a later "
                "`resolved_as_of`)" if "filtered by `exclude-newer`" in proc.stderr else "")
        raise InfraError(f"could not resolve {', '.join(env.requirements)} for python {env.python}: "
                         f"{(proc.stderr.strip().splitlines() or ['see log'])[-1]}{hint}")
    return [line.split(";")[0].strip() for line in proc.stdout.splitlines()
            if line.strip() and not line.startswith(("#", " ", "-"))]
