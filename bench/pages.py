"""Benchmark of the public pages: what each page type costs, and what the HTTP cache saves.

    .venv/bin/python bench/pages.py             # in-process: SQL queries, CPU ms per request
    .venv/bin/python bench/pages.py --http      # also requests/s through Varnish, to gunicorn

Runs over the demo database (``make demo``; ``DATABASE_URL`` for another one)
with production settings, as an anonymous visitor. In-process, each page is
requested through Django's whole middleware stack; after a few warm-up requests
it prints the SQL queries of one request and the median CPU time (this
process's, so waiting on nothing counts) of REPEAT requests.

With ``--http`` it starts gunicorn (two workers, ``deploy/gunicorn.conf.py``)
and Varnish (``deploy/varnish/praxis.vcl``) on loopback, as ``make
serve-production`` does, and runs wrk for a few seconds per URL: through
Varnish, direct to gunicorn, and through Varnish for a static file of the same
size (written beside the collected static files), with the ratio of the cached
page's requests per second to the static file's.

A benchmark, not a test: it prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Production settings on loopback: the values production refuses to start without,
# and plain HTTP (the TLS-terminating proxy of a real deployment is not here).
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")
os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
if not os.environ.get("CACHE_URL"):
    # Production insists on a shared cache: Redis on loopback (.ci/services.sh redis).
    from deploy.local import shared_cache_url

    os.environ["CACHE_URL"] = shared_cache_url()

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from cms.startup import freeze_loaded  # noqa: E402


def page_urls() -> list[tuple[str, str]]:
    """(label, address) of one page of each public type in the demo, in English."""
    from wagtail.models import Locale, PageViewRestriction

    from events.models import EventIndexPage, EventPage
    from practices.models import CaseStudyPage, PracticeGuidePage, SourcebookIndexPage
    from publications.models import NewsIndexPage, NewsPage, PublicationIndexPage, PublicationPage

    english = Locale.objects.get(language_code="en")
    restricted = [r.page.path for r in PageViewRestriction.objects.select_related("page")]

    def first(model, **filters):
        for page in model.objects.live().filter(locale=english, **filters).order_by("pk"):
            if not any(page.path.startswith(path) for path in restricted):
                return page.url
        return None

    sourcebook = SourcebookIndexPage.objects.live().filter(locale=english).first()
    theme = sourcebook and (
        PracticeGuidePage.objects.child_of(sourcebook)
        .live()
        .values_list("themes__slug", flat=True)
        .exclude(themes__slug=None)
        .order_by("themes__slug")
        .first()
    )
    french = sourcebook and sourcebook.get_translation_or_none(
        Locale.objects.filter(language_code="fr").first()
    )
    event = first(EventPage, start__gte=datetime.datetime.now(datetime.UTC)) or first(EventPage)
    urls = [
        ("home", "/en/"),
        ("sourcebook listing", sourcebook and sourcebook.url),
        ("sourcebook, filtered", sourcebook and theme and f"{sourcebook.url}?theme={theme}"),
        ("sourcebook in French", french and french.live and french.url),
        ("a practice guide", first(PracticeGuidePage)),
        ("a case study", first(CaseStudyPage)),
        ("publications listing", first(PublicationIndexPage)),
        ("a publication", first(PublicationPage)),
        ("news listing", first(NewsIndexPage)),
        ("a news item", first(NewsPage)),
        ("events listing", first(EventIndexPage)),
        ("an event", event),
        ("search", "/en/search/?q=learning"),
    ]
    return [(label, url) for label, url in urls if url]


def ensure_static_collected():
    """Production serves hashed static files from STATIC_ROOT: collect them once."""
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if not manifest.exists():
        print("Collecting static files (once)…", flush=True)
        call_command("collectstatic", interactive=False, verbosity=0)


def measure_in_process(urls, repeat, warmup=3):
    """(label, url, queries, median CPU ms, body bytes) per page, anonymous, in this process."""
    client = Client()
    rows = []
    for label, url in urls:
        for _ in range(warmup):
            response = client.get(url)
        if response.status_code != 200:
            print(f"  {url}: HTTP {response.status_code}, skipped")
            continue
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        query_count = len(queries)  # read now: the next request clears Django's query log
        times = []
        for _ in range(repeat):
            started = time.process_time()
            client.get(url)
            times.append((time.process_time() - started) * 1000)
        rows.append((label, url, query_count, statistics.median(times), len(response.content)))
    return rows


def print_in_process(rows, repeat):
    print(f"\nIn-process, anonymous, median of {repeat} requests after warm-up")
    print(f"{'page':<24} {'address':<48} {'SQL':>4} {'CPU ms':>7} {'KB':>6}")
    for label, url, queries, cpu, size in rows:
        print(f"{label:<24} {url[:48]:<48} {queries:>4} {cpu:>7.1f} {size / 1024:>6.1f}")


# --- through HTTP ------------------------------------------------------------


def static_twin(label, size) -> str:
    """A static file of ``size`` bytes (served like any other), for the page called ``label``."""
    name = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")
    folder = Path(settings.STATIC_ROOT) / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    filler = "<!-- static twin of a page, for the benchmark -->\n"
    body = (filler * (size // len(filler) + 1))[:size]
    (folder / f"{name}.html").write_text(body)
    return f"{settings.STATIC_URL}bench/{name}.html"


def ensure_wrk():
    """wrk from Debian's packages (.ci/services.sh wrk installs it where it is missing)."""
    if not shutil.which("wrk"):
        subprocess.run([str(ROOT / ".ci" / "services.sh"), "wrk"], check=True)


