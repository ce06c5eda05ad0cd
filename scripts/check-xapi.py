#!/usr/bin/env python3
"""Checks every statement of a rehearse xAPI export (issue 14).

Each statement is validated by a strict statement model, ralph-malph's BaseXapiStatement, and
then for what that model lets through: language-map keys that are RFC 5646 tags, timestamps
with a "T" and a zone, score.scaled within [-1, 1] and raw within [min, max], ISO 8601
durations, one registration per run, and a `completed` statement for every registration.
Usage: check-xapi.py STATEMENTS.json...   Exit 1 with every problem listed.
"""
import json
import re
import sys

from ralph.models.xapi.base.statements import BaseXapiStatement

# RFC 5646 language tag: language[-script][-region][-variant...] (no extensions needed here).
LANGUAGE_TAG = re.compile(
    r"^[A-Za-z]{2,3}(-[A-Za-z]{3}){0,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?"
    r"(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$"
)
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
DURATION = re.compile(r"^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$")
ANSWERED = "http://adlnet.gov/expapi/verbs/answered"
COMPLETED = "http://adlnet.gov/expapi/verbs/completed"


def language_maps(value, path):
    """Every language map in a statement, as (path, map)."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if key in ("display", "name", "description") and isinstance(inner, dict):
                yield f"{path}.{key}", inner
            else:
                yield from language_maps(inner, f"{path}.{key}")
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from language_maps(inner, f"{path}[{index}]")


def check(statement, where):
    problems = []
    try:
        BaseXapiStatement(**statement)
    except Exception as error:  # pydantic's ValidationError, or a TypeError on a bad shape
        problems.append(f"{where}: not a valid xAPI statement: {error}")
    for path, language_map in language_maps(statement, where):
        for tag in language_map:
            if not LANGUAGE_TAG.match(tag):
                problems.append(f"{path}: {tag!r} is not an RFC 5646 language tag")
    if not TIMESTAMP.match(statement.get("timestamp", "")):
        problems.append(f"{where}: timestamp {statement.get('timestamp')!r} lacks a T or a zone")
    result = statement.get("result", {})
    score = result.get("score")
    if score is not None:
        if not -1 <= score.get("scaled", 0) <= 1:
            problems.append(f"{where}: score.scaled {score['scaled']} outside [-1, 1]")
        if not score.get("min", 0) <= score.get("raw", 0) <= score.get("max", 0):
            problems.append(f"{where}: score.raw {score.get('raw')} outside [min, max]")
    if "duration" in result and not DURATION.match(result["duration"]):
        problems.append(f"{where}: duration {result['duration']!r} is not ISO 8601")
    if "registration" not in statement.get("context", {}):
        problems.append(f"{where}: no context.registration")
    return problems


def main(paths):
    problems = []
    checked = 0
    for path in paths:
        with open(path, encoding="utf-8") as file:
            statements = json.load(file)
        answered = set()
        completed = set()
        ids = set()
        for index, statement in enumerate(statements):
            where = f"{path}[{index}]"
            problems += check(statement, where)
            checked += 1
            if statement["id"] in ids:
                problems.append(f"{where}: statement id {statement['id']} is repeated")
            ids.add(statement["id"])
            registration = statement.get("context", {}).get("registration")
            verb = statement["verb"]["id"]
            if verb == ANSWERED:
                answered.add(registration)
            elif verb == COMPLETED:
                if registration in completed:
                    problems.append(f"{where}: a second completion for {registration}")
                completed.add(registration)
                if "success" not in statement.get("result", {}):
                    problems.append(f"{where}: completed without passed or failed (success)")
        for registration in sorted(answered - completed):
            problems.append(f"{path}: run {registration} is never completed")
        if not statements:
            problems.append(f"{path}: no statements")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{checked} statements checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
