"""The search page and its autocomplete (JSON), both under the language prefix."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language, ngettext
from wagtail.contrib.search_promotions.models import Query

from .backends import SearchUnavailable
from .models import UnansweredSearch
from .service import search, suggestions


def search_view(request):
    query = request.GET.get("q", "")[:300]
    try:
        result = search(request, request.GET)
    except SearchUnavailable:
        # The cluster is down: the visitor is told so, with the words kept in the box.
        response = render(
            request,
            "search/search.html",
            {"unavailable": True, "query": query},
            status=503,
        )
        response["Retry-After"] = "120"
        patch_cache_control(response, private=True, no_store=True)
        return response
    if result.query and result.page_obj.number == 1 and not result.facets.active:
        # Counted without who asked: the words and a daily number, nothing else.
        Query.get(result.query.text).add_hit()
        if not result.count and not result.promotions:
            UnansweredSearch.record(result.query.text, get_language() or "")
    response = render(
        request,
        "search/search.html",
        {
            "search": result,
            "query": query,
            "querystring": result.facets.querystring(),
            "did_you_mean_querystring": result.facets.querystring(q=result.did_you_mean),
        },
    )
    # What a search shows depends on who asks: never cache it for others.
    patch_cache_control(response, private=True, no_store=True)
    return response


def suggest_view(request):
    try:
        items = suggestions(request, request.GET.get("q", ""))
    except SearchUnavailable:
        response = JsonResponse({"suggestions": [], "status": ""}, status=503)
        patch_cache_control(response, no_store=True)
        return response
    status = ngettext(
        "%(count)d suggestion; use the up and down arrow keys to choose.",
        "%(count)d suggestions; use the up and down arrow keys to choose.",
        len(items),
    ) % {"count": len(items)}
    response = JsonResponse({"suggestions": items, "status": status if items else ""})
    patch_vary_headers(response, ["Cookie"])
    patch_cache_control(response, private=True, max_age=60)
    return response
