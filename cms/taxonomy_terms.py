"""Taxonomy terms in the language of what they describe.

Every taxonomy (themes, countries, sectors, levels of government, intervention
types) has a row per language, sharing a translation key and a slug. Two
things keep pages and terms in step:

- A page carries the terms of its own language: on every save its taxonomy
  fields are moved to the rows of the page's locale where the term is
  translated (``localise_terms``). Localize copies a translation's themes from
  the source page, English rows and all; saving puts the French ones in their
  place. When a term is translated later, the pages of that language that
  carry the source row get the new one (``follow_new_translation``).
- Editors pick from one language's terms: the pickers of a page form list the
  terms of the page's locale, plus those not translated into it yet in the
  default language (``TermsOfPageLanguageForm``), so "Coaching" appears once.
"""

from __future__ import annotations

from django import forms
from django.db import models
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale

from .models import Country, GovernmentLevel, InterventionType, Sector, Theme

TAXONOMIES = (Theme, Country, Sector, GovernmentLevel, InterventionType)


def _is_taxonomy(model) -> bool:
    return isinstance(model, type) and issubclass(model, TAXONOMIES)


def terms_for_locale(model, locale: Locale):
    """The terms of ``locale``, and the default language's where not translated into it."""
    default = Locale.get_default()
    here = model.objects.filter(locale=locale)
    if locale.pk == default.pk:
        return here
    return model.objects.filter(
        models.Q(locale=locale)
        | models.Q(locale=default) & ~models.Q(translation_key__in=here.values("translation_key"))
    )


def _in_locale(terms, locale_id) -> dict[int, int]:
    """Term id -> the id of its translation in ``locale_id`` (for terms in another locale)."""
    terms = [t for t in terms if t is not None and t.locale_id != locale_id]
    if not terms:
        return {}
    model = type(terms[0])
    translated = dict(
        model.objects.filter(
            translation_key__in={t.translation_key for t in terms}, locale_id=locale_id
        ).values_list("translation_key", "pk")
    )
    return {t.pk: translated[t.translation_key] for t in terms if t.translation_key in translated}


_FIELDS: dict[type, list] = {}


def taxonomy_fields(model) -> list:
    """The model's foreign keys and parental many-to-many fields to a taxonomy (cached)."""
    from modelcluster.fields import ParentalManyToManyField

    if model not in _FIELDS:
        _FIELDS[model] = [
            field
            for field in model._meta.get_fields()
            if not getattr(field, "auto_created", False)
            and _is_taxonomy(getattr(field, "related_model", None))
            and isinstance(field, models.ForeignKey | ParentalManyToManyField)
        ]
    return _FIELDS[model]


def localise_terms(sender, instance, raw=False, **kwargs):
    """``pre_save``: move a page's (or snippet's) taxonomy values to its own locale's rows."""
    locale_id = getattr(instance, "locale_id", None)
    if raw or not locale_id:
        return
    for field in taxonomy_fields(type(instance)):
        if isinstance(field, models.ForeignKey):
            term = getattr(instance, field.name)
            mapping = _in_locale([term], locale_id)
            if term is not None and term.pk in mapping:
                setattr(instance, field.attname, mapping[term.pk])
        else:
            try:
                terms = list(getattr(instance, field.name).all())
            except ValueError:
                continue  # a copy not saved yet, its terms not set: nothing to read
            mapping = _in_locale(terms, locale_id)
            if mapping:
                wanted = list(dict.fromkeys(mapping.get(t.pk, t.pk) for t in terms))
                rows = field.related_model.objects.in_bulk(wanted)
                # Instances, not ids: ids would be written to the database at once.
                setattr(instance, field.name, [rows[pk] for pk in wanted if pk in rows])


