"""An OAI-PMH 2.0 data provider at ``/oai/`` for the consortium's publications.

Repositories and aggregators (OpenAIRE, BASE) harvest metadata with this
protocol. No maintained OAI-PMH provider exists for Wagtail or current Django,
and the protocol is small, so it is written here with lxml: the six verbs,
``oai_dc`` records, sets by publication type and by theme, stateless signed
resumption tokens (any node of the cluster can answer the next page) and the
protocol's error codes. Only live publications that anyone may open are
exposed (``cms.privacy.visible_pages`` with no request).
"""

from __future__ import annotations

import datetime
from email.utils import parseaddr
from urllib.parse import urlparse

from django.conf import settings
from django.core import signing
from django.db.models import Min, Q
from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from lxml import etree
from wagtail.models import Locale

from cms.models import Theme
from cms.privacy import visible_pages

from .enums import PublicationType
from .models import PublicationPage, with_card_data
from .xml_text import is_xml_text, xml_text

NS_OAI = "http://www.openarchives.org/OAI/2.0/"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
NS_OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
NS_DC = "http://purl.org/dc/elements/1.1/"
OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
OAI_DC_SCHEMA = f"{NS_OAI_DC} http://www.openarchives.org/OAI/2.0/oai_dc.xsd"

METADATA_FORMATS = {"oai_dc": ("http://www.openarchives.org/OAI/2.0/oai_dc.xsd", NS_OAI_DC)}

# verb: (required arguments, optional arguments, exclusive argument)
VERBS = {
    "Identify": (set(), set(), None),
    "ListMetadataFormats": (set(), {"identifier"}, None),
    "ListSets": (set(), set(), "resumptionToken"),
    "ListIdentifiers": ({"metadataPrefix"}, {"from", "until", "set"}, "resumptionToken"),
    "ListRecords": ({"metadataPrefix"}, {"from", "until", "set"}, "resumptionToken"),
    "GetRecord": ({"identifier", "metadataPrefix"}, set(), None),
}

# The info:eu-repo vocabulary OpenAIRE expects in dc:type.
EU_REPO_TYPES = {
    PublicationType.JOURNAL_ARTICLE: "info:eu-repo/semantics/article",
    PublicationType.WORKING_PAPER: "info:eu-repo/semantics/workingPaper",
    PublicationType.POLICY_BRIEF: "info:eu-repo/semantics/report",
    PublicationType.REPORT: "info:eu-repo/semantics/report",
    PublicationType.BOOK: "info:eu-repo/semantics/book",
    PublicationType.BOOK_CHAPTER: "info:eu-repo/semantics/bookPart",
    PublicationType.CONFERENCE_PAPER: "info:eu-repo/semantics/conferenceObject",
}
TOKEN_SALT = "publications.oai.resumption"
TOKEN_MAX_AGE = 60 * 60 * 24


class OAIError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message


def repository_identifier() -> str:
    configured = getattr(settings, "OAI_REPOSITORY_IDENTIFIER", "")
    return configured or urlparse(settings.WAGTAILADMIN_BASE_URL).hostname or "praxis"


def oai_identifier(publication) -> str:
    return f"oai:{repository_identifier()}:publication/{publication.pk}"


def datestamp(moment) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def harvestable():
    """Live public publications, each once: a translation only if the original is not there."""
    public = visible_pages(PublicationPage.objects.all(), None)
    default = Locale.get_default()
    originals = public.filter(locale=default).values("translation_key")
    return public.filter(Q(locale=default) | ~Q(translation_key__in=originals))


def parse_date(value: str, *, end: bool):
    """An OAI ``from``/``until`` value as (moment, granularity); badArgument if malformed."""
    for fmt, granularity in (("%Y-%m-%d", "day"), ("%Y-%m-%dT%H:%M:%SZ", "seconds")):
        try:
            parsed = datetime.datetime.strptime(value, fmt).replace(tzinfo=datetime.UTC)
        except ValueError:
            continue
        if granularity == "day" and end:
            parsed += datetime.timedelta(days=1) - datetime.timedelta(microseconds=1)
        return parsed, granularity
    raise OAIError(
        "badArgument", f"'{value}' is not a UTC date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)."
    )


