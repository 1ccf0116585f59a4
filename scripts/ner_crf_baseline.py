#!/usr/bin/env python3
"""A reference point for the tagger: a plain CRF with the textbook features.

Trains CRFsuite (through the `python-crfsuite` package from PyPI, which this
script does not install: `pip install python-crfsuite`) on the train parts of
../shared/ner with the usual word, affix, shape and neighbour features, and
scores it entity by entity (exact span and kind, PER/ORG/LOC) on the dev parts,
as `cargo run --release --example eval_ner` scores the project's tagger.

    python3 scripts/ner_crf_baseline.py             # trained on both corpora
    python3 scripts/ner_crf_baseline.py --separate  # one model per corpus

It is not part of the project's pipeline; it shows what a standard CRF reaches
on these dev sets, to set the tagger's figures against (models/README.md).
"""

import os
import re
import sys
import tempfile

try:
    import pycrfsuite
except ImportError:
    sys.exit("ner_crf_baseline: needs python-crfsuite (pip install python-crfsuite)")

SHARED = os.environ.get("KLIPING_SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
KINDS = {"PLACE": "LOC", "PERSON": "PER", "ORGANISATION": "ORG"}


def read(path):
    """Sentences of (token, IOB2 tag) from a CoNLL file, tags mapped to PER/ORG/LOC."""
    sentences, current = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip():
                if current:
                    sentences.append(current)
                current = []
                continue
            parts = line.split("\t") if "\t" in line else line.split(" ")
            token, tag = parts[0], parts[-1]
            if tag != "O":
                prefix, kind = tag.split("-", 1)
                tag = prefix + "-" + KINDS.get(kind, kind)
            current.append((token, tag))
    if current:
        sentences.append(current)
    return sentences


def shape(word):
    s = re.sub("[A-Z]", "X", word)
    s = re.sub("[a-z]", "x", s)
    s = re.sub("[0-9]", "d", s)
    return re.sub(r"(.)\1+", r"\1\1", s)


def token_features(sentence, i):
    w = sentence[i][0]
    f = ["bias", "w=" + w.lower(), "s3=" + w[-3:].lower(), "s2=" + w[-2:].lower(), "p3=" + w[:3].lower(),
         "shape=" + shape(w), "upper=%d" % w.isupper(), "title=%d" % w.istitle(), "digit=%d" % w.isdigit()]
    for d in (-2, -1, 1, 2):
        j = i + d
        if 0 <= j < len(sentence):
            v = sentence[j][0]
            f += ["%d:w=%s" % (d, v.lower()), "%d:title=%d" % (d, v.istitle()), "%d:shape=%s" % (d, shape(v))]
            if abs(d) == 1:
                f.append("%d:s3=%s" % (d, v[-3:].lower()))
        else:
            f.append("%d:pad" % d)
    if i > 0:
        f.append("bigram=%s|%s" % (sentence[i - 1][0].lower(), w.lower()))
    return f


def features(sentence):
    return [token_features(sentence, i) for i in range(len(sentence))]


def spans(tags):
    out, start, kind = set(), None, None
    for i, t in enumerate(tags + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != kind):
            if start is not None:
                out.add((start, i, kind))
            start, kind = None, None
            if t != "O":
                start, kind = i, t[2:]
    return out


def train(sentences, path):
    trainer = pycrfsuite.Trainer(verbose=False)
    for s in sentences:
        trainer.append(features(s), [t for _, t in s])
    trainer.set_params({"c1": 0.1, "c2": 0.1, "max_iterations": 200, "feature.possible_transitions": True})
    trainer.train(path)
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


def counts(tagger, sentences):
    tp = fp = fn = 0
    for s in sentences:
        gold, found = spans([t for _, t in s]), spans(tagger.tag(features(s)))
        tp, fp, fn = tp + len(gold & found), fp + len(found - gold), fn + len(gold - found)
    return tp, fp, fn


def f1(tp, fp, fn):
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return 2 * p * r / max(1e-9, p + r)


def main():
    corpora = {
        "idner-news-2k": ("idner-news-2k/train.txt", "idner-news-2k/dev.txt"),
        "NERGrit": ("indonlu-nergrit/train_preprocess.txt", "indonlu-nergrit/valid_preprocess.txt"),
    }
    data = {name: (read(os.path.join(SHARED, "ner", tr)), read(os.path.join(SHARED, "ner", dev))) for name, (tr, dev) in corpora.items()}
    with tempfile.TemporaryDirectory() as tmp:
        if "--separate" in sys.argv:
            for name, (tr, dev) in data.items():
                print("%-14s trained on its own train part: dev micro F1 %.3f" % (name, f1(*counts(train(tr, os.path.join(tmp, name)), dev))))
            return
        tagger = train([s for tr, _ in data.values() for s in tr], os.path.join(tmp, "both"))
        total = [0, 0, 0]
        for name, (_, dev) in data.items():
            c = counts(tagger, dev)
            total = [a + b for a, b in zip(total, c)]
            print("%-14s dev micro F1 %.3f" % (name, f1(*c)))
        print("%-14s dev micro F1 %.3f" % ("both", f1(*total)))


if __name__ == "__main__":
    main()
