"""Benchmark of a registration burst: the registration POST on PostgreSQL, two gunicorn workers.

    DATABASE_URL=postgres://… .venv/bin/python bench/registrations.py [--capacity 200 --seconds 5]

When registration for a conference opens, hundreds register in the first
minutes. This creates an open event of ``--capacity`` places with a waiting
list in the database (the demo's, on PostgreSQL), starts gunicorn with
production settings (``deploy/gunicorn.conf.py``: two workers with
``GUNICORN_THREADS`` threads each, emails queued for the task worker, which is
not started: sending is not the request's work), and has wrk (one thread, so
the client takes little of the machine) post complete registrations, each with
an address of its own, for ``--seconds``. One CSRF cookie and token, fetched
once, serve every request (Django's CSRF token is not tied to a session).
Every request comes from 127.0.0.1, so the run lifts the per-address limit
(``EVENTS_REGISTRATIONS_PER_ADDRESS_PER_HOUR``): the limit is still counted in
Redis for each registration, as in production.

It prints the registrations per second and the latency, then checks in the
database that exactly the capacity was confirmed, everybody else is on the
waiting list, every address registered once and one email was queued for
each. It also prints the CPU time gunicorn and PostgreSQL spent per
registration (from /proc, so other work on the machine does not count), which
says what idle cores would sustain, and the machine's load before and after:
on a shared machine the rate measures the share of the cores the run got.
The event and its registrations are deleted afterwards.

A benchmark, not a test: it prints numbers (and whether the counts are right).
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")
os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ["TASKS_BACKEND"] = "database"
# Every request comes from 127.0.0.1 here: lift the per-address limit for the run.
os.environ["EVENTS_REGISTRATIONS_PER_ADDRESS_PER_HOUR"] = "1000000"
if not os.environ.get("CACHE_URL"):
    from deploy.local import shared_cache_url

    os.environ["CACHE_URL"] = shared_cache_url()

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

from deploy.local import ProductionShape  # noqa: E402

# wrk posts a registration with an address of its own each time (thread id + counter).
LUA = r"""
local counter = 0
local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end
function init(args)
  counter = 0
end
request = function()
  counter = counter + 1
  local body = BODY .. "&email=delegate-" .. id .. "-" .. counter .. "%40bench.example"
  return wrk.format("POST", PATH, HEADERS, body)
end
"""


def lua_script(path: str, body: str, cookie: str, origin: str) -> str:
    headers = (
        "{['Content-Type'] = 'application/x-www-form-urlencoded', "
        f"['Cookie'] = '{cookie}', ['Referer'] = '{origin}{path}', ['Origin'] = '{origin}'}}"
    )
    return f"PATH = '{path}'\nBODY = '{body}'\nHEADERS = {headers}\n" + LUA


TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (0 if it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS


def gunicorn_pids(master: int) -> list[int]:
    """gunicorn's master and its workers."""
    pids = [master]
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == master:
                pids.append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            pass
    return pids


