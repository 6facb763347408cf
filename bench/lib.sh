# Shared settings and helpers of bench/generate and bench/run (sourced, not run).
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
BENCH_DB=${BENCH_DB:-relance_bench}
RELANCE_JAR=${RELANCE_JAR:-$REPO_DIR/target/relance.jar}
BENCH_PORT=${BENCH_PORT:-18090}
BENCH_WORK=${BENCH_WORK:-/tmp/relance-bench}
ADMIN_EMAIL=${BENCH_ADMIN_EMAIL:-admin@bench.test}
ADMIN_PASSWORD=${BENCH_ADMIN_PASSWORD:-bench-admin-pass}
# Every generated user (rep01..rep10@bench.test, manager01..02@bench.test) signs in with this password.
USER_PASSWORD=bench-password
BASE_URL="http://127.0.0.1:$BENCH_PORT"
mkdir -p "$BENCH_WORK"

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -d "$BENCH_DB" "$@"; }

db_exists() { [ "$(psql -X -Atc "SELECT 1 FROM pg_database WHERE datname = '$BENCH_DB'" -d postgres)" = 1 ]; }

workspace_id() {
    psql_bench -Atc "SELECT id FROM workspaces WHERE name = 'Default'" 2>/dev/null || true
}

need_jar() {
    if [ ! -f "$RELANCE_JAR" ]; then
        echo "no $RELANCE_JAR: build it in a clean worktree (see bench/README.md) or set RELANCE_JAR" >&2
        exit 1
    fi
}

# Starts the jar on PostgreSQL (Flyway migrates, which may build indexes over a million rows: minutes;
# on an empty database the bootstrap admin creates "Default").
start_app() {
    need_jar
    if curl -sf "$BASE_URL/actuator/health" >/dev/null 2>&1; then
        echo "something already answers on port $BENCH_PORT: stop it or set BENCH_PORT" >&2
        exit 1
    fi
    log "starting $RELANCE_JAR on port $BENCH_PORT (log: $BENCH_WORK/app.log)"
    mkdir -p "$BENCH_WORK/data"
    SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" \
    SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
    RELANCE_ADMIN_EMAIL="$ADMIN_EMAIL" RELANCE_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    RELANCE_DATA_DIR="$BENCH_WORK/data" \
        nohup java ${BENCH_JAVA_OPTS:-} -jar "$RELANCE_JAR" --server.port="$BENCH_PORT" \
        --server.address=127.0.0.1 >"$BENCH_WORK/app.log" 2>&1 &
    echo $! >"$BENCH_WORK/app.pid"
    for _ in $(seq 900); do
        if curl -sf "$BASE_URL/actuator/health" >/dev/null 2>&1; then
            log "app up (pid $(cat "$BENCH_WORK/app.pid"))"
            return 0
        fi
        if ! kill -0 "$(cat "$BENCH_WORK/app.pid")" 2>/dev/null; then
            tail -30 "$BENCH_WORK/app.log" >&2
            echo "the app stopped during start-up" >&2
            exit 1
        fi
        sleep 1
    done
    echo "the app did not answer within 900 s" >&2
    exit 1
}

stop_app() {
    if [ -f "$BENCH_WORK/app.pid" ]; then
        local pid
        pid=$(cat "$BENCH_WORK/app.pid")
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid"
            for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        fi
        rm -f "$BENCH_WORK/app.pid"
    fi
}

# The database with the app's schema and the "Default" workspace.
ensure_database() {
    if ! db_exists; then
        log "creating database $BENCH_DB"
        createdb "$BENCH_DB"
    fi
    if [ -z "$(workspace_id)" ]; then
        log "no workspace yet: starting the app once to migrate and create 'Default'"
        start_app
        stop_app
    fi
}

# The machine's state (bench/run and bench/quotes write it before and after a run): CPU, load, PostgreSQL, Java,
# the jar, and who else is busy.
machine_state() {
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "cpu: $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
    echo "memory: $(free -g | awk '/Mem:/ {print $2}') GB"
    echo "load average (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "postgresql: $(psql_bench -Atc 'SHOW server_version') shared_buffers=$(psql_bench -Atc 'SHOW shared_buffers')" \
        "work_mem=$(psql_bench -Atc 'SHOW work_mem') jit=$(psql_bench -Atc 'SHOW jit')${FLOOR_PGOPTIONS+ (floor sessions: ${FLOOR_PGOPTIONS:-server defaults})}"
    echo "java: $(java -version 2>&1 | head -1)"
    echo "jar: $RELANCE_JAR ($(stat -c %y "$RELANCE_JAR" | cut -d. -f1))"
    machine_data
    echo "maven/surefire processes running: $(pgrep -fc 'plexus-classworlds|surefirebooter' || true)"
    echo "busiest processes right now:"
    top -b -n 2 -d 1 -w 200 | awk '/^top -/{n++} n==2' | sed -n '8,12p' | cut -c1-160 | sed 's/^/    /'
}
machine_data() { :; } # a run tells what data it holds by redefining this
