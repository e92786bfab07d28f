#!/usr/bin/env python3
"""Validate and count the inline entity markup of this directory's articles.

Every article NN-slug.txt marks entities inline as [[surface text|TYPE]], TYPE one
of PER, ORG, LOC, MISC (see README.md). This script, standard library only:

  * validates the markup: balanced [[ and ]], exactly one | per mark, a TYPE among
    the four allowed, no nesting, no stray [[, ]] or | outside marks, no blank or
    padded surface text, no title inside a PER span, no possessive 's or leading
    article inside a span;
  * validates the layout the README promises: file names, no header line, one blank
    line between paragraphs, 6-14 sentences and 150-400 words per article;
  * warns about likely annotation slips: a marked surface (or a token of a marked
    person's name) that also occurs unmarked in the same article, and one surface
    marked with different types;
  * prints, per article and in total, paragraphs, sentences (approximate: a
    rule-based splitter that knows the usual abbreviations; also how many have
    no entity at all), words and entities per type.

Usage:
  python3 count.py            validate, warn, print the table; exit 1 on any error
  python3 count.py --strict   warnings count as errors
  python3 count.py --review   also list capitalised words left unmarked, per article
  python3 count.py --quiet    print only the totals
"""

import argparse
import collections
import os
import re
import sys

TYPES = ("PER", "ORG", "LOC", "MISC")
FILE_NAME = re.compile(r"^(\d\d)-[a-z0-9]+(?:-[a-z0-9]+)*\.txt$")
MIN_SENTENCES, MAX_SENTENCES = 6, 14
MIN_WORDS, MAX_WORDS = 150, 400

# Titles and honorifics that CoNLL-2003 keeps outside a PER span.
TITLES = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir",
    "dame", "lord", "lady", "president", "prime", "minister", "king", "queen",
    "prince", "princess", "sheikh", "judge", "justice", "governor", "senator",
    "general", "gen", "gen.", "colonel", "col.", "captain", "coach", "chief",
    "chairman", "chairwoman", "pope", "rev", "rev.", "mayor", "premier",
}
# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "no", "vs", "gen", "col",
    "lt", "rev", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "inc", "ltd", "co", "corp", "u.s", "u.k", "u.n", "e.g",
    "i.e", "a.m", "p.m",
}
# Lower-case name particles: not checked on their own as tokens of a name.
PARTICLES = {"van", "der", "von", "de", "la", "da", "del", "bin", "al", "el", "ibn",
             "dos", "das", "di", "le", "du", "den", "ter", "y", "and", "of", "the"}


class Article:
    def __init__(self, name, raw):
        self.name = name
        self.raw = raw
        self.errors = []
        self.warnings = []
        self.plain = ""
        self.entities = []  # (start, end, surface, type) over self.plain
        self.sentences = 0
        self.sentence_spans = []
        self.empty_sentences = 0
        self.words = 0
        self.paragraphs = 0

    def error(self, line, msg):
        self.errors.append(f"{self.name}:{line}: {msg}")

    def warn(self, line, msg):
        self.warnings.append(f"{self.name}:{line}: {msg}")


def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


def parse(article):
    """Strips the markup, recording entity offsets in the plain text."""
    raw = article.raw
    out = []
    pos = 0
    plain_len = 0
    while pos < len(raw):
        open_at = raw.find("[[", pos)
        close_at = raw.find("]]", pos)
        if close_at != -1 and (open_at == -1 or close_at < open_at):
            article.error(line_of(raw, close_at), "']]' without a matching '[['")
            pos = close_at + 2
            continue
        if open_at == -1:
            chunk = raw[pos:]
            check_outside(article, chunk, pos)
            out.append(chunk)
            plain_len += len(chunk)
            break
        chunk = raw[pos:open_at]
        check_outside(article, chunk, pos)
        out.append(chunk)
        plain_len += len(chunk)
        end = raw.find("]]", open_at + 2)
        if end == -1:
            article.error(line_of(raw, open_at), "'[[' never closed")
            break
        inner = raw[open_at + 2:end]
        ln = line_of(raw, open_at)
        if "[[" in inner:
            article.error(ln, f"nested or unclosed mark: [[{inner}]]")
            pos = open_at + 2 + inner.index("[[")
            continue
        if "\n" in inner:
            article.error(ln, "a mark spans a line break")
        if inner.count("|") != 1:
            article.error(ln, f"mark needs exactly one '|': [[{inner}]]")
            surface, etype = inner.split("|")[0], "?"
        else:
            surface, etype = inner.split("|")
        if etype not in TYPES and etype != "?":
            article.error(ln, f"unknown type {etype!r} in [[{inner}]]")
        if not surface.strip():
            article.error(ln, "empty surface text")
        elif surface != surface.strip():
            article.error(ln, f"surface padded with spaces: {surface!r}")
        check_span(article, ln, surface, etype)
        article.entities.append((plain_len, plain_len + len(surface), surface, etype))
        out.append(surface)
        plain_len += len(surface)
        pos = end + 2
    article.plain = "".join(out)


