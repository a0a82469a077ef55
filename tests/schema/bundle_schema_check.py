#!/usr/bin/env python3
"""The bundle format's published JSON Schema and the app agree.

A bundle exported by interview-cli from the demo database validates against
resources/schema/bundle-v1.schema.json, and bundles the reader refuses (a score out of range, a
missing rubric, wrong types, a newer format version) are refused by the schema too. Run by ctest:
bundle_schema_check.py CLI SCHEMA WORKDIR
"""
import copy
import json
import os
import subprocess
import sys

import jsonschema

cli, schema_path, workdir = sys.argv[1:4]
os.makedirs(workdir, exist_ok=True)
db = os.path.join(workdir, "schema-check.sqlite")
bundle_path = os.path.join(workdir, "schema-check.iapanel")
for path in (db, db + "-wal", db + "-shm", bundle_path):
    if os.path.exists(path):
        os.remove(path)


def run(*args):
    result = subprocess.run([cli, *args], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"interview-cli {' '.join(args)} failed ({result.returncode}): {result.stderr}")


run("demo", "--db", db)
run("bundle", "export", "--db", db, "--as", "priya.ramanathan@example.org", "--out", bundle_path)

with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
with open(bundle_path, encoding="utf-8") as f:
    bundle = json.load(f)

failures = []
errors = sorted(validator.iter_errors(bundle), key=lambda e: list(e.absolute_path))
for e in errors:
    failures.append(f"the exported bundle does not match the schema at /{'/'.join(map(str, e.absolute_path))}: {e.message}")
if not bundle.get("scorecards"):
    failures.append("the demo export has no scorecard to check")


def tampered(name, change):
    doc = copy.deepcopy(bundle)
    change(doc)
    if validator.is_valid(doc):
        failures.append(f"the schema accepts a bundle the reader refuses: {name}")


def first_entry(doc):
    return doc["scorecards"][0]["entries"][0]


def drop_rubric(doc):
    for q in doc["questions"]:
        q.pop("rubric", None)


tampered("a score of 5", lambda d: first_entry(d).__setitem__("score", 5))
tampered("a score given as text", lambda d: first_entry(d).__setitem__("score", "4"))
tampered("questions without a rubric", drop_rubric)
tampered("a newer format version", lambda d: d.__setitem__("formatVersion", 2))
tampered("a scorecard without a UUID", lambda d: d["scorecards"][0].pop("uuid"))

if failures:
    sys.exit("\n".join(failures))
print(f"bundle schema check: {len(bundle['scorecards'])} scorecards valid, 5 tampered bundles refused")
