#!/usr/bin/env bash
# Stands up, on this machine, the services the tests and the production shape need.
#
#   .ci/services.sh postgres redis chromium varnish wrk    install (as root, where missing) and start
#   .ci/services.sh opensearch                              fetch OpenSearch 2 from Maven Central, start one node
#   .ci/services.sh elasticsearch                           the same for Elasticsearch 8
#   .ci/services.sh stop-opensearch stop-elasticsearch      stop a node started here
#
# Debian's packages for PostgreSQL, Redis, Chromium, Varnish and wrk; the search
# engines' integration-test distributions (pure Java, no bundled JDK) from Maven
# Central, run with the machine's Java by an unprivileged user of their own
# (they refuse to run as root). Downloads are cached outside the repository in
# $PRAXIS_CACHE (default ~/.cache/praxis) so a second run is quick.
# Idempotent: a service already running is left as it is.
set -euo pipefail

# As root the engines run as another user, who must read the unpacked files: not under /root.
if [ "$(id -u)" = 0 ]; then CACHE="${PRAXIS_CACHE:-/var/cache/praxis}"; else CACHE="${PRAXIS_CACHE:-$HOME/.cache/praxis}"; fi
OPENSEARCH_VERSION="${OPENSEARCH_VERSION:-2.19.6}"
ELASTICSEARCH_VERSION="${ELASTICSEARCH_VERSION:-8.19.4}"
OPENSEARCH_PORT="${OPENSEARCH_PORT:-9200}"
ELASTICSEARCH_PORT="${ELASTICSEARCH_PORT:-9201}"
PG_USER=praxis
PG_PASSWORD=praxis
MAVEN="${MAVEN_URL:-https://repo1.maven.org/maven2}"

say() { echo "--- $*" >&2; }
# Values (NAME=value) go to fd 3, the caller's stdout; everything else a
# service prints (apt, pg_ctlcluster's warnings...) goes to stderr.
value() { echo "$*" >&3; }
is_root() { [ "$(id -u)" = 0 ]; }

apt_install() {
  # apt_install COMMAND PACKAGE...: install the packages unless COMMAND is already there.
  local cmd="$1"; shift
  command -v "$cmd" >/dev/null 2>&1 && return 0
  if ! is_root || ! command -v apt-get >/dev/null; then
    echo "$cmd is missing and cannot be installed here (needs root and apt-get)" >&2
    return 1
  fi
  say "installing $*"
  # A package's scripts may start its daemon: detached from the caller's pipes (see service_postgres).
  local log=/tmp/praxis-apt.log
  if [ ! -f /tmp/.praxis-apt-updated ]; then
    apt-get update -qq </dev/null >"$log" 2>&1 3>&- || { cat "$log" >&2; return 1; }
    touch /tmp/.praxis-apt-updated
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" \
    </dev/null >"$log" 2>&1 3>&- || { cat "$log" >&2; return 1; }
}

wait_for_port() {
  # wait_for_port PORT SECONDS
  local port="$1" seconds="$2" i
  for ((i = 0; i < seconds * 2; i++)); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  return 1
}

service_postgres() {
  # PostgreSQL from Debian; a role "praxis" (password "praxis") that may create the test databases.
  apt_install pg_lsclusters postgresql
  local version
  version=$(pg_lsclusters -h | awk 'NR==1 {print $1}')
  if [ -z "$version" ]; then
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    pg_createcluster "$version" main >/dev/null
  fi
  if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
    say "starting PostgreSQL $version"
    # Detached from every descriptor of the caller: a server holding the pipe of
    # "$(.ci/services.sh postgres)" (fd 3) or of CI's log would keep them waiting
    # until it stops, that is forever.
    pg_ctlcluster "$version" main start </dev/null >/tmp/praxis-postgres-start.log 2>&1 3>&- \
      || { cat /tmp/praxis-postgres-start.log >&2; return 1; }
  fi
  wait_for_port 5432 30 || { echo "PostgreSQL did not start" >&2; return 1; }
  if is_root; then
    su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='$PG_USER'\"" | grep -q 1 \
      || su postgres -c "psql -qc \"CREATE ROLE $PG_USER LOGIN CREATEDB PASSWORD '$PG_PASSWORD'\""
    su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='praxis'\"" | grep -q 1 \
      || su postgres -c "createdb -O $PG_USER praxis"
  fi
  value "DATABASE_URL=postgres://$PG_USER:$PG_PASSWORD@127.0.0.1:5432/praxis"
}

service_redis() {
  apt_install redis-server redis-server
  if ! redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then
    say "starting Redis"
    redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save "" --appendonly no \
      </dev/null >/dev/null 2>&1 3>&-
    wait_for_port 6379 15 || { echo "Redis did not start" >&2; return 1; }
  fi
  value "CACHE_URL=redis://127.0.0.1:6379/1"
}

service_chromium() {
  # chromium-driver matches Debian's chromium: axe-core's CLI (the quality tool) drives it.
  apt_install chromium chromium
  apt_install chromedriver chromium-driver
}
service_varnish() { apt_install varnishd varnish; }
service_wrk() { apt_install wrk wrk; }

search_user() {
  # The engines refuse to run as root: a system user of their own.
  if is_root && ! id praxis-search >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin praxis-search
  fi
}