class OAIRequest:
    def __init__(self, request):
        self.request = request
        self.params = request.POST if request.method == "POST" else request.GET
        self.base_url = request.build_absolute_uri(request.path)
        self.verb = None
        self.args: dict[str, str] = {}
        self._blocked_collections = None

    @property
    def blocked_collections(self):
        """Paths of private collections: their PDFs are never named in a record."""
        if self._blocked_collections is None:
            from cms.privacy import collection_restrictions_blocking

            self._blocked_collections = [
                r.collection.path for r in collection_restrictions_blocking(None)
            ]
        return self._blocked_collections

    # -- arguments ----------------------------------------------------------------

    def parse(self):
        for key, values in self.params.lists():
            if not all(is_xml_text(text) for text in (key, *values)):
                # Nothing of such an argument is echoed: XML could not even carry it.
                raise OAIError("badArgument", "Arguments must not contain control characters.")
        verbs = self.params.getlist("verb")
        if len(verbs) != 1:
            raise OAIError("badVerb", "Give exactly one verb argument.")
        if verbs[0] not in VERBS:
            raise OAIError("badVerb", f"'{verbs[0]}' is not an OAI-PMH verb.")
        self.verb = verbs[0]
        required, optional, exclusive = VERBS[self.verb]
        args = {}
        for key in self.params:
            if key == "verb":
                continue
            values = self.params.getlist(key)
            if len(values) > 1:
                raise OAIError("badArgument", f"The argument '{key}' is repeated.")
            if key not in required | optional and key != exclusive:
                raise OAIError("badArgument", f"'{key}' is not an argument of {self.verb}.")
            args[key] = values[0]
        if exclusive and exclusive in args:
            if len(args) > 1:
                raise OAIError("badArgument", f"'{exclusive}' must be the only argument.")
        else:
            missing = sorted(required - set(args))
            if missing:
                raise OAIError("badArgument", f"{self.verb} needs: {', '.join(missing)}.")
        self.args = args

    # -- responses ----------------------------------------------------------------

    def envelope(self, with_arguments=True):
        root = etree.Element(
            f"{{{NS_OAI}}}OAI-PMH",
            nsmap={None: NS_OAI, "xsi": NS_XSI},
        )
        root.set(f"{{{NS_XSI}}}schemaLocation", OAI_SCHEMA)
        etree.SubElement(root, f"{{{NS_OAI}}}responseDate").text = datestamp(timezone.now())
        request_el = etree.SubElement(root, f"{{{NS_OAI}}}request")
        request_el.text = self.base_url
        if with_arguments and self.verb:
            request_el.set("verb", self.verb)
            for key, value in self.args.items():
                request_el.set(key, value)
        return root

    def respond(self):
        try:
            self.parse()
        except OAIError as error:
            return self.error_response(error, with_arguments=False)
        root = self.envelope()
        try:
            body = getattr(self, self.verb)()
        except OAIError as error:
            return self.error_response(error)
        root.append(body)
        return self.render(root)

    def error_response(self, error, with_arguments=True):
        root = self.envelope(with_arguments=with_arguments)
        el = etree.SubElement(root, f"{{{NS_OAI}}}error", code=error.code)
        el.text = xml_text(error.message)
        return self.render(root)

    @staticmethod
    def render(root):
        xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
        return HttpResponse(xml, content_type="text/xml; charset=utf-8")

    def el(self, parent, tag, text=None, ns=NS_OAI, **attrs):
        child = etree.SubElement(
            parent, f"{{{ns}}}{tag}", **{key: xml_text(value) for key, value in attrs.items()}
        )
        if text is not None:
            child.text = xml_text(text)
        return child

    # -- verbs --------------------------------------------------------------------

    def Identify(self):  # noqa: N802 - the protocol's verb names
        body = etree.Element(f"{{{NS_OAI}}}Identify")
        self.el(body, "repositoryName", settings.WAGTAIL_SITE_NAME)
        self.el(body, "baseURL", self.base_url)
        self.el(body, "protocolVersion", "2.0")
        self.el(body, "adminEmail", parseaddr(settings.DEFAULT_FROM_EMAIL)[1])
        earliest = harvestable().aggregate(first=Min("last_published_at"))["first"]
        self.el(
            body,
            "earliestDatestamp",
            datestamp(earliest) if earliest else "1970-01-01T00:00:00Z",
        )
        self.el(body, "deletedRecord", "no")
        self.el(body, "granularity", "YYYY-MM-DDThh:mm:ssZ")
        return body

    def ListMetadataFormats(self):  # noqa: N802
        if "identifier" in self.args:
            self.find(self.args["identifier"])
        body = etree.Element(f"{{{NS_OAI}}}ListMetadataFormats")
        for prefix, (schema, namespace) in METADATA_FORMATS.items():
            fmt = self.el(body, "metadataFormat")
            self.el(fmt, "metadataPrefix", prefix)
            self.el(fmt, "schema", schema)
            self.el(fmt, "metadataNamespace", namespace)
        return body

    def sets(self):
        out = [(f"type:{value}", str(label)) for value, label in PublicationType.choices]
        # Only themes of harvestable publications: a theme used only by private
        # pages (or by none) is not announced.
        used = harvestable().exclude(themes=None).values("themes__slug")
        themes = Theme.objects.filter(locale=Locale.get_default(), slug__in=used).order_by("slug")
        out += [(f"theme:{theme.slug}", theme.name) for theme in themes]
        return out

    def ListSets(self):  # noqa: N802
        if "resumptionToken" in self.args:
            raise OAIError("badResumptionToken", "ListSets is never split into pages.")
        body = etree.Element(f"{{{NS_OAI}}}ListSets")
        for spec, name in self.sets():
            set_el = self.el(body, "set")
            self.el(set_el, "setSpec", spec)
            self.el(set_el, "setName", name)
        return body

    def GetRecord(self):  # noqa: N802
        self.check_prefix(self.args["metadataPrefix"])
        publication = self.find(self.args["identifier"])
        body = etree.Element(f"{{{NS_OAI}}}GetRecord")
        self.record(body, publication)
        return body

    def ListIdentifiers(self):  # noqa: N802
        return self.list_items(headers_only=True)

    def ListRecords(self):  # noqa: N802
        return self.list_items(headers_only=False)

    # -- helpers ------------------------------------------------------------------

    def check_prefix(self, prefix):
        if prefix not in METADATA_FORMATS:
            raise OAIError("cannotDisseminateFormat", f"'{prefix}' is not offered; use oai_dc.")

    def find(self, identifier):
        prefix = f"oai:{repository_identifier()}:publication/"
        pk = identifier[len(prefix) :] if identifier.startswith(prefix) else ""
        publication = None
        if pk.isascii() and pk.isdigit():
            publication = (
                with_card_data(harvestable().filter(pk=int(pk))).select_related("locale").first()
            )
        if publication is None:
            raise OAIError("idDoesNotExist", f"No record has the identifier '{identifier}'.")
        return publication

    def list_items(self, headers_only):
        if "resumptionToken" in self.args:
            state = self.read_token(self.args["resumptionToken"])
        else:
            state = {
                "verb": self.verb,
                "prefix": self.args["metadataPrefix"],
                "set": self.args.get("set", ""),
                "from": self.args.get("from", ""),
                "until": self.args.get("until", ""),
                "offset": 0,
            }
        self.check_prefix(state["prefix"])
        publications = self.select(state)
        total = publications.count()
        if total == 0:
            raise OAIError("noRecordsMatch", "No records match these arguments.")
        size = settings.OAI_PAGE_SIZE
        offset = state["offset"]
        if offset >= total:
            raise OAIError("badResumptionToken", "This resumption token is past the end.")
        batch = with_card_data(publications).select_related("locale")[offset : offset + size]
        body = etree.Element(f"{{{NS_OAI}}}{self.verb}")
        for publication in batch:
            if headers_only:
                self.header(body, publication)
            else:
                self.record(body, publication)
        if total > size:
            token = self.el(
                body, "resumptionToken", completeListSize=str(total), cursor=str(offset)
            )
            if offset + size < total:
                token.text = signing.dumps({**state, "offset": offset + size}, salt=TOKEN_SALT)
                expires = timezone.now() + datetime.timedelta(seconds=TOKEN_MAX_AGE)
                token.set("expirationDate", datestamp(expires))
        return body

    def read_token(self, token):
        try:
            state = signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
        except signing.BadSignature:
            raise OAIError(
                "badResumptionToken", "This resumption token is invalid or expired."
            ) from None
        if not isinstance(state, dict) or state.get("verb") != self.verb:
            raise OAIError("badResumptionToken", "This resumption token is for another verb.")
        return state

    def select(self, state):
        publications = harvestable()
        granularities = set()
        moments = {}
        for key in ("from", "until"):
            if state[key]:
                moments[key], granularity = parse_date(state[key], end=key == "until")
                granularities.add(granularity)
        if len(granularities) > 1:
            raise OAIError("badArgument", "'from' and 'until' must have the same granularity.")
        if "from" in moments and "until" in moments and moments["from"] > moments["until"]:
            raise OAIError("badArgument", "'from' is later than 'until'.")
        if "from" in moments:
            publications = publications.filter(last_published_at__gte=moments["from"])
        if "until" in moments:
            publications = publications.filter(last_published_at__lte=moments["until"])
        spec = state["set"]
        if spec:
            kind, _sep, value = spec.partition(":")
            if kind == "type" and value in PublicationType.values:
                publications = publications.filter(publication_type=value)
            elif kind == "theme" and value:
                publications = publications.filter(
                    pk__in=publications.filter(themes__slug=value).values("pk")
                )
            else:
                raise OAIError("noRecordsMatch", f"There is no set '{spec}'.")
        return publications.order_by("pk")

    def header(self, parent, publication):
        header = self.el(parent, "header")
        self.el(header, "identifier", oai_identifier(publication))
        self.el(header, "datestamp", datestamp(publication.last_published_at))
        self.el(header, "setSpec", f"type:{publication.publication_type}")
        for theme in publication.themes.all():
            self.el(header, "setSpec", f"theme:{theme.slug}")
        return header

    def record(self, parent, publication):
        record = self.el(parent, "record")
        self.header(record, publication)
        metadata = self.el(record, "metadata")
        dc = etree.SubElement(
            metadata, f"{{{NS_OAI_DC}}}dc", nsmap={"oai_dc": NS_OAI_DC, "dc": NS_DC}
        )
        dc.set(f"{{{NS_XSI}}}schemaLocation", OAI_DC_SCHEMA)
        for name, value in dublin_core(publication, self.request, self.blocked_collections):
            self.el(dc, name, value, ns=NS_DC)
        return record


