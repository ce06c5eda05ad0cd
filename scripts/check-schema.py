#!/usr/bin/env python3
"""Checks content files against docs/content.schema.json, the way an editor plug-in would.

Usage: scripts/check-schema.py [FILE.yaml ...]   (default: every file under content/)
Needs PyYAML and jsonschema (pip install pyyaml jsonschema).
"""
import glob
import json
import os
import sys

import jsonschema
import yaml

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
schema = json.load(open(os.path.join(root, "docs", "content.schema.json"), encoding="utf-8"))
validator = jsonschema.Draft202012Validator(schema)
paths = sys.argv[1:] or sorted(glob.glob(os.path.join(root, "content", "*", "*.yaml")))
problems = 0
for path in paths:
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    for error in validator.iter_errors(data if data is not None else {}):
        problems += 1
        where = "/".join(map(str, error.absolute_path))
        print(f"{os.path.relpath(path)}: {where}: {error.message}")
print(f"{len(paths)} files, {problems} problems")
sys.exit(1 if problems else 0)
