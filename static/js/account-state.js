/*
 * Forms on a cached page get their CSRF token from the visitor's own state.
 *
 * The copy of a page that Varnish hands to every anonymous visitor carries no
 * token (it would be someone else's). A form marked data-account-state="URL"
 * asks that address (same origin, never cached) for a token of this visitor's
 * own and adds it to the form. Without JavaScript the first post is answered
 * with the same form, as typed, and a token (cms.http_cache.csrf_failure).
 */
(function () {
  "use strict";
  var forms = document.querySelectorAll("form[data-account-state]");
  if (!forms.length || !window.fetch) {
    return;
  }
  fetch(forms[0].getAttribute("data-account-state"), {
    credentials: "same-origin",
    cache: "no-store",
    headers: { Accept: "application/json" },
  })
    .then(function (response) {
      return response.ok ? response.json() : null;
    })
    .then(function (state) {
      if (!state || !state.csrf_token) {
        return;
      }
      forms.forEach(function (form) {
        var input = form.querySelector("input[name=csrfmiddlewaretoken]");
        if (!input) {
          input = document.createElement("input");
          input.type = "hidden";
          input.name = "csrfmiddlewaretoken";
          form.insertBefore(input, form.firstChild);
        }
        input.value = state.csrf_token;
      });
    })
    .catch(function () {
      /* No token: the form is shown again with one after the first post. */
    });
})();
