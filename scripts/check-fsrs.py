#!/usr/bin/env python3
"""Reference review histories from PyPI fsrs 6.3.2, the implementation RehearseReview follows.

Makes a virtual environment with fsrs==6.3.2 (under .build/fsrs-reference, or $FSRS_VENV),
replays a few hundred seeded random rating sequences through its Scheduler (fuzz off, the
project's steps) and writes every card state after every answer as JSON. The Swift tests
replay the same histories (Tests/Fixtures/fsrs/reference.json) and compare.

  scripts/check-fsrs.py             # write Tests/Fixtures/fsrs/reference.json
  scripts/check-fsrs.py --check     # exit 1 if the committed file differs from the reference
"""
import json
import os
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "Tests/Fixtures/fsrs/reference.json"
VERSION = "6.3.2"
SEQUENCES = 300
START = 1_767_225_600  # 2026-01-01T00:00:00Z


def in_reference_venv():
    """Re-runs this script inside a virtual environment that has fsrs installed."""
    venv = Path(os.environ.get("FSRS_VENV", ROOT / ".build/fsrs-reference"))
    python = venv / "bin/python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    probe = subprocess.run(
        [str(python), "-c", f"import fsrs, importlib.metadata as m; assert m.version('fsrs') == '{VERSION}'"],
        capture_output=True)
    if probe.returncode != 0:
        subprocess.run([str(python), "-m", "pip", "install", "-q", f"fsrs=={VERSION}"], check=True)
    os.execv(str(python), [str(python), __file__, "--in-venv", *sys.argv[1:]])


def histories():
    from datetime import datetime, timedelta, timezone
    from fsrs import Card, Rating, Scheduler

    scheduler = Scheduler(
        desired_retention=0.9,
        learning_steps=(timedelta(minutes=1), timedelta(minutes=10)),
        relearning_steps=(timedelta(minutes=10),),
        maximum_interval=36500,
        enable_fuzzing=False,
    )
    start = datetime.fromtimestamp(START, timezone.utc)
    rng = random.Random(20261202)
    result = []
    for _ in range(SEQUENCES):
        card = Card(card_id=1, due=start)
        now = start
        answers = []
        for _ in range(rng.randint(1, 25)):
            # When the trainee comes back: at the due time, late, early (same day) or much later.
            due_offset = int((card.due - start).total_seconds())
            kind = rng.random()
            if kind < 0.4:
                at = max(due_offset, int((now - start).total_seconds()))
            elif kind < 0.7:
                at = due_offset + rng.randint(0, 40 * 86400)
            elif kind < 0.9:
                at = int((now - start).total_seconds()) + rng.randint(1, 23 * 3600)
            else:
                at = int((now - start).total_seconds()) + rng.randint(1, 400 * 86400)
            now = start + timedelta(seconds=at)
            rating = rng.choices([1, 2, 3, 4], weights=[3, 2, 5, 1])[0]
            card, _ = scheduler.review_card(card, Rating(rating), now)
            answers.append({
                "at": at,
                "rating": rating,
                "state": card.state.name.lower(),
                "step": card.step,
                "stability": card.stability,
                "difficulty": card.difficulty,
                "due": int(round((card.due - start).total_seconds())),
            })
        result.append(answers)
    return {"fsrs": VERSION, "start": START, "histories": result}


def main():
    args = sys.argv[1:]
    if "--in-venv" not in args:
        in_reference_venv()
    text = json.dumps(histories(), indent=None, separators=(",", ":")) + "\n"
    if "--check" in args:
        if not FIXTURE.exists() or FIXTURE.read_text() != text:
            print(f"{FIXTURE.relative_to(ROOT)} differs from fsrs {VERSION}; run scripts/check-fsrs.py", file=sys.stderr)
            sys.exit(1)
        print(f"{FIXTURE.relative_to(ROOT)} matches fsrs {VERSION}")
        return
    FIXTURE.parent.mkdir(parents=True, exist_ok=True)
    FIXTURE.write_text(text)
    print(f"wrote {FIXTURE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