def dublin_core(publication, request=None, blocked_collections=None) -> list[tuple[str, str]]:
    """The publication as simple Dublin Core (element, value) pairs, in the schema's order."""
    fields = [("title", publication.title)]
    fields += [("creator", person.sort_name) for person in publication.author_people]
    fields += [("subject", keyword) for keyword in publication.keyword_names]
    fields += [("subject", theme.name) for theme in publication.themes.all()]
    fields.append(("description", publication.abstract))
    publisher = publication.publisher or publication.institution
    if publisher:
        fields.append(("publisher", publisher))
    fields.append(("date", publication.publication_date_iso))
    fields.append(("type", EU_REPO_TYPES[publication.publication_type]))
    fields.append(("type", "Text"))
    fields.append(("format", "text/html"))
    fields.append(("identifier", publication.get_full_url(request)))
    if publication.doi:
        fields.append(("identifier", publication.doi_url))
    pdf_url = publication.pdf_url(request, blocked_collections=blocked_collections)
    if pdf_url:
        fields.append(("identifier", pdf_url))
    source = citation_source(publication)
    if source:
        fields.append(("source", source))
    fields.append(("language", publication.locale.language_code))
    access = "openAccess" if pdf_url else "metadataOnlyAccess"
    fields.append(("rights", f"info:eu-repo/semantics/{access}"))
    if publication.licence_url:
        fields.append(("rights", publication.licence_url))
    return fields


def citation_source(publication) -> str:
    """ "Public Money & Management, 41(8), 672–675" and similar, for dc:source."""
    parts = []
    if publication.container_title:
        parts.append(publication.container_title)
    volume = publication.volume
    if volume and publication.issue:
        volume = f"{volume}({publication.issue})"
    if volume:
        parts.append(volume)
    if publication.pages:
        parts.append(publication.pages)
    if publication.issn:
        parts.append(f"ISSN {publication.issn}")
    return ", ".join(parts)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def oai_pmh(request):
    return OAIRequest(request).respond()