def check_outside(article, chunk, offset):
    for m in re.finditer(r"\||\]\]", chunk):
        article.error(line_of(article.raw, offset + m.start()),
                      f"stray {m.group()!r} outside a mark")


def check_span(article, ln, surface, etype):
    tokens = surface.split()
    if not tokens:
        return
    if etype == "PER" and tokens[0].lower() in TITLES and len(tokens) > 1:
        article.error(ln, f"title inside PER span: {surface!r}")
    if re.search(r"['\u2019]s?$", surface):
        article.error(ln, f"possessive inside span: {surface!r}")
    if tokens[0] in ("the", "a", "an"):
        article.error(ln, f"article inside span: {surface!r}")
    if re.search(r"[,;:]$|^[\"'(]|[\")]$", surface):
        article.error(ln, f"punctuation at span edge: {surface!r}")


def sentence_spans(text):
    """Approximate sentence split of one paragraph: . ! ? (and closing quotes)
    before white space and a capital or digit, except after known abbreviations
    and single initials. Returns (start, end) offsets into text."""
    spans = []
    start = 0
    for m in re.finditer(r"([.!?])([\"'\u201d\u2019)]*)\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])",
                         text):
        if m.group(1) == ".":
            word = re.search(r"([A-Za-z.]+)$", text[:m.start()])
            if word:
                w = word.group(1).lower().strip(".")
                if w in ABBREVIATIONS or re.fullmatch(r"[a-z]", w):
                    continue
        spans.append((start, m.end(2)))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def check_layout(article):
    raw = article.raw
    if not raw.endswith("\n") or raw.endswith("\n\n"):
        article.error(line_of(raw, len(raw) - 1), "file must end with exactly one newline")
    if raw.startswith("\n") or raw.startswith(" "):
        article.error(1, "file starts with a blank line or a space")
    if "\n\n\n" in raw:
        article.error(line_of(raw, raw.index("\n\n\n")), "more than one blank line")
    if "\r" in raw or "\t" in raw:
        article.error(1, "carriage return or tab in file")
    for i, line in enumerate(raw.split("\n"), 1):
        if line != line.rstrip() or (line and line != line.lstrip()):
            article.error(i, "leading or trailing white space")
    paragraphs = []  # (offset, text) of each paragraph in article.plain
    for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", article.plain):
        paragraphs.append((m.start(), m.group()))
        if "\n" in m.group():
            article.error(line_of(article.plain, m.start()),
                          "a paragraph spans several lines (expect one line each)")
    if paragraphs and not re.search(r"[.!?\"\u201d]$", paragraphs[0][1].split("\n")[0]):
        article.error(1, "first line does not end a sentence: a headline or header?")
    article.paragraphs = len(paragraphs)
    article.sentence_spans = [(off + a, off + b) for off, text in paragraphs
                              for a, b in sentence_spans(text)]
    article.sentences = len(article.sentence_spans)
    article.empty_sentences = sum(
        1 for a, b in article.sentence_spans
        if not any(s < b and e > a for s, e, _, _ in article.entities))
    article.words = len(article.plain.split())
    if not MIN_SENTENCES <= article.sentences <= MAX_SENTENCES:
        article.error(1, f"{article.sentences} sentences, expected "
                         f"{MIN_SENTENCES}-{MAX_SENTENCES}")
    if not MIN_WORDS <= article.words <= MAX_WORDS:
        article.error(1, f"{article.words} words, expected {MIN_WORDS}-{MAX_WORDS}")


def unmarked_text(article):
    """The plain text with every marked span blanked out (offsets kept)."""
    chars = list(article.plain)
    for start, end, _, _ in article.entities:
        for i in range(start, end):
            chars[i] = "\0"
    return "".join(chars)


