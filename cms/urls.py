"""The site's URLs: admin and documents outside, every public page under a language prefix."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms import http_cache, private_media, public_media, views
from cms.sitemaps import PublicSitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document view, with private documents sent as private downloads.
    path("documents/<int:document_id>/<str:document_filename>", private_media.serve_document),
    path("documents/", include(wagtaildocs_urls)),
    path("private-media/<path:name>", private_media.serve_private_file, name="private_media"),
    path("language/<str:code>/", views.choose_language, name="choose_language"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
    ),
    path("healthz", views.healthz, name="healthz"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PublicSitemap}}, name="sitemap"),
    # The apps' own addresses, named by string: the shared core imports no app above it.
    path("oai/", include("publications.urls")),
    path("", views.language_root, name="language_root"),
]

if settings.SERVE_MEDIA:
    # Public images, in production too, unless the web server serves /media/.
    urlpatterns.append(
        re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.*)$", public_media.serve)
    )

urlpatterns += i18n_patterns(
    path("", include("practices.urls")),
    # The visitor's own state for the cached copy of a page (cms.http_cache).
    path("accounts/state/", http_cache.account_state, name="account_state"),
    path("accounts/", include("members.urls")),
    path("accounts/", include("allauth.urls")),
    path("search/", include("search.urls")),
    # The development work in the members' area (Django views, before Wagtail's pages).
    path("members/development/", include("development.urls")),
    # Wagtail's page URLs, pages served through every language (cms.i18n.route).
    *[pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, views.serve, name="wagtail_serve"),
    prefix_default_language=True,
)

handler404 = "cms.views.page_not_found"
handler500 = "cms.views.server_error"
