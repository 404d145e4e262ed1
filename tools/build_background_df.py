#!/usr/bin/env python3
"""Builds src/Triangulate/Resources/background-df.tsv: document frequencies of words in the PolNeAR
training articles (840 US political news articles, ../shared/eval/polnear/train/text).

Story grouping weighs words by inverse document frequency. Counting frequencies only over the articles
seen so far makes the first few hundred articles' weights noisy, so the clusterer adds these background
counts as a prior. Only counts of words found in at least 2 articles are kept (no text).
Folding matches Triangulate.Fusion.FusionText.Fold: NFD, combining marks dropped, lower case,
typographic apostrophes and dashes unified.
Usage: python3 tools/build_background_df.py [../shared]"""
import os, re, sys, unicodedata
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', 'shared')
folder = os.path.join(shared, 'eval', 'polnear', 'train', 'text')
WORD = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")
def fold(s):
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    s = re.sub("[\u2019\u02bc]", "'", s)
    s = re.sub("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]", "-", s)
    return s.lower()
df = {}
files = sorted(f for f in os.listdir(folder) if f.endswith('.txt'))
for f in files:
    with open(os.path.join(folder, f), encoding='utf-8-sig') as fh:
        words = set(WORD.findall(fold(fh.read())))
    for w in words:
        df[w] = df.get(w, 0) + 1
out = os.path.join(os.path.dirname(__file__), '..', 'src', 'Triangulate', 'Resources', 'background-df.tsv')
with open(out, 'w', encoding='utf-8', newline='\n') as fh:
    fh.write(f'#documents\t{len(files)}\n')
    for w in sorted(df):
        if df[w] >= 2:
            fh.write(f'{w}\t{df[w]}\n')
