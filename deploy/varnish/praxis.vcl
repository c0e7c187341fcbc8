vcl 4.1;
# Varnish in front of Praxis's gunicorn nodes (Debian's varnish package, 7.x).
#
# What is kept is decided by the site, not here: a response is stored only when
# it says "Cache-Control: public" with a lifetime (cms/http_cache.py sends that
# for anonymous public pages) and sets no cookie. Everything personal (signed-in
# visitors, forms with a CSRF token, members' pages, private documents) says
# "private" and passes through. Publishing purges the affected addresses
# (wagtail.contrib.frontend_cache, HTTPBackend): a PURGE of a path drops the
# stored copies of that path with every query string (filters, pages).
#
#   varnishd -a :80 -f /etc/varnish/praxis.vcl -s malloc,256m

# The gunicorn node(s). With several web nodes, declare one backend each and
# spread requests over them with a round-robin director (see the README).
backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 10s;
    .probe = {
        .url = "/healthz";
        .interval = 5s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
    }
}

# Who may purge: the site's own processes (web and task worker) on this machine.
# Add the web and worker nodes' addresses when they run elsewhere.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # A ban, not a purge of one object: the path with any query string goes.
        ban("obj.http.x-praxis-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # A visitor with a session (signed in, or a message waiting to be shown)
    # always gets a page rendered for them.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=" || req.http.Authorization) {
        return (pass);
    }
    # The admin, accounts, documents and private files are never cached.
    if (req.url ~ "^/(admin|documents|private-media)/" || req.url ~ "^/[a-z]{2}/accounts/") {
        return (pass);
    }
    # Other cookies (the CSRF cookie, the language choice) stay on the request:
    # a page that reads them is sent as private and not kept. They are not part
    # of the cache key, so every anonymous visitor shares the stored copy.
    return (hash);
}

sub vcl_hash {
    # One site: the address alone is the key, whichever host name reached us
    # (the site renders its absolute links from its own configured address).
    hash_data(req.url);
    return (lookup);
}

sub vcl_backend_response {
    # For purging: the path the copy was stored under (see PURGE above).
    set beresp.http.x-praxis-path = regsub(bereq.url, "\?.*$", "");
    if (beresp.http.Set-Cookie
        || !beresp.http.Cache-Control
        || beresp.http.Cache-Control !~ "public"
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache)"
        || beresp.http.Vary ~ "(?i)(cookie|\*)") {
        # Not for sharing: remember that for a while so requests for it are not
        # queued behind each other, and hand it over as it is.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # The lifetime comes from s-maxage (Varnish reads it); kept a while longer,
    # to answer from if the site does not (grace).
    set beresp.grace = 6h;
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-praxis-path;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
