#!/usr/bin/env python3
"""Turns the statements one request logged (log_min_duration_statement = 0) into a pgbench script.

Reads PostgreSQL log lines on stdin, keeps those of one database, and writes each executed statement with
its bound parameters written in, one statement a line, so that pgbench runs exactly the SQL the app ran.
Usage: capture-sql.py <database> < new-log-lines > script.sql
"""
import re
import sys

database = sys.argv[1]
prefix = re.compile(r"^\S+ \S+ \S+ \[\d+\] \S*@(\S+) ")
statement = re.compile(r"duration: [\d.]+ ms\s+(?:execute [^:]*|statement): (.*)$", re.S)
parameters = re.compile(r"^\s*DETAIL:\s+parameters: (.*)$", re.S)

entries = []  # [sql, params]
current = None  # the entry whose statement (and then its DETAIL line) the log is writing
for line in sys.stdin:
    match = prefix.match(line)
    if match:
        rest = line[match.end():]
        if match.group(1) != database:
            current = None
            continue
        detail = parameters.match(rest)
        if detail:
            if current is not None:
                current[1] = detail.group(1)
            current = None
            continue
        found = statement.search(rest)
        current = [found.group(1), None] if found else None
        if current is not None:
            entries.append(current)
    elif current is not None and current[1] is None:
        current[0] += line  # a statement continues on the next lines

def bind(sql, params):
    if not params:
        return sql
    values = {}
    for m in re.finditer(r"\$(\d+) = (NULL|'(?:[^']|'')*')", params):
        values[m.group(1)] = m.group(2)
    return re.sub(r"\$(\d+)", lambda m: values.get(m.group(1), m.group(0)), sql)

skip = re.compile(r"^\s*(BEGIN|COMMIT|ROLLBACK|SET |SHOW |select 1$|SELECT 1$)", re.I)
for sql, params in entries:
    text = bind(sql.strip(), params)
    if skip.match(text):
        continue
    # pgbench reads one statement per line (a backslash ends a line early); fold the statement onto one line.
    print(" ".join(text.split()) + ";")
