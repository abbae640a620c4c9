"""Docker images: one base per Python minor, one environment image per lock.

The base is ``python:X.Y-slim`` when a registry answers; otherwise it is built offline from
Debian with ``debootstrap`` and ``docker import``. Environment images install the locked
wheelhouse with the network off, so a build needs nothing but the host's cache.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from sandbox.base import InfraError
from sandbox.envs import DEBIAN_BASES, Lock, cache_root

LABEL = "api-update-bench"
BASE_REPO = "api-update-bench/base"
ENV_REPO = "api-update-bench/env"
DEBIAN_MIRROR = "http://deb.debian.org/debian"


def base_tag(python: str) -> str:
    return f"{BASE_REPO}:py{python}"


def env_tag(lock: Lock) -> str:
    return f"{ENV_REPO}:{lock.key}"


def _log_path(name: str) -> Path:
    logs = cache_root() / "logs"
    logs.mkdir(exist_ok=True)
    return logs / f"{name}.log"


def image_exists(client, tag: str) -> bool:  # noqa: ANN001 - docker.DockerClient
    import docker.errors

    try:
        client.images.get(tag)
        return True
    except docker.errors.ImageNotFound:
        return False


def ensure_base(client, python: str, log=print) -> tuple[str, bool]:  # noqa: ANN001
    """Return (tag, built_now)."""
    tag = base_tag(python)
    if image_exists(client, tag):
        return tag, False
    try:
        image = client.images.pull("python", tag=f"{python}-slim")
        image.tag(BASE_REPO, tag=f"py{python}")
        log(f"base image {tag} from python:{python}-slim")
        return tag, True
    except Exception:  # no registry here: build offline below
        pass
    if python not in DEBIAN_BASES:
        raise InfraError(
            f"no base image for Python {python}: no registry answered and offline bases exist only for "
            f"{', '.join(sorted(DEBIAN_BASES))}"
        )
    suite = DEBIAN_BASES[python][0]
    if shutil.which("debootstrap") is None:
        raise InfraError("debootstrap is not installed (apt-get install -y debootstrap) and no registry answered")
    log_path = _log_path(f"base-py{python}")
    log(f"building base image {tag} offline from Debian {suite} (debootstrap, ~1 min); log: {log_path}")
    start = time.monotonic()
    root = Path(tempfile.mkdtemp(prefix=f"bench-rootfs-{suite}-", dir=cache_root()))
    try:
        with log_path.open("w") as fh:
            cmd = ["debootstrap", "--variant=minbase", "--include=python3,python3-venv,python3-pip",
                   suite, str(root), DEBIAN_MIRROR]
            if subprocess.run(cmd, stdout=fh, stderr=subprocess.STDOUT).returncode != 0:
                raise InfraError(f"debootstrap of {suite} failed; log: {log_path}")
            # Slim the image: apt caches and docs are not needed to run tests.
            for junk in ("var/cache/apt/archives", "usr/share/doc", "usr/share/man", "usr/share/locale"):
                shutil.rmtree(root / junk, ignore_errors=True)
            tar = subprocess.Popen(["tar", "-C", str(root), "-c", "."], stdout=subprocess.PIPE, stderr=fh)
            imp = subprocess.run(["docker", "import", "--change", "ENV LANG=C.UTF-8", "-", tag],
                                 stdin=tar.stdout, stdout=fh, stderr=subprocess.STDOUT)
            tar.wait()
            if imp.returncode != 0 or tar.returncode != 0:
                raise InfraError(f"docker import of the {suite} root file system failed; log: {log_path}")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    log(f"base image {tag} built in {time.monotonic() - start:.0f} s")
    return tag, True


DOCKERFILE = """\
FROM {base}
COPY wheels/ /tmp/wheels/
RUN python3 -m venv /opt/venv \\
 && /opt/venv/bin/pip install --no-index --no-deps --disable-pip-version-check /tmp/wheels/*.whl \\
 && rm -rf /tmp/wheels /root/.cache
ENV PATH=/opt/venv/bin:/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 PYTHONDONTWRITEBYTECODE=1
"""


def ensure_env_image(client, lock: Lock, log=print) -> tuple[str, bool]:  # noqa: ANN001
    """Return (tag, built_now) for the environment image of ``lock``."""
    tag = env_tag(lock)
    if image_exists(client, tag):
        return tag, False
    base, _ = ensure_base(client, lock.python, log)
    log_path = _log_path(f"env-{lock.key}")
    log(f"building environment image {tag} ({lock.short()}); log: {log_path}")
    house = Path(lock.wheelhouse)
    with tempfile.TemporaryDirectory(prefix="bench-ctx-") as ctx:
        wheels = Path(ctx) / "wheels"
        wheels.mkdir()
        for pkg in lock.packages:
            shutil.copy2(house / pkg.filename, wheels / pkg.filename)
        (Path(ctx) / "Dockerfile").write_text(DOCKERFILE.format(base=base))
        labels = {LABEL: "env", f"{LABEL}.lock": lock.key, f"{LABEL}.python": lock.python}
        try:
            with log_path.open("w") as fh:
                for chunk in client.api.build(path=ctx, tag=tag, network_mode="none", rm=True, forcerm=True,
                                              labels=labels, decode=True):
                    if "stream" in chunk:
                        fh.write(chunk["stream"])
                    if "error" in chunk:
                        fh.write(chunk["error"])
                        raise InfraError(f"environment image build failed: {chunk['error'].strip()}; log: {log_path}")
        except InfraError:
            raise
        except Exception as exc:
            raise InfraError(f"environment image build failed: {exc}; log: {log_path}") from exc
    return tag, True