fetch() {
  # fetch URL FILE: download once into the cache.
  local url="$1" file="$2"
  if [ ! -s "$file" ]; then
    say "downloading $url"
    mkdir -p "$(dirname "$file")"
    curl -fsSL --retry 3 -o "$file.part" "$url" && mv "$file.part" "$file"
  fi
}

start_engine() {
  # start_engine NAME VERSION PORT ZIP_URL BINARY
  local name="$1" version="$2" port="$3" url="$4" binary="$5"
  local home="$CACHE/$name-$version"
  local run="${PRAXIS_RUN:-/tmp/praxis-$name}"
  # The health API, not "/": an Elasticsearch integration-test node has no handler for "/".
  if curl -fs "http://127.0.0.1:$port/_cluster/health" >/dev/null 2>&1; then
    say "$name already answers on port $port"
    value "SEARCH_URL=http://127.0.0.1:$port"
    return 0
  fi
  fetch "$url" "$CACHE/$name-$version.zip"
  if [ ! -x "$home/bin/$binary" ]; then
    rm -rf "$home" "$home.tmp" && mkdir -p "$home.tmp"
    (cd "$home.tmp" && unzip -q "$CACHE/$name-$version.zip")
    mv "$home.tmp/$name-$version" "$home" && rmdir "$home.tmp"
  fi
  # A private copy per run: data, logs and config owned by the engine's user.
  rm -rf "$run" && mkdir -p "$run"
  cp -r "$home/config" "$run/config"
  mkdir -p "$run/data" "$run/logs"
  # The JVM's own logs (GC, crash files) go beside the node's, not into the shared unpacked copy.
  sed -i "s|logs/|$run/logs/|g" "$run/config/jvm.options"
  cat >>"$run/config/$name.yml" <<YML
cluster.name: praxis-test
node.name: praxis-1
network.host: 127.0.0.1
http.port: $port
transport.port: $((port + 100))
discovery.type: single-node
path.data: $run/data
path.logs: $run/logs
YML
  if [ "$name" = elasticsearch ]; then
    printf 'xpack.security.enabled: false\nxpack.ml.enabled: false\n' >>"$run/config/$name.yml"
  fi
  local env_name=OPENSEARCH_PATH_CONF java_opts=OPENSEARCH_JAVA_OPTS
  if [ "$name" = elasticsearch ]; then env_name=ES_PATH_CONF java_opts=ES_JAVA_OPTS; fi
  local java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
  local cmd="cd '$run' && JAVA_HOME='$java_home' ES_JAVA_HOME='$java_home' $env_name='$run/config' $java_opts='-Xms512m -Xmx512m' '$home/bin/$binary' -d -p '$run/pid' </dev/null >'$run/logs/start.out' 2>&1"
  say "starting $name $version on 127.0.0.1:$port"
  local started=yes
  # Without fd 3 (the caller's stdout, a pipe under "$(...)"): a daemon holding it
  # open would keep the caller waiting for the end of the output until the node stops.
  if is_root; then
    search_user
    chown -R praxis-search "$run"
    chmod -R a+rX "$home"
    su -s /bin/bash praxis-search -c "$cmd" 3>&- || started=no
  else
    bash -c "$cmd" 3>&- || started=no
  fi
  if [ "$started" = no ]; then
    echo "$name did not start; its output:" >&2
    tail -30 "$run/logs/start.out" >&2 || true
    return 1
  fi
  local i
  for ((i = 0; i < 180; i++)); do
    if curl -fs "http://127.0.0.1:$port/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; then
      value "SEARCH_URL=http://127.0.0.1:$port"
      return 0
    fi
    sleep 1
  done
  echo "$name did not answer within 180 s; its log:" >&2
  tail -30 "$run/logs/start.out" "$run/logs/"*.log >&2 || true
  return 1
}

stop_engine() {
  local name="$1"
  local run="${PRAXIS_RUN:-/tmp/praxis-$name}"
  if [ -s "$run/pid" ]; then
    kill "$(cat "$run/pid")" 2>/dev/null || true
    rm -f "$run/pid"
    say "stopped $name"
  fi
}

service_opensearch() {
  start_engine opensearch "$OPENSEARCH_VERSION" "$OPENSEARCH_PORT" \
    "$MAVEN/org/opensearch/distribution/integ-test-zip/opensearch/$OPENSEARCH_VERSION/opensearch-$OPENSEARCH_VERSION.zip" \
    opensearch
}
service_elasticsearch() {
  start_engine elasticsearch "$ELASTICSEARCH_VERSION" "$ELASTICSEARCH_PORT" \
    "$MAVEN/org/elasticsearch/distribution/integ-test-zip/elasticsearch/$ELASTICSEARCH_VERSION/elasticsearch-$ELASTICSEARCH_VERSION.zip" \
    elasticsearch
}
service_stop-opensearch() { stop_engine opensearch; }
service_stop-elasticsearch() { stop_engine elasticsearch; }

[ $# -gt 0 ] || { sed -n '2,13p' "$0"; exit 2; }
for service in "$@"; do
  case "$service" in
    postgres | redis | chromium | varnish | wrk | opensearch | elasticsearch | stop-opensearch | stop-elasticsearch) "service_$service" 3>&1 1>&2 ;;
    *) echo "unknown service: $service" >&2; exit 2 ;;
  esac
done
