"""The production shape on one machine: gunicorn, the task worker and Varnish on loopback.

    .venv/bin/python deploy/local.py          # what ``make serve-production`` runs

Starts, with production settings (``cms.settings.production``) over the
configured database (the demo's ``db.sqlite3`` unless ``DATABASE_URL`` says
otherwise):

- Redis on loopback for the shared cache and sessions (``.ci/services.sh
  redis``), unless ``CACHE_URL`` names one,
- gunicorn with ``deploy/gunicorn.conf.py`` (two workers) on PORT+1,
- the django-tasks database worker (emails, the sourcebook book, search index
  updates, cache purges),
- Varnish with ``deploy/varnish/praxis.vcl`` on PORT, in front of gunicorn,
  purged by the site on publish (``FRONTEND_CACHE_URLS``).

Plain HTTP on loopback: no TLS proxy here, so ``SECURE_SSL_REDIRECT`` is off;
the secret key is made up for the run unless ``SECRET_KEY`` is set. The same
class starts the processes for ``bench/pages.py --http`` and the tests that
run Varnish (tests/cms/test_varnish.py).
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VCL = ROOT / "deploy" / "varnish" / "praxis.vcl"
GUNICORN_CONF = ROOT / "deploy" / "gunicorn.conf.py"
VARNISHD = shutil.which("varnishd") or (
    "/usr/sbin/varnishd" if Path("/usr/sbin/varnishd").exists() else None
)


class ProcessFailed(RuntimeError):
    pass


def free_port() -> int:
    """A TCP port nothing listens on now, on loopback."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(
    url: str, seconds: float, process: subprocess.Popen | None = None, ok_only: bool = False
) -> None:
    """Wait until ``url`` answers (with 200 if ``ok_only``), or fail saying which process quit."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise ProcessFailed(f"{process.args[0]} exited with {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2).close()  # noqa: S310 - loopback only
            return
        except urllib.error.HTTPError:
            if not ok_only:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise ProcessFailed(f"{url} did not answer within {seconds:.0f} s")


def shared_cache_url() -> str:
    """``CACHE_URL`` of a Redis on loopback, started by ``.ci/services.sh redis`` if needed.

    Production settings refuse a cache each process keeps to itself (rate
    limits, sessions and the content version must be shared by the workers).
    """
    out = subprocess.run(
        [str(ROOT / ".ci" / "services.sh"), "redis"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for line in out.splitlines():
        if line.startswith("CACHE_URL="):
            return line.split("=", 1)[1]
    raise ProcessFailed(".ci/services.sh redis printed no CACHE_URL")


def vcl_for(backend_port: int, backend_host: str = "127.0.0.1") -> str:
    """The deployed VCL with its backend pointed at ``backend_host:backend_port``."""
    text = VCL.read_text()
    text = re.sub(r'(\.host = ")[^"]*(";)', rf"\g<1>{backend_host}\g<2>", text, count=1)
    return re.sub(r'(\.port = ")[^"]*(";)', rf"\g<1>{backend_port}\g<2>", text, count=1)


class ProductionShape:
    """gunicorn (+ the task worker) behind Varnish on loopback, stopped on exit."""

    def __init__(
        self,
        gunicorn_port: int | None = None,
        varnish_port: int | None = None,
        *,
        web: bool = True,
        worker: bool = True,
        varnish: bool = True,
        env: dict[str, str] | None = None,
        workers: int = 2,
        log_dir: Path | None = None,
    ):
        self.gunicorn_port = gunicorn_port or free_port()
        self.varnish_port = varnish_port or free_port()
        self.with_web = web
        self.with_worker = worker
        self.with_varnish = varnish
        self.workers = workers
        self.run_dir = Path(tempfile.mkdtemp(prefix="praxis-shape-"))
        self.log_dir = log_dir or self.run_dir
        self.processes: dict[str, subprocess.Popen] = {}
        self.env = self._environment(env or {})

    @property
    def gunicorn_url(self) -> str:
        return f"http://127.0.0.1:{self.gunicorn_port}"

    @property
    def varnish_url(self) -> str:
        return f"http://127.0.0.1:{self.varnish_port}"

    def _environment(self, overrides: dict[str, str]) -> dict[str, str]:
        env = dict(os.environ)
        env.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")
        env.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
        env.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
        env.setdefault("SECURE_SSL_REDIRECT", "false")
        if self.with_varnish:
            # The site purges the cache it sits behind.
            env.setdefault("FRONTEND_CACHE_URLS", self.varnish_url)
        env.update(overrides)
        if self.with_web and not env.get("CACHE_URL"):
            env["CACHE_URL"] = shared_cache_url()
        env["PYTHONPATH"] = str(ROOT)
        return env

    def _start(self, name: str, command: list[str]) -> subprocess.Popen:
        log = open(self.log_dir / f"{name}.log", "ab")  # noqa: SIM115 - closed in stop()
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: stopped with its children
        )
        process.log = log
        self.processes[name] = process
        return process

    def log(self, name: str) -> str:
        path = self.log_dir / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def start(self) -> ProductionShape:
        try:
            if not self.with_web:
                # Varnish in front of a server started elsewhere (a test's live server).
                self.start_varnish()
                wait_for(self.varnish_url + "/healthz", 30, self.processes["varnish"], ok_only=True)
                return self
            web = self._start(
                "gunicorn",
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "-c",
                    str(GUNICORN_CONF),
                    "--bind",
                    f"127.0.0.1:{self.gunicorn_port}",
                    "--workers",
                    str(self.workers),
                    "cms.wsgi",
                ],
            )
            if self.with_worker:
                self.start_worker()
            wait_for(self.gunicorn_url + "/healthz", 60, web)
            if self.with_varnish:
                # After gunicorn answers, so Varnish's first health probe finds it up.
                self.start_varnish()
                wait_for(self.varnish_url + "/healthz", 30, self.processes["varnish"], ok_only=True)
        except BaseException:
            self.stop()
            raise
        return self

    def start_worker(self) -> subprocess.Popen:
        """The django-tasks database worker (again, after ``stop_process("worker")``)."""
        return self._start(
            "worker",
            [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay"],
        )

    def start_varnish(self) -> subprocess.Popen:
        if VARNISHD is None:
            raise ProcessFailed("varnishd is not installed (.ci/services.sh varnish)")
        vcl = self.run_dir / "praxis.vcl"
        vcl.write_text(vcl_for(self.gunicorn_port))
        return self._start(
            "varnish",
            [
                VARNISHD,
                "-F",  # in the foreground: a child of this process
                "-n",
                str(self.run_dir / "varnish"),
                "-a",
                f"127.0.0.1:{self.varnish_port}",
                "-T",
                "127.0.0.1:0",
                "-f",
                str(vcl),
                "-s",
                "malloc,128m",
                # No privilege separation: this is a loopback run in a scratch folder.
                "-j",
                "none",
            ],
        )

    def stop_process(self, name: str) -> None:
        process = self.processes.pop(name, None)
        if process is None:
            return
        if process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
        process.log.close()

    def stop(self) -> None:
        for name in ("varnish", "worker", "gunicorn"):
            self.stop_process(name)
        shutil.rmtree(self.run_dir / "varnish", ignore_errors=True)

    def __enter__(self) -> ProductionShape:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
        if self.log_dir == self.run_dir:
            shutil.rmtree(self.run_dir, ignore_errors=True)

    @staticmethod
    def get(url: str, headers: dict[str, str] | None = None):
        """(status, headers, body) of a GET on loopback, without following redirects."""

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None

        opener = urllib.request.build_opener(NoRedirect)
        request = urllib.request.Request(url, headers=headers or {})  # noqa: S310 - loopback only
        try:
            with opener.open(request, timeout=30) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()


def main():
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    parser.add_argument("--host", default="127.0.0.1", help="only loopback is supported")
    args = parser.parse_args()
    if args.host not in ("127.0.0.1", "localhost"):
        parser.error("the production shape runs on loopback only")
    log_dir = ROOT / "var" / "log"
    log_dir.mkdir(parents=True, exist_ok=True)
    shape = ProductionShape(
        gunicorn_port=args.port + 1,
        varnish_port=args.port,
        env={"WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{args.port}"},
        log_dir=log_dir,
    )
    print("Collecting static files…", flush=True)
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=shape.env,
        check=True,
    )
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(True))
    with shape:
        settings = shape.env["DJANGO_SETTINGS_MODULE"]
        print(
            f"\n  Praxis in its production shape (settings {settings}):\n"
            f"    Varnish  {shape.varnish_url}/   <- open this\n"
            f"    gunicorn {shape.gunicorn_url}/   (2 workers, deploy/gunicorn.conf.py)\n"
            f"    task worker (manage.py db_worker)\n"
            f"  Logs in {log_dir}/ (gunicorn.log, worker.log, varnish.log).\n"
            f"  Ctrl-C stops all three.\n",
            flush=True,
        )
        try:
            while not stop:
                for name, process in shape.processes.items():
                    if process.poll() is not None:
                        print(
                            f"{name} stopped (exit {process.returncode}); see {log_dir}/{name}.log"
                        )
                        return 1
                time.sleep(1)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