def wrk(url, seconds, connections, threads=2) -> dict:
    """Requests per second and latency percentiles (ms) from one wrk run."""
    out = subprocess.run(
        [
            "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "10s",
            "--latency",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))}
    for percent in ("50", "99"):
        match = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        value, unit = float(match.group(1)), match.group(2)
        result[f"p{percent}"] = value * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    result["errors"] = int(errors.group(1)) if errors else 0
    return result


def measure_http(rows, seconds, connections, varnish_port, gunicorn_port):
    from deploy.local import ProductionShape

    ensure_wrk()
    twins = {label: static_twin(label, size) for label, _url, _q, _cpu, size in rows}
    with ProductionShape(
        gunicorn_port=gunicorn_port, varnish_port=varnish_port, worker=False
    ) as shape:
        print(
            f"\nThrough HTTP on loopback: wrk, {seconds} s per address, {connections} connections;"
            f" gunicorn {shape.gunicorn_url} (2 workers), Varnish {shape.varnish_url}"
        )
        header = (
            f"{'page':<24} {'Varnish r/s':>11} {'p50':>6} {'p99':>6} "
            f"{'gunicorn r/s':>12} {'p50':>6} {'p99':>7} "
            f"{'static r/s':>10} {'p50':>6} {'p99':>6} {'cached/static':>13}"
        )
        print(header)
        print(f"{'':<24} {'':>11} {'ms':>6} {'ms':>6} {'':>12} {'ms':>6} {'ms':>7}")
        for label, url, _q, _cpu, _size in rows:
            shape.get(shape.varnish_url + url)  # fill the cache
            cached = wrk(shape.varnish_url + url, seconds, connections)
            direct = wrk(shape.gunicorn_url + url, seconds, connections)
            shape.get(shape.varnish_url + twins[label])
            static = wrk(shape.varnish_url + twins[label], seconds, connections)
            ratio = cached["rps"] / static["rps"] if static["rps"] else 0
            flag = " (errors)" if cached["errors"] or direct["errors"] else ""
            print(
                f"{label:<24} {cached['rps']:>11.0f} {cached['p50']:>6.2f} {cached['p99']:>6.2f} "
                f"{direct['rps']:>12.0f} {direct['p50']:>6.1f} {direct['p99']:>7.1f} "
                f"{static['rps']:>10.0f} {static['p50']:>6.2f} {static['p99']:>6.2f} "
                f"{ratio:>13.2f}{flag}"
            )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=15, help="requests timed per page")
    parser.add_argument("--only", help="only the pages whose label contains this")
    parser.add_argument("--http", action="store_true", help="also through Varnish and gunicorn")
    parser.add_argument("--seconds", type=int, default=3, help="wrk's duration per address")
    parser.add_argument("--connections", type=int, default=8, help="wrk's open connections")
    parser.add_argument("--varnish-port", type=int, default=6081)
    parser.add_argument("--gunicorn-port", type=int, default=8201)
    args = parser.parse_args()

    ensure_static_collected()
    freeze_loaded()  # the process as the server runs it (cms/wsgi.py)
    urls = page_urls()
    if args.only:
        urls = [(label, url) for label, url in urls if args.only in label]
    database = settings.DATABASES["default"]
    where = urlsplit(str(database["NAME"])).path or database["NAME"]
    print(
        f"{datetime.date.today().isoformat()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {connection.vendor} ({where}), "
        f"settings {os.environ['DJANGO_SETTINGS_MODULE']}, "
        f"load average {os.getloadavg()[0]:.1f} (other processes share the cores)"
    )
    rows = measure_in_process(urls, args.repeat)
    print_in_process(rows, args.repeat)
    if args.http:
        measure_http(rows, args.seconds, args.connections, args.varnish_port, args.gunicorn_port)


if __name__ == "__main__":
    main()
