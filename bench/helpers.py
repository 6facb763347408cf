"""Small helpers of bench/run (Python 3 standard library only): python3 bench/helpers.py <command> ..."""
import base64
import json
import re
import sys
import unicodedata


def fold(text):
    """io.relance.shared.Text.fold, near enough for ASCII-ish search words."""
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.replace("ß", "ss").lower()).strip()


def check_page(owner, status, tag):
    """Reads one list answer on stdin, checks the filters were applied and 50 items came; prints nextCursor."""
    page = json.load(sys.stdin)
    items = page["items"]
    assert len(items) == 50, f"{len(items)} items, expected 50"
    for it in items:
        assert it["status"] == status, it
        assert any(fold(t) == fold(tag) for t in it["tags"]), it
        assert owner == "-" or it["ownerId"] == owner, it
    print(page["nextCursor"] or "")


def decode_cursor(cursor):
    """A list cursor is base64url("sort value" US "id"): prints the two, one a line."""
    value, ident = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("utf-8").split("\x1f")
    print(value)
    print(ident)


# What each placeholder of the app's page statement stands for, told by the text just before it.
ROLES = [
    (r"[tk]\.workspace_id = \Z", "ws"),
    (r"[tk]\.owner_id = \Z", "owner"),  # the visibility clause's one is told apart below (followed by OR)
    (r"e\.user_id = \Z", "viewer"),
    (r"e\.ends_at > \Z", "now"),
    (r"LIKE \Z", "q"),
    (r"[tk]\.status IN \((?:\$\d+, )*\Z", "status"),
    (r"(?:tt|k)\.tag_id = \Z", "tag"),
    (r"\) > \(\Z", "afterValue"),
    (r"\) > \(\$\d+, \Z", "afterId"),
    (r"LIMIT \Z", "limit"),
]


def floor(captured_file, out_sql, out_vars, ws, user, now, q, status, tag, limit, after_value, after_id):
    """Turns the statement captured from pg_stat_activity ($1, $2… placeholders) into a pgbench script whose
    variables carry the values the app bound, so that pgbench -M prepared sends the very same statement."""
    lines = [l for l in open(captured_file, encoding="utf-8").read().splitlines() if l.strip()]
    # Ends with the LIMIT, or, for a deferred join, with the outer ORDER BY.
    complete = [l for l in lines if re.search(r"(LIMIT \$\d+|ORDER BY page\.sort_value( DESC)?, t\.id( DESC)?)\s*$", l)]
    if not complete:
        sys.exit(f"no complete page statement captured in {captured_file} (truncated? track_activity_query_size)")
    sql = complete[0]
    words = [w for w in fold(q).split(" ") if w]
    values = {"ws": ws, "viewer": user, "owner": user, "now": now, "status": status, "tag": tag,
              "limit": str(int(limit) + 1), "afterValue": after_value, "afterId": after_id}
    variables = {}
    like = 0

    def replace(m):
        nonlocal like
        before = sql[: m.start()]
        n = m.group(1)
        for pattern, role in ROLES:
            if re.search(pattern, before):
                if role == "owner" and sql[m.end():].lstrip().startswith("OR"):
                    role = "viewer"
                if role == "q":
                    if like >= len(words):
                        sys.exit("more LIKE placeholders than search words: " + sql)
                    variables["p" + n] = "%" + words[like].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                    like += 1
                else:
                    variables["p" + n] = values[role]
                return ":p" + n
        sys.exit(f"placeholder ${n} not understood in: {sql}")

    text = re.sub(r"\$(\d+)", replace, sql)
    with open(out_sql, "w", encoding="utf-8") as f:
        f.write(text + ";\n")
    with open(out_vars, "w", encoding="utf-8") as f:
        for k, v in variables.items():
            f.write(f"{k}={v}\n")


def explain_sql(sql_file, vars_file):
    """The pgbench script with its variables inlined as literals, for one EXPLAIN ANALYZE."""
    sql = open(sql_file, encoding="utf-8").read()
    values = dict(l.rstrip("\n").split("=", 1) for l in open(vars_file, encoding="utf-8") if "=" in l)
    limit_vars = {m for m in re.findall(r"LIMIT :(\w+)", sql)}

    def lit(m):
        v = values[m.group(1)]
        return v if m.group(1) in limit_vars else "'" + v.replace("'", "''") + "'"

    print("EXPLAIN (ANALYZE, BUFFERS) " + re.sub(r":(p\d+)", lit, sql))


def percentiles(*files):
    """pgbench -l logs: the third column is the latency in microseconds."""
    lat = sorted(int(line.split()[2]) / 1000.0 for f in files for line in open(f))
    p = lambda q: lat[min(len(lat) - 1, int(q / 100.0 * len(lat)))]
    print("p50=%.2f p90=%.2f p95=%.2f p99=%.2f max=%.2f" % (p(50), p(90), p(95), p(99), lat[-1]))


LABELS = {
    "a": "(a) rep: status+tag+owner=me+q, page 1",
    "b": "(b) rep: same, next page (cursor)",
    "c": "(c) admin: status+tag+q, page 1",
    "d": "(d) rep: GET /api/v1/me (no list)",
}


def summary(results_file):
    rows = {}
    for line in open(results_file):
        kind, name, conc, *kv = line.split()
        rows[(kind, name, conc)] = dict(x.split("=", 1) for x in kv)
    f = lambda d, k: float(d.get(k, "nan"))
    print("| scenario | conn. | app p50 | app p95 | app p99 | app req/s | SQL p50 | SQL p95 | SQL p99 | SQL req/s"
          " | p95 app/SQL | req/s SQL/app |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for (kind, name, conc), a in sorted(rows.items(), key=lambda kv: (int(kv[0][2].split("=")[1]), kv[0][1])):
        if kind != "app":
            continue
        s = rows.get(("sql", name, conc))
        errors = "" if a.get("non2xx") == "0" and a.get("sockerr") == "0" else \
            " (errors: %s non-2xx, %s socket)" % (a.get("non2xx"), a.get("sockerr"))
        sql_cells = "| %.1f ms | %.1f ms | %.1f ms | %.0f | %.1f× | %.1f× |" % (
            f(s, "p50"), f(s, "p95"), f(s, "p99"), f(s, "rps"), f(a, "p95") / f(s, "p95"),
            f(s, "rps") / f(a, "rps")) if s else "| | | | | | |"
        print("| %s%s | %s | %.1f ms | %.1f ms | %.1f ms | %.0f %s" % (
            LABELS[name], errors, conc.split("=")[1], f(a, "p50"), f(a, "p95"), f(a, "p99"), f(a, "rps"), sql_cells))


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    {"check-page": check_page, "decode-cursor": decode_cursor, "floor": floor, "explain-sql": explain_sql,
     "percentiles": percentiles, "summary": summary}[command](*args)
