"""Prints the sort value (SQL-quoted) and id held by a list cursor, tab-separated: bench/run uses them for the SQL floor."""
import base64
import sys

raw = sys.argv[1]
value, ident = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode("utf-8").split("\x1f")
print(value.replace("'", "''") + "\t" + ident)
