"""Benchmark of the site search: build N pages, time typical searches with facets.

    DATABASE_URL=postgres://…/praxis_bench .venv/bin/python bench/search.py 20000

Builds N pages (guides, case studies, publications, news, standard pages) under
a "Search benchmark" home page in the configured database, indexes them and
writes their facet values in bulk, then runs each typical query REPEAT times
as an anonymous visitor would (results, facet counts, extracts: everything the
search page computes) and prints p50/p95 latency. The pages are deleted afterwards unless --keep is
given; with --reuse, pages built by an earlier --keep run are searched again
(on a cluster, ``SEARCH_URL``, they are indexed there first if its index does
not hold them: the same pages, built once in the database, serve every backend).
With --visitors N, N-1 other processes search the same pages meanwhile, as
visitors at the same moment would.

A benchmark, not a test: it prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import multiprocessing
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

# The process as the server starts it: Django set up, its URLs and views loaded,
# what start-up loaded kept out of the garbage collector's passes (cms/wsgi.py).
importlib.import_module("cms.wsgi")

from django.contrib.auth.models import AnonymousUser  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models.signals import m2m_changed, post_save  # noqa: E402
from django.http import QueryDict  # noqa: E402
from django.test import RequestFactory  # noqa: E402
from django.utils import timezone, translation  # noqa: E402
from modelsearch.signal_handlers import post_save_signal_handler  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402

from cms.models import Country, InterventionType, Sector, Theme  # noqa: E402
from home.models import HomePage, StandardPage  # noqa: E402
from practices.models import CaseStudyPage, PracticeGuidePage, SourcebookIndexPage  # noqa: E402
from publications.models import (  # noqa: E402
    NewsIndexPage,
    NewsPage,
    PublicationIndexPage,
    PublicationPage,
)
from search import facet_index, service  # noqa: E402
from search.kinds import content_types  # noqa: E402
from search.models import PageFacets  # noqa: E402
from search.signal_handlers import dispatch_uid as links_uid  # noqa: E402
from search.signal_handlers import reindex_after_links  # noqa: E402

BENCH_SLUG = "search-benchmark"
WORDS = (
    "strategy workshop citizens staff plan renewal public service agency learning set coaching "
    "facilitation leadership change budget demand health education housing transport police "
    "municipality region ministry evaluation evidence outcome impact partnership research "
    "practice guide case study method process team manager frontline resident participation "
    "design digital data trust culture values purpose performance measure risk innovation "
    "collaboration network community social care welfare employment tax court prison library "
    "school hospital waiting time reform pilot scale adopt barrier enabler lesson reflection "
    "dialogue conflict mediation scenario foresight priority resource capacity skill training "
    "mentor peer review feedback cycle iteration prototype user journey service blueprint"
).split()
QUERIES = [
    ({"q": "strategy workshop"}, "two common words"),
    ({"q": "how do I run a strategy workshop with citizens"}, "a question (falls back to OR)"),
    ({"q": "coaching", "kind": "guide"}, "one word, one kind"),
    ({"q": "evidence outcome", "theme": "bench-theme-1", "year": "2024"}, "words + theme + year"),
    ({"q": "zeppelin"}, "no match"),
    ({}, "no words: facets over everything"),
    ({"kind": "case", "country": "FR"}, "no words, two facets"),
]


def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def paragraph(rng, sentences=6):
    return "<p>" + " ".join(sentence(rng, rng.randint(8, 16)) for _ in range(sentences)) + "</p>"


def taxonomies(locale):
    themes = [
        Theme.objects.get_or_create(
            slug=f"bench-theme-{i}", locale=locale, defaults={"name": f"Bench theme {i}"}
        )[0]
        for i in range(8)
    ]
    countries = [
        Country.objects.get_or_create(code=code, locale=locale, defaults={"name": code})[0]
        for code in ("FR", "DE", "EE", "PL", "IT", "ES", "NL", "FI", "IE", "PT")
    ]
    sectors = [
        Sector.objects.get_or_create(
            slug=f"bench-sector-{i}", locale=locale, defaults={"name": f"Bench sector {i}"}
        )[0]
        for i in range(5)
    ]
    interventions = [
        InterventionType.objects.get_or_create(
            slug=f"bench-intervention-{i}",
            locale=locale,
            defaults={"name": f"Bench intervention {i}"},
        )[0]
        for i in range(4)
    ]
    return themes, countries, sectors, interventions


def build(n, seed=1):
    rng = random.Random(seed)
    locale = Locale.get_default()
    themes, countries, sectors, interventions = taxonomies(locale)
    models = [PracticeGuidePage, CaseStudyPage, PublicationPage, NewsPage, StandardPage]
    for model in models:  # indexed in bulk below, not page by page
        post_save.disconnect(post_save_signal_handler, sender=model)
    links = [relation.remote_field.through for relation in facet_index.many_to_many()]
    for through in links:
        # By the id it was connected with: without it, nothing is disconnected and
        # every page is indexed once more as its links are written.
        m2m_changed.disconnect(sender=through, dispatch_uid=links_uid(through))
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Search benchmark", slug=BENCH_SLUG))
    sourcebook = home.add_child(instance=SourcebookIndexPage(title="Sourcebook", slug="sb"))
    publications = home.add_child(instance=PublicationIndexPage(title="Papers", slug="papers"))
    news = home.add_child(instance=NewsIndexPage(title="News", slug="news"))
    started = time.perf_counter()
    now = timezone.now()
    # The pages' facet values are written together at the end, not page by page.
    with facet_index.deferred():
        for i in range(n):
            roll = rng.random()
            common = {
                "title": sentence(rng, rng.randint(3, 7))[:-1],
                "slug": f"p{i}",
                "live": True,
                "first_published_at": now - datetime.timedelta(days=rng.randint(0, 1500)),
            }
            if roll < 0.4:
                page = PracticeGuidePage(
                    summary=sentence(rng, 20),
                    problem=paragraph(rng),
                    steps=[("step", {"title": sentence(rng, 4), "body": paragraph(rng, 3)})],
                    pitfalls=paragraph(rng, 2),
                    **common,
                )
                parent = sourcebook
            elif roll < 0.7:
                page = CaseStudyPage(
                    summary=sentence(rng, 20),
                    organisation=sentence(rng, 3),
                    country=rng.choice(countries),
                    sector=rng.choice(sectors),
                    challenge=paragraph(rng),
                    what_was_done=paragraph(rng),
                    **common,
                )
                parent = sourcebook
            elif roll < 0.8:
                page = PublicationPage(
                    publication_type="report",
                    abstract=sentence(rng, 40),
                    publication_date=datetime.date(rng.randint(2019, 2026), rng.randint(1, 12), 1),
                    **common,
                )
                parent = publications
            elif roll < 0.95:
                page = NewsPage(
                    lead=sentence(rng, 20),
                    body=[("paragraph", paragraph(rng, 4))],
                    date=datetime.date(rng.randint(2019, 2026), rng.randint(1, 12), 1),
                    **common,
                )
                parent = news
            else:
                page = StandardPage(intro=sentence(rng, 20), **common)
                parent = home
            # Parental many-to-many relations are saved with the page.
            if hasattr(page, "themes"):
                page.themes = rng.sample(themes, rng.randint(1, 2))
            if isinstance(page, (PracticeGuidePage, CaseStudyPage)):
                page.intervention_types = rng.sample(interventions, 1)
            parent.add_child(instance=page)
            if (i + 1) % 1000 == 0:
                print(f"  built {i + 1} pages ({time.perf_counter() - started:.0f} s)", flush=True)
    for model in models:
        post_save.connect(post_save_signal_handler, sender=model)
    for through in links:
        m2m_changed.connect(reindex_after_links, sender=through, dispatch_uid=links_uid(through))
    index(home)
    return home


# The kinds of the benchmark's pages, indexed by ``index`` (the index pages above them are not).
INDEXED = (PracticeGuidePage, CaseStudyPage, PublicationPage, NewsPage, StandardPage)


def index(home):
    backend = get_search_backend()
    started = time.perf_counter()
    if hasattr(backend, "es"):  # a cluster: this run's indexes, empty, with their mappings
        call_command("update_index", schema_only=True, verbosity=0)
    for model in INDEXED:
        pages = model.objects.descendant_of(home)
        if model is not StandardPage:
            pages = pages.prefetch_related("themes")
        pages = list(pages)
        for start in range(0, len(pages), 500):
            backend.add_bulk(model, pages[start : start + 500])
    backend.refresh_indexes()
    print(f"  indexed in {time.perf_counter() - started:.1f} s")


def cluster_holds(backend, home) -> bool:
    """Whether the cluster's page index holds at least the benchmark's pages."""
    name = backend.get_index_for_model(PracticeGuidePage).name
    try:
        held = backend.es.count(index=name)["count"]
    except Exception:  # no such index yet: the clients raise their own errors
        return False
    return held >= sum(model.objects.descendant_of(home).count() for model in INDEXED)


def percentile(values, p):
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def as_query(params) -> QueryDict:
    q = QueryDict(mutable=True)
    for key, value in params.items():
        q[key] = value
    return q


def other_visitor(ready, stop):
    """Search the typical queries one after another until told to stop (a second process)."""
    request = RequestFactory().get("/en/search/")
    request.user = AnonymousUser()
    with translation.override("en"):
        while not stop.is_set():
            for params, _label in QUERIES:
                service.search(request, as_query(params))
                ready.set()


def others_searching(count):
    """Start ``count`` processes searching the same site meanwhile; returns their stop event."""
    context = multiprocessing.get_context("spawn")  # each with its own connection
    stop = context.Event()
    for _ in range(count):
        ready = context.Event()
        context.Process(target=other_visitor, args=(ready, stop), daemon=True).start()
        ready.wait(timeout=120)
    return stop


def run(repeat):
    factory = RequestFactory()
    print(f"\n{'query':<42} {'results':>8} {'p50 ms':>8} {'p95 ms':>8}")
    with translation.override("en"):
        for params, label in QUERIES:
            q = as_query(params)
            times, count = [], 0
            for _ in range(repeat):
                request = factory.get("/en/search/", q)
                request.user = AnonymousUser()
                started = time.perf_counter()
                result = service.search(request, q)
                count = result.count
                times.append((time.perf_counter() - started) * 1000)
            print(
                f"{label:<42} {count:>8} {statistics.median(times):>8.1f} "
                f"{percentile(times, 95):>8.1f}"
            )
        times = []
        for prefix in ("str", "coach", "evid", "wor", "le"):
            for _ in range(max(1, repeat // 5)):
                request = factory.get("/en/search/suggest/", {"q": prefix})
                request.user = AnonymousUser()
                started = time.perf_counter()
                service.suggestions(request, prefix)
                times.append((time.perf_counter() - started) * 1000)
        print(
            f"{'suggestions (5 prefixes)':<42} {'':>8} {statistics.median(times):>8.1f} "
            f"{percentile(times, 95):>8.1f}"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", type=int, nargs="?", default=1000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--keep", action="store_true", help="keep the pages afterwards")
    parser.add_argument("--reuse", action="store_true", help="search pages kept by --keep")
    parser.add_argument(
        "--visitors",
        type=int,
        default=1,
        help="time the searches while VISITORS-1 other processes search too",
    )
    args = parser.parse_args()
    vendor = connection.vendor
    backend = type(get_search_backend()).__name__
    existing = Page.objects.filter(depth=2, slug=BENCH_SLUG).first()
    if existing and not args.reuse:
        print("Removing pages left by an earlier run…")
        existing.delete()
        existing = None
    if existing is None:
        print(f"Building {args.pages} pages on {vendor} ({backend})…")
        with transaction.atomic():
            home = build(args.pages)
    else:
        home = existing
        print(f"Reusing {home.get_descendant_count()} pages on {vendor} ({backend})")
        search_backend = get_search_backend()
        if hasattr(search_backend, "es") and not cluster_holds(search_backend, home):
            print("  the cluster does not hold them: indexing them there")
            index(home)
    missing = Page.objects.filter(content_type_id__in=content_types().values()).exclude(
        pk__in=PageFacets.objects.values("page_id")
    )
    if missing.exists():  # pages kept by a run from before the facet values existed
        written = facet_index.refresh(missing.values_list("pk", flat=True))
        print(f"  facet values of {written} pages written")
    with connection.cursor() as cursor:
        # Dead rows reclaimed and fresh planner statistics, as autovacuum would give
        # (VACUUM runs outside a transaction; SQLite has no dead rows to reclaim).
        cursor.execute("VACUUM ANALYZE" if vendor == "postgresql" else "ANALYZE")
    total = Page.objects.live().count()
    print(f"{total} live pages in the database; {args.repeat} runs per query")
    stop = None
    try:
        if args.visitors > 1:
            print(f"{args.visitors - 1} other visitor(s) searching at the same time")
            stop = others_searching(args.visitors - 1)
        run(args.repeat)
    finally:
        if stop is not None:
            stop.set()
        if not args.keep:
            home.delete()


if __name__ == "__main__":
    main()
