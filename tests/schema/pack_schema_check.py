#!/usr/bin/env python3
"""The question pack format's published JSON Schema, the reader and the CLI agree.

A pack exported by `interview-cli bank export` and the shipped bank validate against
resources/schema/pack-v1.schema.json; packs the reader refuses (a missing anchor, a score 5 anchor,
wrong types, a misspelt member, a kit without questions, a newer format version) are refused by the
schema too, and `bank import` refuses each of them with exit code 1 and leaves the database as it
was. Run by ctest: pack_schema_check.py CLI SCHEMA SHIPPED_PACK WORKDIR
"""
import copy
import hashlib
import json
import os
import subprocess
import sys

import jsonschema

cli, schema_path, shipped_path, workdir = sys.argv[1:5]
os.makedirs(workdir, exist_ok=True)
db = os.path.join(workdir, "pack-check.sqlite")
pack_path = os.path.join(workdir, "pack-check.json")
for path in (db, db + "-wal", db + "-shm", pack_path):
    if os.path.exists(path):
        os.remove(path)


def run(*args, expect=0):
    result = subprocess.run([cli, *args], capture_output=True, text=True)
    if result.returncode != expect:
        sys.exit(f"interview-cli {' '.join(args)} exited {result.returncode}, expected {expect}: "
                 f"{result.stdout}{result.stderr}")
    return result


run("init", "--db", db)
run("bank", "export", "--db", db, "--out", pack_path)

with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

failures = []
for name, path in (("the exported pack", pack_path), ("the shipped bank", shipped_path)):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    for e in sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path)):
        failures.append(f"{name} does not match the schema at /{'/'.join(map(str, e.absolute_path))}: {e.message}")
with open(pack_path, encoding="utf-8") as f:
    pack = json.load(f)
if not pack.get("questions") or not pack.get("kits"):
    failures.append("the export has no questions or no kits to check")


def database_digest():
    # The main file after the CLI closed it (its WAL is checkpointed at close).
    with open(db, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


before = database_digest()
count = 0


def tampered(name, change):
    global count
    doc = copy.deepcopy(pack)
    change(doc)
    if validator.is_valid(doc):
        failures.append(f"the schema accepts a pack the reader refuses: {name}")
    path = os.path.join(workdir, f"tampered-{count}.json")
    count += 1
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f)
    result = subprocess.run([cli, "bank", "import", "--db", db, path], capture_output=True, text=True)
    if result.returncode != 1:
        failures.append(f"bank import did not refuse {name}: exit {result.returncode}")
    elif "questions[0]" not in result.stderr and "kits[0]" not in result.stderr and "formatVersion" not in result.stderr:
        failures.append(f"bank import did not say where {name} is wrong: {result.stderr}")
    if database_digest() != before:
        failures.append(f"the database changed after refusing {name}")


def first_question(doc):
    return doc["questions"][0]


tampered("a missing anchor", lambda d: first_question(d)["rubric"].pop(2))
tampered("a score 5 anchor", lambda d: first_question(d)["rubric"][3].__setitem__("score", 5))
tampered("a category of the wrong type", lambda d: first_question(d).__setitem__("category", 5))
tampered("a time given as text", lambda d: first_question(d).__setitem__("timeBudgetSeconds", "five"))
tampered("a misspelt member", lambda d: first_question(d).__setitem__("promt", "x"))
tampered("a kit without questions", lambda d: d["kits"][0].__setitem__("items", []))
tampered("a newer format version", lambda d: d.__setitem__("formatVersion", 2))

if failures:
    sys.exit("\n".join(failures))
print(f"pack schema check: {len(pack['questions'])} questions and the shipped bank valid, {count} tampered packs "
      "refused by the schema and by bank import")
