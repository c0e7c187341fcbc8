"""People who sign in, the agencies they belong to, and the agencies' gated spaces.

Accounts are identified by email address, not username. Access to members'
pages and documents uses Wagtail's own view restrictions with groups: every
agency has a Django group (kept in step with its memberships, see
``members.signals``) and a private document collection; ``MembersAreaPage`` is
open to the "Members" group and ``AgencySpacePage`` to its agency's group, both
also to "Consortium staff". Wagtail's serving, admin, API and ``cms.privacy``
then apply them everywhere.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager, Group
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction
from wagtail.search import index

from cms.blocks import BodyBlock

from . import dashboard
from .enums import AgencyStatus, MembershipRole

MEMBERS_GROUP = "Members"
STAFF_GROUP = "Consortium staff"
AGENCY_GROUP_PREFIX = "Agency: "


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    username = None
    email = models.EmailField(_("email address"), unique=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    objects = UserManager()

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        ordering = ["last_name", "first_name", "email"]

    def __str__(self):
        return self.get_full_name() or self.email

    @property
    def agencies(self):
        return Agency.objects.filter(memberships__user=self)

    def is_coordinator_of(self, agency) -> bool:
        return self.memberships.filter(agency=agency, role=Membership.Role.COORDINATOR).exists()

    def verified_emails(self) -> list[str]:
        """The addresses this person has proven they hold (the emailed link), lower case.

        Only these ever stand for the person: an address added to an account but
        not confirmed may be anyone's.
        """
        from allauth.account.models import EmailAddress

        return sorted(
            {
                email.lower()
                for email in EmailAddress.objects.filter(user=self, verified=True).values_list(
                    "email", flat=True
                )
            }
        )

    def personal_data(self) -> dict:
        """The account itself, for the data export."""
        return {
            "email": self.email,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "date_joined": _iso(self.date_joined),
            "last_login": _iso(self.last_login),
        }

    def close_account(self):
        """Delete the account and the personal data tied to it.

        First every app is told (``members.signals.account_closing``) and removes
        or anonymises what it holds about the person, by account and by verified
        address (the events app cancels and erases their registrations, a place
        at an event still to come going to the waiting list). Then memberships,
        email addresses, authenticators and sessions go with the account (they
        cascade), with the invitations addressed to one of its verified
        addresses or accepted with it. Pages, revisions, documents and images
        the person published stay, with no owner (Wagtail sets these
        references to NULL).
        """
        from .signals import account_closing

        verified_emails = self.verified_emails()
        account_closing.send(sender=type(self), user=self, verified_emails=verified_emails)
        with transaction.atomic():
            Invitation.objects.filter(
                models.Q(email__in=verified_emails) | models.Q(accepted_by=self)
            ).delete()
            self.delete()


def _iso(value):
    return value.isoformat() if value else None


def staff_group() -> Group:
    return Group.objects.get_or_create(name=STAFF_GROUP)[0]


def members_group() -> Group:
    return Group.objects.get_or_create(name=MEMBERS_GROUP)[0]


class AgencyQuerySet(models.QuerySet):
    def participating(self):
        return self.filter(status=Agency.Status.PARTICIPATING)


class Agency(index.Indexed, models.Model):
    Status = AgencyStatus

    name = models.CharField(_("name"), max_length=200, unique=True)
    country = models.ForeignKey(
        "cms.Country", verbose_name=_("country"), on_delete=models.PROTECT, related_name="+"
    )
    sector = models.ForeignKey(
        "cms.Sector",
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    government_level = models.ForeignKey(
        "cms.GovernmentLevel",
        verbose_name=_("level of government"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email_domains = models.CharField(
        _("email domains"),
        max_length=500,
        blank=True,
        help_text=_("The agency's email domains, separated by commas, e.g. lyon.fr, grandlyon.com"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PARTICIPATING
    )
    group = models.OneToOneField(
        Group, null=True, editable=False, on_delete=models.SET_NULL, related_name="agency"
    )
    collection = models.OneToOneField(
        Collection, null=True, editable=False, on_delete=models.SET_NULL, related_name="agency"
    )

    objects = AgencyQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("country"), FieldPanel("status")]),
        FieldRowPanel([FieldPanel("sector"), FieldPanel("government_level")]),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("email_domains"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        with transaction.atomic():
            super().save(*args, **kwargs)
            self.ensure_group_and_collection()

    def clean(self):
        for domain in self.domains:
            if "." not in domain or " " in domain:
                raise ValidationError(
                    {
                        "email_domains": _("“%(domain)s” is not an email domain.")
                        % {"domain": domain}
                    }
                )

    @property
    def domains(self) -> list[str]:
        return [d.strip().lower().lstrip("@") for d in self.email_domains.split(",") if d.strip()]

    @property
    def members(self):
        return User.objects.filter(memberships__agency=self)

    @property
    def coordinators(self):
        return self.members.filter(memberships__role=Membership.Role.COORDINATOR)

    def ensure_group_and_collection(self):
        """Give the agency its group and its private document collection."""
        changed = []
        group_name = f"{AGENCY_GROUP_PREFIX}{self.name}"[:150]
        if self.group_id is None:
            self.group = Group.objects.get_or_create(name=group_name)[0]
            changed.append("group")
        elif self.group.name != group_name:
            self.group.name = group_name
            self.group.save(update_fields=["name"])
        collection_name = _("Agency documents: %(name)s") % {"name": self.name}
        if self.collection_id is None:
            root = Collection.get_first_root_node() or Collection.add_root(name="Root")
            self.collection = root.add_child(name=str(collection_name)[:255])
            changed.append("collection")
        elif self.collection.name != collection_name:
            self.collection.name = str(collection_name)[:255]
            self.collection.save(update_fields=["name"])
        if changed:
            type(self).objects.filter(pk=self.pk).update(
                group=self.group, collection=self.collection
            )
        self.ensure_collection_restriction()

    def ensure_collection_restriction(self):
        """Exactly one restriction on the collection: this agency's group and staff."""
        restrictions = CollectionViewRestriction.objects.filter(collection=self.collection)
        wanted = {self.group_id, staff_group().pk}
        keep = None
        for restriction in restrictions:
            if keep is None and restriction.restriction_type == CollectionViewRestriction.GROUPS:
                keep = restriction
            else:
                restriction.delete()
        if keep is None:
            keep = CollectionViewRestriction.objects.create(
                collection=self.collection, restriction_type=CollectionViewRestriction.GROUPS
            )
        if set(keep.groups.values_list("pk", flat=True)) != wanted:
            keep.groups.set(wanted)

    def space(self):
        return AgencySpacePage.objects.filter(agency=self).first()


