"""Benchmark of the reference import: how long a preview and a confirmation take.

    DATABASE_URL=postgres://…/praxis_bench .venv/bin/python bench/bibtex_import.py 500

Builds a BibTeX file with N ``@string`` definitions and N entries (each entry
using one of the strings, as files exported with journal abbreviations do) and
a RIS file with N records whose abstracts are wrapped over many lines, then
times reading each as the preview does (parse, classify, validate as the draft
pages they would become) under the first publications index of the configured
database. With --create, also times creating the BibTeX entries as drafts
(inside a transaction that is rolled back: nothing is kept).

A benchmark, not a test: it prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
importlib.import_module("cms.wsgi")

from django.db import transaction  # noqa: E402

from publications.importers import create_publications, read_references  # noqa: E402
from publications.models import PublicationIndexPage  # noqa: E402


def bibtex(n: int) -> str:
    strings = [
        f'@string{{j{i} = "Journal of Public Management Studies, series {i}"}}' for i in range(n)
    ]
    entries = [
        f"@article{{key{i},\n  author = {{Author{i}, Anna and Other, Bob}},\n"
        f"  title = {{Paper number {i} on strategic renewal}},\n  journal = j{i},\n"
        f"  year = {{2021}}, volume = {{{i % 50}}}, pages = {{1--10}}\n}}"
        for i in range(n)
    ]
    return "\n".join(strings + entries) + "\n"


def ris(n: int) -> str:
    records = []
    for i in range(n):
        wrapped = "\n".join("words of a long abstract wrapped over lines" for _ in range(40))
        records.append(
            f"TY  - JOUR\nAU  - Author{i}, Anna\nTI  - Paper {i}\nPY  - 2021\n"
            f"AB  - Abstract\n{wrapped}\nER  -\n"
        )
    return "\n".join(records)


def timed(label, function):
    started = time.perf_counter()
    result = function()
    print(f"{label:<48} {time.perf_counter() - started:>8.2f} s")
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("entries", type=int, nargs="?", default=500)
    parser.add_argument("--create", action="store_true", help="also time creating the drafts")
    args = parser.parse_args()
    index = PublicationIndexPage.objects.first()
    if index is None:
        sys.exit("No publications index in this database: run `make demo` (or seed_demo) first.")
    n = args.entries
    text = bibtex(n)
    print(f"BibTeX: {n} @strings and {n} entries, {len(text) / 1024:.0f} KB")
    references = timed(
        "preview (read, classify, validate)", lambda: read_references(text, "b.bib", index)
    )
    text = ris(n)
    print(f"RIS: {n} records with wrapped abstracts, {len(text) / 1024:.0f} KB")
    timed("preview (read, classify, validate)", lambda: read_references(text, "r.ris", index))
    if args.create:
        with transaction.atomic():
            timed(
                "create the BibTeX entries as drafts",
                lambda: create_publications(references, index),
            )
            transaction.set_rollback(True)


if __name__ == "__main__":
    main()
