"""Case study drafts from development evidence (the sourcebook's answer to ``cms.evidence``).

Staff start a case study from an intervention in the admin; the development
work describes it (``cms.evidence.CaseStudyEvidence``) and this module makes
the draft: a ``CaseStudyPage`` in the default language's sourcebook, not live,
owned by the person who asked, prefilled with the intervention type, the
agency's country, sector and level of government, the aims and the before and
after scores as a table. It sits under the sourcebook, so it goes through the
"Sourcebook review" workflow like any other case study when its author
submits it.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.models import Locale

from cms.evidence import CaseStudyEvidence, Draft


def _rich(text: str) -> str:
    paragraphs = [p.strip() for p in (text or "").split("\n\n") if p.strip()]
    return "".join(f"<p>{escape(' '.join(p.split()))}</p>" for p in paragraphs)


def _unique_slug(parent, base: str) -> str:
    base = slugify(base)[:70] or "case-study"
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def draft_from_evidence(evidence: CaseStudyEvidence, user) -> Draft:
    from .models import CaseStudyPage, SourcebookIndexPage

    sourcebook = (
        SourcebookIndexPage.objects.filter(locale=Locale.get_default()).order_by("path").first()
    )
    if sourcebook is None:
        raise LookupError("There is no sourcebook to put the case study in.")
    measured = []
    if evidence.scores:
        measured.append(
            (
                "before_after",
                {
                    "caption": evidence.scores_caption,
                    "before_label": evidence.scores_before_label,
                    "after_label": evidence.scores_after_label,
                    "rows": [
                        {
                            "label": row.label,
                            "before": _decimal(row.before),
                            "after": _decimal(row.after),
                        }
                        for row in evidence.scores
                    ],
                },
            )
        )
    page = CaseStudyPage(
        title=evidence.title[:255],
        slug=_unique_slug(sourcebook, evidence.title),
        summary=evidence.summary[:400],
        organisation=evidence.organisation[:255],
        period=evidence.period[:60],
        country=evidence.country,
        sector=evidence.sector,
        government_level=evidence.government_level,
        challenge=_rich(evidence.challenge),
        what_was_done=_rich(evidence.what_was_done),
        outcomes=_rich(evidence.outcomes),
        evidence=_rich(evidence.evidence),
        measured_change=measured,
        live=False,
        owner=user,
    )
    if evidence.intervention_type is not None:
        page.intervention_types = [evidence.intervention_type]
    sourcebook.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    return Draft(
        page_id=page.pk,
        title=page.title,
        edit_url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
    )


def _decimal(value):
    from decimal import Decimal

    return None if value is None else Decimal(str(round(value, 1)))