def check_consistency(article):
    rest = unmarked_text(article)
    types = collections.defaultdict(set)
    keys = {}
    for _, _, surface, etype in article.entities:
        types[surface].add(etype)
        keys.setdefault(surface, f"marked {surface!r}")
        if etype == "PER":
            for tok in re.split(r"[\s]+", surface):
                if tok.lower() in PARTICLES or len(tok) < 3 or not tok[0].isupper():
                    continue
                keys.setdefault(tok, f"token of PER {surface!r}")
    for surface, kinds in types.items():
        if len(kinds) > 1:
            article.warn(1, f"{surface!r} marked with several types {sorted(kinds)}")
    for key, why in keys.items():
        pattern = r"(?<![\w-])" + re.escape(key) + r"(?![\w-])"
        for m in re.finditer(pattern, rest):
            article.warn(line_of(article.plain, m.start()),
                         f"{key!r} ({why}) also occurs unmarked")


def review(article):
    """Capitalised words outside marks that do not open a sentence."""
    rest = unmarked_text(article)
    found = collections.Counter()
    for m in re.finditer(r"[A-Z][\w'-]*", rest):
        before = rest[:m.start()].rstrip(" \"'\u201c(")
        if not before or before[-1] in ".!?\n\0" or before.endswith("-"):
            continue
        found[m.group()] += 1
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--strict", action="store_true", help="warnings are errors")
    ap.add_argument("--review", action="store_true",
                    help="list unmarked capitalised words per article")
    ap.add_argument("--quiet", action="store_true", help="print only the totals")
    ap.add_argument("dir", nargs="?", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()

    names = sorted(n for n in os.listdir(args.dir) if n.endswith(".txt"))
    articles = []
    errors = []
    numbers = []
    for name in names:
        m = FILE_NAME.match(name)
        if not m:
            errors.append(f"{name}: file name is not NN-slug.txt")
            continue
        numbers.append(int(m.group(1)))
        with open(os.path.join(args.dir, name), encoding="utf-8") as f:
            art = Article(name, f.read())
        parse(art)
        check_layout(art)
        check_consistency(art)
        articles.append(art)
    if numbers != list(range(1, len(numbers) + 1)):
        errors.append(f"articles are not numbered 01..{len(numbers):02d} without gaps")

    totals = collections.Counter()
    surfaces = collections.defaultdict(lambda: collections.defaultdict(set))
    if not args.quiet:
        print(f"{'article':44} {'par':>3} {'sent':>4} {'words':>5} "
              + " ".join(f"{t:>4}" for t in TYPES) + "   all")
    for art in articles:
        per = collections.Counter(t for _, _, _, t in art.entities)
        totals.update(per)
        totals["sentences"] += art.sentences
        totals["words"] += art.words
        totals["paragraphs"] += art.paragraphs
        totals["empty"] += art.empty_sentences
        for _, _, s, t in art.entities:
            surfaces[s][t].add(art.name)
        if not args.quiet:
            print(f"{art.name:44} {art.paragraphs:3d} {art.sentences:4d} {art.words:5d} "
                  + " ".join(f"{per[t]:4d}" for t in TYPES) + f" {len(art.entities):5d}")
        errors.extend(art.errors)
    warnings = [w for art in articles for w in art.warnings]
    for s, by_type in sorted(surfaces.items()):
        if len(by_type) > 1:
            where = "; ".join(f"{t} in {', '.join(sorted(f))}" for t, f in sorted(by_type.items()))
            warnings.append(f"(corpus) {s!r} has several types: {where}")

    all_entities = sum(totals[t] for t in TYPES)
    distinct = len(surfaces)
    print()
    print(f"documents:   {len(articles)}")
    print(f"paragraphs:  {totals['paragraphs']}")
    print(f"sentences:   {totals['sentences']} (approximate), "
          f"{totals['empty']} of them without any entity")
    print(f"words:       {totals['words']}")
    print(f"entities:    {all_entities} ({distinct} distinct surface strings)")
    for t in TYPES:
        print(f"  {t:5} {totals[t]:5d}")

    if args.review:
        for art in articles:
            found = review(art)
            if found:
                listed = ", ".join(f"{w}" + (f" x{n}" if n > 1 else "")
                                   for w, n in sorted(found.items()))
                print(f"\n{art.name}: {listed}")

    for w in warnings:
        print("warning:", w, file=sys.stderr)
    for e in errors:
        print("error:", e, file=sys.stderr)
    failed = bool(errors) or (args.strict and bool(warnings))
    print(f"\n{'FAIL' if failed else 'OK'}: {len(errors)} errors, {len(warnings)} warnings")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
