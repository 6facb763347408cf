"""What the app asked PostgreSQL, read from the server's log (python3 bench/pglog.py <command> ...), for the floors of
bench/followup: with log_min_duration_statement = 0 on the bench database, every statement the app runs is logged
with its duration and, on the next line, its parameters. Standard library only.

  statements LOG FROM TO DB      the statements executed in [FROM, TO] (UTC, "YYYY-MM-DD HH:MM:SS.mmm") on database
                                 DB, parameters written in, one a line ending with ';' (replayable with psql or
                                 pgbench); transaction control and session settings left out
  durations LOG FROM TO DB       count and sum (ms) of the durations the server logged for them (parse, bind and
                                 execute of each)
"""
import re
import sys

ENTRY = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) \w+ \[(\d+)\] (\S*)@(\S*) (LOG|DETAIL|ERROR|STATEMENT|WARNING|HINT|CONTEXT):  (.*)$")
DURATION = re.compile(r"^duration: ([\d.]+) ms  (?:(parse|bind|execute) [^:]*|statement): (.*)$", re.S)
PARAM = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")
SKIP = re.compile(r"^\s*(BEGIN|COMMIT|ROLLBACK|SET |SHOW |RESET |SAVEPOINT|RELEASE|DISCARD|SELECT 1\s*$)", re.I)


def entries(log, start, end, db):
    """(timestamp, pid, level, text) of the database's entries in the window, continuation lines joined."""
    current = None
    with open(log, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = ENTRY.match(line.rstrip("\n"))
            if m:
                if current:
                    yield current
                ts, pid, _user, dbname, level, text = m.groups()
                current = (ts, pid, level, text) if dbname == db and start <= ts <= end else None
            elif current:
                current = (current[0], current[1], current[2], current[3] + "\n" + line.rstrip("\n"))
    if current:
        yield current


def executed(log, start, end, db):
    """(duration ms, phase, statement with parameters written in) for each logged statement, in order."""
    pending = {}
    out = []
    for _ts, pid, level, text in entries(log, start, end, db):
        if level == "LOG":
            m = DURATION.match(text)
            if not m:
                continue
            item = [float(m.group(1)), m.group(2) or "statement", m.group(3)]
            out.append(item)
            pending[pid] = item
        elif level == "DETAIL" and text.startswith("parameters:") and pid in pending:
            item = pending.pop(pid)
            params = {int(n): v for n, v in PARAM.findall(text)}
            item[2] = re.sub(r"\$(\d+)\b", lambda p: params.get(int(p.group(1)), p.group(0)), item[2])
    return out


def statements(log, start, end, db):
    for _ms, phase, sql in executed(log, start, end, db):
        if phase in ("execute", "statement") and not SKIP.match(sql):
            print(" ".join(sql.split()).rstrip(";") + ";")


def durations(log, start, end, db):
    items = executed(log, start, end, db)
    print("statements=%d server_ms=%.1f" % (
        sum(1 for _, phase, _s in items if phase in ("execute", "statement")), sum(ms for ms, _p, _s in items)))


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    {"statements": statements, "durations": durations}[command](*args)