def follow_new_translation(sender, instance, created, raw=False, **kwargs):
    """``post_save`` of a new term: what its locale carries of its source row gets it instead."""
    if raw or not created:
        return
    siblings = sender.objects.filter(translation_key=instance.translation_key).exclude(
        pk=instance.pk
    )
    for relation in sender._meta.related_objects:
        field = relation.field
        holder = field.model
        if not any(f.name == "locale" for f in holder._meta.get_fields()):
            continue
        if relation.many_to_many:
            through = field.remote_field.through
            holder_key = field.m2m_field_name()
            term_key = field.m2m_reverse_field_name()
            rows = through.objects.filter(
                **{f"{term_key}__in": siblings, f"{holder_key}__locale": instance.locale}
            )
            already = through.objects.filter(**{term_key: instance}).values(holder_key)
            rows.filter(**{f"{holder_key}__in": already}).delete()
            rows.update(**{term_key: instance})
        elif relation.many_to_one or relation.one_to_one:
            holder.objects.filter(
                **{f"{field.name}__in": siblings, "locale": instance.locale}
            ).update(**{field.name: instance})


def connect_signals():
    from django.db.models.signals import post_save, pre_save

    pre_save.connect(localise_terms, dispatch_uid="cms.localise_terms")
    for model in TAXONOMIES:
        post_save.connect(
            follow_new_translation,
            sender=model,
            dispatch_uid=f"cms.follow_new_translation.{model._meta.label_lower}",
        )


class TermsOfPageLanguageForm(WagtailAdminPageForm):
    """A page form whose taxonomy pickers offer the terms of the page's language only."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = self._page_locale()
        if locale is None:
            return
        for name, field in self.fields.items():
            model = getattr(getattr(field, "queryset", None), "model", None)
            if not _is_taxonomy(model):
                continue
            if isinstance(field, forms.ModelChoiceField) and not isinstance(
                field, forms.ModelMultipleChoiceField
            ):
                # A plain list instead of a chooser whose modal lists every language.
                field.widget = forms.Select()
            field.queryset = terms_for_locale(model, locale).order_by("name")
            self._localise_initial(name, model, locale)

    def _localise_initial(self, name, model, locale):
        """A draft made before its terms were translated shows their translations ticked."""
        value = self.initial.get(name)
        if value in (None, "", []):
            return
        many = not isinstance(value, str | int | models.Model) and hasattr(value, "__iter__")
        ids = [getattr(v, "pk", v) for v in (value if many else [value])]
        terms = list(model.objects.filter(pk__in=ids))
        mapping = _in_locale(terms, locale.pk)
        ids = list(dict.fromkeys(mapping.get(pk, pk) for pk in ids))
        self.initial[name] = ids if many else ids[0]

    def _page_locale(self):
        if self.instance.locale_id:
            return self.instance.locale
        parent = getattr(self, "parent_page", None)
        return parent.locale if parent is not None else None


def localise_existing_terms(apps, model_label):
    """For data migrations: move the stored terms of ``model_label``'s rows to their locale."""
    model = apps.get_model(model_label)
    names = {"theme", "country", "sector", "governmentlevel", "interventiontype"}
    for field in model._meta.get_fields():
        related = getattr(field, "related_model", None)
        if getattr(field, "auto_created", False) or related is None:
            continue
        if related._meta.app_label != "cms" or related._meta.model_name not in names:
            continue
        if field.many_to_many:
            through = field.remote_field.through
            holder_key, term_key = field.m2m_field_name(), field.m2m_reverse_field_name()
            rows = through.objects.exclude(
                **{f"{term_key}__locale": models.F(f"{holder_key}__locale")}
            ).select_related(term_key, holder_key)
            for row in rows:
                term, holder = getattr(row, term_key), getattr(row, holder_key)
                target = related.objects.filter(
                    translation_key=term.translation_key, locale_id=holder.locale_id
                ).first()
                if target is None:
                    continue
                if through.objects.filter(**{holder_key: holder, term_key: target}).exists():
                    row.delete()
                else:
                    setattr(row, term_key, target)
                    row.save()
        elif field.many_to_one:
            rows = model.objects.exclude(**{field.name: None}).exclude(
                **{f"{field.name}__locale": models.F("locale")}
            )
            for obj in rows.select_related(field.name):
                term = getattr(obj, field.name)
                target = related.objects.filter(
                    translation_key=term.translation_key, locale_id=obj.locale_id
                ).first()
                if target is not None:
                    model.objects.filter(pk=obj.pk).update(**{field.name: target})
