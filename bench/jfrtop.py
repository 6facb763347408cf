#!/usr/bin/env python3
"""Aggregates the jdk.ExecutionSample events of a JFR recording: top frames by self time, io.relance frames and a few
categories inclusive, optionally within a UTC window. Usage: bench/jfrtop.py app.jfr [HH:MM:SS HH:MM:SS]"""
import re, json, subprocess, sys, collections, datetime
args = [a for a in sys.argv[1:] if not a.startswith('--')]
top = 25
f = args[0]
lo = hi = None
if len(args) >= 3:
    lo, hi = args[1], args[2]
out = subprocess.run(['jfr', 'print', '--json', '--stack-depth', '200', '--events', 'jdk.ExecutionSample', f],
                     capture_output=True, text=True, check=True).stdout
data = json.loads(out)
events = data['recording']['events']
self_c = collections.Counter(); incl = collections.Counter(); cat = collections.Counter(); n = 0
def name(fr):
    m = fr['method']
    t = m['type']['name'].replace('/', '.')
    t = re.sub(r'\$\$Lambda\$.*', '$$Lambda', t)
    return t + '.' + m['name']
CATS = [
    ('json (Jackson writing)', ('tools.jackson', 'com.fasterxml.jackson')),
    ('page SQL build/bind (search)', ('io.relance.party.search.ThirdPartyQuery',)),
    ('tags of items', ('io.relance.party.core.Tags.of',)),
    ('custom values of items', ('io.relance.party.customfield.CustomFields.values',)),
    ('token auth', ('io.relance.workspace.ApiTokenManagement.authenticateToken',)),
    ('page query exec', ('io.relance.party.core.ThirdParties.query',)),
    ('details (tags+values+members)', ('io.relance.party.core.ThirdPartyRecords.details',)),
    ('jdbc driver', ('org.postgresql',)),
    ('hikari', ('com.zaxxer.hikari',)),
    ('logging', ('ch.qos.logback', 'org.slf4j', 'org.apache.logging')),
    ('tomcat', ('org.apache.catalina', 'org.apache.coyote', 'org.apache.tomcat')),
    ('micrometer/observation', ('io.micrometer',)),
]
for e in events:
    v = e['values']
    t = v['startTime'][11:19]
    if lo and not (lo <= t <= hi):
        continue
    frames = v['stackTrace']['frames'] if v.get('stackTrace') else []
    if not frames:
        continue
    n += 1
    names = [name(fr) for fr in frames]
    self_c[names[0]] += 1
    for nm in set(names):
        incl[nm] += 1
    seen = set()
    for label, prefixes in CATS:
        if any(nm.startswith(p) for nm in names for p in prefixes):
            cat[label] += 1
print(f'samples: {n}')
print('\n## self (top frame)')
for k, c in self_c.most_common(top):
    print(f'{100*c/n:5.1f}% {c:6d} {k}')
print('\n## inclusive, io.relance frames')
for k, c in [x for x in incl.most_common() if x[0].startswith('io.relance')][:top]:
    print(f'{100*c/n:5.1f}% {c:6d} {k}')
GROUPS = [('jackson (JSON)', ('tools.jackson','com.fasterxml')), ('pgjdbc', ('org.postgresql',)), ('hikari', ('com.zaxxer',)),
  ('tomcat', ('org.apache.',)), ('spring security', ('org.springframework.security',)), ('spring jdbc', ('org.springframework.jdbc',)),
  ('spring web/mvc', ('org.springframework.web',)), ('spring other', ('org.springframework',)), ('micrometer', ('io.micrometer',)),
  ('relance', ('io.relance',)), ('jdk', ('java.', 'jdk.', 'sun.'))]
grp = collections.Counter()
for k, c in self_c.items():
    for label, prefixes in GROUPS:
        if k.startswith(prefixes):
            grp[label] += c; break
    else:
        grp['other'] += c
print('\n## self, by library of the top frame')
for k, c in grp.most_common():
    print(f'{100*c/n:5.1f}% {c:6d} {k}')
print('\n## inclusive, categories (a sample may count in several)')
for k, c in cat.most_common():
    print(f'{100*c/n:5.1f}% {c:6d} {k}')