class Membership(models.Model):
    Role = MembershipRole

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    agency = models.ForeignKey(
        Agency, verbose_name=_("agency"), on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    since = models.DateField(_("member since"), default=timezone.localdate)

    panels = [FieldPanel("user"), FieldPanel("agency"), FieldPanel("role"), FieldPanel("since")]

    class Meta:
        ordering = ["agency__name", "user__last_name", "user__email"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [models.UniqueConstraint(fields=["user", "agency"], name="unique_membership")]

    def __str__(self):
        return f"{self.user} – {self.agency} ({self.get_role_display()})"

    def personal_data(self) -> dict:
        """This membership, for the member's data export."""
        return {
            "agency": self.agency.name,
            "country": self.agency.country.name,
            "role": self.role,
            "since": _iso(self.since),
        }


class InvitationQuerySet(models.QuerySet):
    def pending(self):
        cutoff = timezone.now() - timedelta(days=settings.INVITATION_MAX_AGE_DAYS)
        return self.filter(accepted_at__isnull=True, created_at__gte=cutoff)


class Invitation(models.Model):
    """An email address invited to join an agency, through a signed single-use link."""

    SALT = "members.invitation"

    agency = models.ForeignKey(
        Agency, verbose_name=_("agency"), on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("email address"))
    role = models.CharField(
        _("role"), max_length=20, choices=Membership.Role.choices, default=Membership.Role.MEMBER
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("sent"), default=timezone.now, editable=False)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True, editable=False)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("accepted by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = InvitationQuerySet.as_manager()

    panels = [FieldPanel("agency"), FieldPanel("email"), FieldPanel("role")]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self):
        return f"{self.email} → {self.agency}"

    def save(self, *args, **kwargs):
        self.email = (self.email or "").strip().lower()
        super().save(*args, **kwargs)

    def personal_data(self) -> dict:
        """This invitation, for the data export of the person invited or of who sent it."""
        return {
            "agency": self.agency.name,
            "email": self.email,
            "role": self.role,
            "sent": _iso(self.created_at),
            "accepted": _iso(self.accepted_at),
        }

    def clean(self):
        self.email = (self.email or "").strip().lower()
        if self.agency_id and self.agency.status != Agency.Status.PARTICIPATING:
            raise ValidationError({"agency": _("Only participating agencies can invite people.")})
        if (
            self.agency_id
            and self.email
            and Membership.objects.filter(agency_id=self.agency_id, user__email=self.email).exists()
        ):
            raise ValidationError({"email": _("This person is already a member of the agency.")})

    @property
    def token(self) -> str:
        return signing.dumps({"invitation": self.pk, "email": self.email}, salt=self.SALT)

    @classmethod
    def from_token(cls, token: str) -> Invitation:
        """The invitation a link names; raises ``signing.BadSignature`` (or its
        subclass ``SignatureExpired``) or ``Invitation.DoesNotExist``."""
        data = signing.loads(
            token, salt=cls.SALT, max_age=timedelta(days=settings.INVITATION_MAX_AGE_DAYS)
        )
        return cls.objects.select_related("agency").get(pk=data["invitation"], email=data["email"])

    @property
    def expires_at(self):
        return self.created_at + timedelta(days=settings.INVITATION_MAX_AGE_DAYS)

    @property
    def is_expired(self) -> bool:
        return timezone.now() > self.expires_at

    @property
    def is_used(self) -> bool:
        return self.accepted_at is not None

    def accept(self, user) -> Membership:
        """Make ``user`` a member of the agency (once); the link cannot be used again."""
        with transaction.atomic():
            locked = type(self).objects.select_for_update().get(pk=self.pk)
            if locked.accepted_at is not None:
                raise ValidationError(_("This invitation has already been used."))
            membership, created = Membership.objects.get_or_create(
                user=user, agency=self.agency, defaults={"role": self.role}
            )
            if not created and self.role == Membership.Role.COORDINATOR:
                membership.role = Membership.Role.COORDINATOR
                membership.save(update_fields=["role"])
            self.accepted_at = timezone.now()
            self.accepted_by = user
            self.save(update_fields=["accepted_at", "accepted_by"])
        return membership


# The gated pages


class GatedPageMixin:
    """Pages that always carry the group view restriction they are meant to have."""

    def restriction_groups(self) -> list[Group]:
        raise NotImplementedError

    def ensure_restriction(self):
        groups = [g for g in self.restriction_groups() if g is not None]
        restrictions = list(PageViewRestriction.objects.filter(page=self))
        keep = None
        for restriction in restrictions:
            if keep is None and restriction.restriction_type == PageViewRestriction.GROUPS:
                keep = restriction
            else:
                restriction.delete()
        if keep is None:
            keep = PageViewRestriction.objects.create(
                page=self, restriction_type=PageViewRestriction.GROUPS
            )
        if set(keep.groups.values_list("pk", flat=True)) != {g.pk for g in groups}:
            keep.groups.set(groups)

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        if self.pk and self.path:
            self.ensure_restriction()
        return result


class MembersAreaPage(GatedPageMixin, Page):
    """The members' area and dashboard: open to every member and to consortium staff."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["members.AgencySpacePage"]
    max_count_per_parent = 1
    # In the main menu, for those who may open it (the menu shows only those).
    show_in_menus_default = True

    class Meta:
        verbose_name = _("members' area")

    def restriction_groups(self):
        return [members_group(), staff_group()]

    def get_context(self, request, *args, **kwargs):
        from wagtail.documents import get_document_model

        from cms.privacy import visible_media, visible_pages

        context = super().get_context(request, *args, **kwargs)
        user = request.user
        memberships = (
            Membership.objects.filter(user=user).select_related("agency", "agency__country")
            if user.is_authenticated
            else Membership.objects.none()
        )
        spaces = visible_pages(
            AgencySpacePage.objects.child_of(self).select_related("agency"), request
        ).order_by("title")
        agencies = [m.agency for m in memberships]
        collection_ids = [a.collection_id for a in agencies if a.collection_id]
        documents = get_document_model().objects.none()
        if collection_ids:
            documents = visible_media(
                get_document_model().objects.filter(collection_id__in=collection_ids), request
            )
        context.update(
            memberships=memberships,
            spaces=spaces,
            recent_documents=documents.select_related("collection__agency").order_by("-created_at")[
                :10
            ],
            panels=dashboard.render_panels(request, memberships),
        )
        return context


class AgencySpacePage(GatedPageMixin, Page):
    """An agency's private space: its members and consortium staff only."""

    agency = models.ForeignKey(
        Agency, verbose_name=_("agency"), on_delete=models.PROTECT, related_name="spaces"
    )
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("agency"), FieldPanel("intro")], heading=_("Agency")),
        FieldPanel("body"),
    ]
    parent_page_types = ["members.MembersAreaPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("agency space")
        verbose_name_plural = _("agency spaces")

    def restriction_groups(self):
        return [self.agency.group, staff_group()]

    def get_context(self, request, *args, **kwargs):
        from wagtail.documents import get_document_model

        from cms.privacy import visible_media, visible_pages

        context = super().get_context(request, *args, **kwargs)
        agency = self.agency
        documents = get_document_model().objects.none()
        if agency.collection_id:
            documents = visible_media(
                get_document_model().objects.filter(collection_id=agency.collection_id), request
            ).order_by("-created_at")
        context.update(
            agency=agency,
            documents=documents,
            pages=visible_pages(self.get_children(), request).specific(defer=True),
            members=Membership.objects.filter(agency=agency).select_related("user"),
            is_coordinator=request.user.is_authenticated and request.user.is_coordinator_of(agency),
        )
        return context

    def full_clean(self, *args, **kwargs):
        if not self.slug and self.agency_id:
            self.slug = slugify(self.agency.name)[:255]
        super().full_clean(*args, **kwargs)

    def clean(self):
        super().clean()
        if not self.agency_id:
            return
        # One space per agency, shared by its translations.
        others = AgencySpacePage.objects.filter(agency_id=self.agency_id).exclude(
            translation_key=self.translation_key
        )
        if others.exists():
            raise ValidationError(
                {"agency": _("%(agency)s already has a space.") % {"agency": self.agency}}
            )
