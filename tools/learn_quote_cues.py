#!/usr/bin/env python3
"""Derives the attribution cue lexicon used by the quotes stage from the PolNeAR TRAIN split.

For every word form it counts how often the form occurs inside an annotated cue span (`cue`) and how
often it occurs in the training texts at all (`total`). The quotes stage uses cue/total as the prior
that a word introduces an attribution. Multi-word cues that recur (e.g. "according to") are listed as
phrases. A form followed at once by "to" or a preposition of its object ("sought to", "pointed to", "warned of") is
counted in that context as well (`form +next`, cue and total): the quotes stage trusts such a context where the
form alone is rarely a cue. Only the train split is read; dev is kept for measurement.

Usage: python3 tools/learn_quote_cues.py ../shared/eval/polnear/train > src/Triangulate/Resources/quote-cues.tsv
"""
import collections
import glob
import os
import re
import sys

WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
# Function words that occur inside cue spans ("has said", "said in a statement") but carry no cue meaning.
# The words after a form whose context is counted (`form +next`): "to" and the prepositions that lead a cue's object.
CONTEXT = {"to", "of", "about", "for", "against", "on", "over"}
FUNCTION = set("""a an the in on of to for at by with as and or but is are was were be been being has have had
do does did will would could should may might can must not n't also just then still later again even never
ever it its this that these those he she they we i you his her their our my your me him them us""".split())


def articles(split_dir):
    seen = set()
    for ann in sorted(glob.glob(os.path.join(split_dir, "attributions", "*.ann"))):
        name = os.path.basename(ann)[:-4]
        base = re.sub(r"_[0-9a-f]{4}$", "", name)
        if base in seen:  # articles annotated by several annotators: keep the first annotation only
            continue
        seen.add(base)
        with open(os.path.join(split_dir, "text", base + ".txt"), encoding="utf-8") as f:
            text = f.read()
        cues = []
        with open(ann, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 2 or not parts[0].startswith("T"):
                    continue
                label, _, frags = parts[1].partition(" ")
                if label != "Cue":
                    continue
                for frag in frags.split(";"):
                    s, e = frag.split()
                    cues.append((int(s), int(e)))
        yield text, cues


def main():
    split_dir = sys.argv[1]
    cue = collections.Counter()
    total = collections.Counter()
    phrases = collections.Counter()
    context_cue = collections.Counter()
    context_total = collections.Counter()
    for text, cues in articles(split_dir):
        for m in WORD.finditer(text):
            total[m.group(0).lower().replace("’", "'")] += 1
        inside = bytearray(len(text))
        for s, e in cues:
            inside[s:e] = b"\x01" * (e - s)
        tokens = list(WORD.finditer(text))
        for a, b in zip(tokens, tokens[1:]):
            nxt = b.group(0).lower()
            if nxt not in CONTEXT or text[a.end():b.start()].strip():
                continue
            key = a.group(0).lower().replace("’", "'") + " +" + nxt
            context_total[key] += 1
            if inside[a.start()]:
                context_cue[key] += 1
        for s, e in cues:
            words = [w.lower().replace("’", "'") for w in WORD.findall(text[s:e])]
            for w in words:
                if w not in FUNCTION:
                    cue[w] += 1
            if 2 <= len(words) <= 3:
                phrases[" ".join(words)] += 1
    print("# form\tcue\ttotal   (derived from PolNeAR train by tools/learn_quote_cues.py)")
    for w, n in sorted(cue.items(), key=lambda kv: (-kv[1], kv[0])):
        if n >= 3:
            print(f"{w}\t{n}\t{max(total[w], n)}")
    for p, n in sorted(phrases.items(), key=lambda kv: (-kv[1], kv[0])):
        if n >= 5 and p.split()[0] not in FUNCTION | {"said", "says", "told", "wrote", "added"}:
            print(f"{p}\t{n}\t0")
    for c, n in sorted(context_cue.items(), key=lambda kv: (-kv[1], kv[0])):
        if n >= 5 and c.split()[0] not in FUNCTION:
            print(f"{c}\t{n}\t{context_total[c]}")


if __name__ == "__main__":
    main()
