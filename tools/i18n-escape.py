#!/usr/bin/env python3
"""Rewrites i18n/*.properties so every character outside ASCII is a \\uXXXX escape.

Java's Properties and some Confluence versions read bundles as ISO-8859-1; escaped files read the same
everywhere. Write Russian and Ukrainian texts as they are, then run: tools/i18n-escape.py
"""
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent / "i18n"
changed = 0
for path in sorted(root.glob("*.properties")):
    text = path.read_text(encoding="utf-8")
    escaped = "".join(c if ord(c) < 128 else "".join("\\u%04x" % u for u in
                      (c.encode("utf-16-be") and [int.from_bytes(c.encode("utf-16-be")[i:i + 2], "big")
                                                  for i in range(0, len(c.encode("utf-16-be")), 2)]))
                      for c in text)
    if escaped != text:
        path.write_text(escaped, encoding="ascii")
        changed += 1
print(f"{changed} file(s) escaped", file=sys.stderr)
