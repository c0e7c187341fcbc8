"""gunicorn's configuration for Praxis: ``gunicorn -c deploy/gunicorn.conf.py cms.wsgi``.

One node of the site behind Varnish (deploy/varnish/praxis.vcl). The address
comes from the command line (``--bind``) or ``GUNICORN_BIND``, the number of
worker processes from ``WEB_CONCURRENCY`` (gunicorn's own conventions); the
site's settings come from the environment as everywhere (cms/settings/).
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# Worker processes: a request uses one core while it renders, and Varnish in
# front answers the cached pages. Two on the 2-core reference machine.
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# Each with a few threads: a registration spends much of its time waiting for
# PostgreSQL (the event's lock, the commit reaching the disk), and while one
# thread waits another takes the next request, so a burst of registrations is
# not limited to one request per process at a time. Python runs one thread
# at a time per process, so more threads than this only queue for it.
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))

# Load the site once in the master and fork the workers from it: start-up is
# paid once, and the frozen start-up objects (cms.startup.freeze_loaded) are
# shared copy-on-write between workers.
preload_app = True

# A worker that has served this many requests is replaced (bounded memory
# growth); the jitter keeps workers from restarting together.
max_requests = 5000
max_requests_jitter = 500

# A request still running after this long is stopped. The sourcebook book is
# built by the task worker; only the very first book of a language (an empty
# cache) is laid out in a request, which takes WeasyPrint several seconds.
timeout = 60
graceful_timeout = 30

# Varnish, or the TLS proxy, on this machine says which scheme the visitor used
# (X-Forwarded-Proto, trusted by cms.settings.production).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Errors to standard error (the journal under systemd); no access log here:
# Varnish logs every request (varnishncsa).
errorlog = "-"
accesslog = None
loglevel = "info"
proc_name = "praxis-web"

# No runtime control socket (gunicorn 24+): systemd signals are enough, and
# several gunicorns on one machine (tests, the benchmark) would share its path.
control_socket_disable = True