def database_pids() -> list[int]:
    """PostgreSQL's server processes serving this database (gunicorn's connections)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return [row[0] for row in cursor.fetchall()]


def cpu_snapshot(master: int) -> dict[tuple[str, int], float]:
    pids = [("web", pid) for pid in gunicorn_pids(master)]
    pids += [("database", pid) for pid in database_pids()]
    return {key: cpu_seconds(key[1]) for key in pids}


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def make_event(capacity: int):
    from wagtail.models import Locale

    from events.models import EventIndexPage

    english = Locale.objects.get(language_code="en")
    index = EventIndexPage.objects.live().filter(locale=english).first()
    if index is None:
        # A database without the demo: an events listing of its own, deleted afterwards.
        from wagtail.models import Site

        index = EventIndexPage(title="Events", slug=f"events-{secrets.token_hex(4)}")
        Site.objects.get(is_default_site=True).root_page.add_child(instance=index)
        index.save_revision().publish()
        return index.add_child(instance=burst_event(capacity, english)), index
    return index.add_child(instance=burst_event(capacity, english)), None


def burst_event(capacity, english):
    from events.models import EventPage

    start = timezone.now() + datetime.timedelta(days=30)
    return EventPage(
        title="Registration burst",
        slug=f"registration-burst-{secrets.token_hex(4)}",
        kind="conference",
        summary="A benchmark event.",
        start=start,
        end=start + datetime.timedelta(hours=8),
        time_zone="Europe/Brussels",
        venue_name="Loopback",
        city="Brussels",
        capacity=capacity,
        waiting_list=True,
        registration_enabled=True,
        locale=english,
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--capacity", type=int, default=200)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--port", type=int, default=8202)
    parser.add_argument(
        "--threads", type=int, default=None, help="threads per gunicorn worker (GUNICORN_THREADS)"
    )
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("Run it on PostgreSQL: DATABASE_URL=postgres://…")
    if not shutil.which("wrk"):
        subprocess.run([str(ROOT / ".ci" / "services.sh"), "wrk"], check=True)

    from django_tasks_db.models import DBTaskResult

    from events.models import Registration

    print(
        f"{datetime.date.today().isoformat()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, PostgreSQL, 2 gunicorn workers × "
        f"{args.threads or os.environ.get('GUNICORN_THREADS', 4)} threads, "
        f"load average {os.getloadavg()[0]:.1f} (other processes share the cores)"
    )
    if not (Path(settings.STATIC_ROOT) / "staticfiles.json").exists():
        print("Collecting static files (once)…", flush=True)
        call_command("collectstatic", interactive=False, verbosity=0)
    event, made_index = make_event(args.capacity)
    tasks_before = set(DBTaskResult.objects.values_list("pk", flat=True))
    logs = Path(tempfile.mkdtemp(prefix="praxis-bench-logs-"))
    threads = {"GUNICORN_THREADS": str(args.threads)} if args.threads else {}
    shape = ProductionShape(
        gunicorn_port=args.port, worker=False, varnish=False, workers=2, log_dir=logs, env=threads
    )
    try:
        shape.start()
        base = shape.gunicorn_url
        status, headers, body = shape.get(base + "/en/accounts/state/")
        token = re.search(r'"csrf_token": "([^"]+)"', body.decode()).group(1)
        cookie = re.search(r"csrftoken=([^;]+)", headers["Set-Cookie"]).group(1)
        form = urlencode(
            {
                "first_name": "Ana",
                "last_name": "Delegate",
                "organisation": "Agency",
                "country": "Belgium",
                "role": "Researcher",
                "consent": "on",
                "website": "",
                "csrfmiddlewaretoken": token,
            }
        )
        shape.get(base + event.url)  # warm both workers' first request a little
        shape.get(base + event.url)
        script = Path(tempfile.mkdtemp(prefix="praxis-bench-")) / "register.lua"
        script.write_text(lua_script(event.url, form, f"csrftoken={cookie}", base))
        master = shape.processes["gunicorn"].pid
        print(f"before: {uptime()}", flush=True)
        cpu_before = cpu_snapshot(master)
        client_before = os.times()
        out = subprocess.run(
            ["wrk", "-t1", f"-c{args.connections}", f"-d{args.seconds}s", "--latency"]
            + ["--timeout", "10s", "-s", str(script), base + event.url],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        client_after = os.times()
        cpu_after = cpu_snapshot(master)
        print(f"after:  {uptime()}", flush=True)
    finally:
        shape.stop()
    used = {"web": 0.0, "database": 0.0}
    for key, seconds in cpu_after.items():
        used[key[0]] += seconds - cpu_before.get(key, 0.0)
    wrk_cpu = (client_after.children_user - client_before.children_user) + (
        client_after.children_system - client_before.children_system
    )
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    latency = {
        p: re.search(rf"^\s+{p}%\s+([\d.]+\w+)\s*$", out, re.M).group(1) for p in ("50", "99")
    }
    registrations = Registration.objects.filter(event=event)
    confirmed = registrations.filter(status=Registration.Status.CONFIRMED).count()
    waiting = registrations.filter(status=Registration.Status.WAITING).count()
    emails = (
        DBTaskResult.objects.exclude(pk__in=tasks_before)
        .filter(task_path="events.tasks.send_delegate_email")
        .count()
    )
    print(
        f"\nRegistration POSTs for {args.seconds} s, wrk with {args.connections} connections:"
        f"\n  {rps:.0f} registrations/s ({total} posted, "
        f"{int(bad.group(1)) if bad else 0} not answered with 2xx), "
        f"latency p50 {latency['50']}, p99 {latency['99']}"
        f"\n  capacity {args.capacity}: {confirmed} confirmed, {waiting} on the waiting list"
    )
    # wrk counts the answers it got before it stopped; the database, every registration.
    registered = registrations.count()
    addresses = registrations.values("email").distinct().count()
    right = (
        confirmed == min(args.capacity, registered)
        and confirmed + waiting == registered
        and addresses == registered
        and emails == registered
    )
    print(
        f"  counts {'exact' if right else 'WRONG'}: {registered} registrations, "
        f"{addresses} distinct addresses, {emails} emails queued"
    )
    web, database = (used["web"] * 1000 / registered, used["database"] * 1000 / registered)
    cores = os.cpu_count() or 1
    print(
        f"  CPU per registration: {web:.1f} ms gunicorn + {database:.1f} ms PostgreSQL "
        f"(+ {wrk_cpu * 1000 / registered:.1f} ms wrk); {cores} idle cores would take about "
        f"{cores * 1000 / (web + database):.0f} registrations/s"
    )
    if bad:
        print(f"  gunicorn's log: {logs / 'gunicorn.log'}")
    DBTaskResult.objects.exclude(pk__in=tasks_before).delete()
    registrations.delete()
    event.delete()
    if made_index is not None:
        made_index.delete()


if __name__ == "__main__":
    main()
