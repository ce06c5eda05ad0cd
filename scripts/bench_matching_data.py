#!/usr/bin/env python3
"""Generates the matcher benchmark's data from the five source documents.

Writes into OUT_DIR:
  phrases.txt  10,000 distinct phrases of 4-12 characters cut from the documents (simplified)
  corpus.txt   20 MB+ of lines made from the documents' sentences, shuffled, some converted to
               traditional characters, some with noise (spaces, punctuation, zero-width
               characters) inside them, some with full-width digits and letters
  content.tsv  a realistic content set: 300 phrases, a third with an allow phrase (TAB, |-separated)
  answers.txt  2,000 answer-sized lines to check against the content set

Usage: bench_matching_data.py SEEDS_DIR TABLE_TSV OUT_DIR [MEGABYTES]
TABLE_TSV is `traditional<TAB>simplified`, printed by `rehearse-matching-benchmarks table`, so the
phrases are simplified with the matcher's own table. Seeded: the same inputs give the same data.
"""
import os
import random
import re
import sys

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff0-9]{4,}")
READING = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)")
SENTENCE_END = re.compile(r"[。！？；!?;\n]+")
NOISE = [" ", "\u3000", "\u00a0", "\u2009", "\u200b", "\u200d", "\ufeff", "—", "-", "，", "、",
         "…", "·", "！", "*", "～"]


def load_table(path):
    simplify, traditional = {}, {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            trad, simp = line.rstrip("\n").split("\t")
            simplify[trad] = simp
            traditional.setdefault(simp, trad)
    return simplify, traditional


def sentences_of(path):
    with open(path, encoding="utf-8") as handle:
        text = READING.sub("", handle.read())
    result = []
    for sentence in SENTENCE_END.split(text):
        sentence = sentence.strip()
        if len(HAN.findall(sentence)) >= 6 and len(sentence) <= 200:
            result.append(sentence + "。")
    return result


def convert(text, table):
    return "".join(table.get(c, c) for c in text)


def noisy(sentence, rng):
    out = []
    for character in sentence:
        out.append(character)
        if rng.random() < 0.15:
            out.append(rng.choice(NOISE))
    return "".join(out)


def full_width(sentence):
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" or "A" <= c <= "z" and c.isalpha() else c
                   for c in sentence)


def main():
    seeds, table_path, out_dir = sys.argv[1:4]
    megabytes = float(sys.argv[4]) if len(sys.argv) > 4 else 20.0
    rng = random.Random(20261122)
    simplify, traditional = load_table(table_path)
    sentences = []
    for name in sorted(os.listdir(seeds)):
        if name.endswith(".txt"):
            sentences.extend(sentences_of(os.path.join(seeds, name)))
    simplified = [convert(s, simplify) for s in sentences]

    runs = [run for s in simplified for run in HAN_RUN.findall(s)]
    phrases, seen = [], set()
    while len(phrases) < 10000:
        run = rng.choice(runs)
        length = rng.randint(4, min(12, len(run)))
        start = rng.randint(0, len(run) - length)
        phrase = run[start:start + length]
        if phrase not in seen:
            seen.add(phrase)
            phrases.append(phrase)

    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "phrases.txt"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(phrases) + "\n")

    target = int(megabytes * 1_000_000)
    written = 0
    with open(os.path.join(out_dir, "corpus.txt"), "w", encoding="utf-8") as handle:
        while written < target:
            order = list(range(len(sentences)))
            rng.shuffle(order)
            for start in range(0, len(order), 2):
                parts = []
                for index in order[start:start + rng.randint(1, 2)]:
                    roll = rng.random()
                    if roll < 0.2:
                        parts.append(convert(simplified[index], traditional))
                    elif roll < 0.35:
                        parts.append(noisy(sentences[index], rng))
                    elif roll < 0.4:
                        parts.append(full_width(sentences[index]))
                    else:
                        parts.append(sentences[index])
                line = "".join(parts) + "\n"
                handle.write(line)
                written += len(line.encode("utf-8"))
                if written >= target:
                    break

    content = rng.sample(phrases, 300)
    with open(os.path.join(out_dir, "content.tsv"), "w", encoding="utf-8") as handle:
        for index, phrase in enumerate(content):
            allow = ""
            if index % 3 == 0:
                hosts = [s for s in simplified if phrase in s]
                if hosts:
                    host = rng.choice(hosts)
                    at = host.index(phrase)
                    allow = host[max(0, at - 2):at + len(phrase) + 3]
            handle.write(f"{phrase}\t{allow}\n")

    with open(os.path.join(out_dir, "answers.txt"), "w", encoding="utf-8") as handle:
        for _ in range(2000):
            sentence = rng.choice(sentences)
            if rng.random() < 0.3:
                sentence = convert(sentence, traditional)
            handle.write(sentence[:80].replace("\n", " ") + "\n")


if __name__ == "__main__":
    main()
