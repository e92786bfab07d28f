#!/usr/bin/env python3
"""Check the surface forms of the knowledge base for collisions.

Reads every *.jsonl file in this directory (or --dir) and reports:

  * duplicate ids (an id used by two lines, in one file or in two);
  * surface forms claimed by two entries: a name or alias (and, with them, a
    demonym, capital, capital alias or metonym) that two different entries
    use, or that one entry repeats (an alias equal to its own name);
  * short forms: a name or alias of one or two characters ("AP", "X");
  * given names: a name or alias that is a line of given_names.txt but not of
    given_names_ambiguous.txt, so that "Aurora Smith" would be a person's
    name and the place at once;
  * basic rules of README.md: the id pattern, an affiliation that is no id,
    an alias that starts with "the ";
  * with --words: one-word names and aliases whose lower-case form is an
    English word of /usr/share/dict/words (candidates for the "ordinary
    English word in capitalised use" rule; informational only, since most
    countries and many cities are in that list too).

--only FILE... restricts the report to problems that involve an entry of the
given files (by base name, e.g. --only regions.jsonl companies.jsonl); the
other files are still read, so that a collision with them is found.

Standard library only. Exit status: 0 when nothing (but --words findings) is
reported, 1 otherwise.
"""

import argparse
import collections
import glob
import json
import os
import re
import sys

ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
TYPES = {"person", "country", "organization", "media", "group", "location"}
# Surface-form fields: the first two are "names" in the narrow sense.
FORM_FIELDS = ("name", "aliases", "demonyms", "capital", "capital_aliases", "metonyms")


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def forms_of(entry):
    """Yields (field, form) for every surface form of an entry."""
    for field in FORM_FIELDS:
        value = entry.get(field)
        if value is None:
            continue
        if isinstance(value, str):
            yield field, value
        else:
            for v in value:
                yield field, v


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", default=here, help="data directory (default: this script's)")
    ap.add_argument("--only", nargs="+", metavar="FILE", help="report only problems that involve these files")
    ap.add_argument("--words", action="store_true", help="also list one-word forms that are English words")
    args = ap.parse_args()

    given = set(read_lines(os.path.join(args.dir, "given_names.txt")))
    ambiguous = set(read_lines(os.path.join(args.dir, "given_names_ambiguous.txt")))

    entries = []  # (file, line number, entry)
    problems = 0
    for path in sorted(glob.glob(os.path.join(args.dir, "*.jsonl"))):
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    print(f"{name}:{n}: blank line")
                    problems += 1
                    continue
                try:
                    e = json.loads(line)
                except json.JSONDecodeError as err:
                    print(f"{name}:{n}: not JSON: {err}")
                    problems += 1
                    continue
                entries.append((name, n, e))

    only = set(args.only or [])

    def involved(*files):
        return not only or any(f in only for f in files)

    def where(i):
        f, n, e = entries[i]
        return f"{f}:{n} {e.get('id')}"

    # Duplicate ids and basic rules.
    by_id = collections.defaultdict(list)
    for i, (f, n, e) in enumerate(entries):
        by_id[e.get("id")].append(i)
    section = []
    for id_, idx in sorted(by_id.items(), key=lambda kv: str(kv[0])):
        if len(idx) > 1 and involved(*(entries[i][0] for i in idx)):
            section.append(f"  {id_}: " + ", ".join(where(i) for i in idx))
    report("duplicate ids", section)
    problems += len(section)

    section = []
    for i, (f, n, e) in enumerate(entries):
        if not involved(f):
            continue
        id_ = e.get("id", "")
        if not ID_RE.match(id_):
            section.append(f"  {where(i)}: id does not match {ID_RE.pattern}")
        if e.get("type") not in TYPES:
            section.append(f"  {where(i)}: unknown type {e.get('type')!r}")
        aff = e.get("affiliation")
        if aff is not None and aff not in by_id:
            section.append(f"  {where(i)}: affiliation {aff!r} is no id")
        for a in e.get("aliases", []):
            if a.startswith(("the ", "The ")) and e.get("type") != "media":
                section.append(f"  {where(i)}: alias {a!r} starts with 'the'")
            if a != a.strip() or not a.strip():
                section.append(f"  {where(i)}: alias {a!r} is empty or has outer spaces")
    report("rule breaks", section)
    problems += len(section)

    # Surface forms claimed twice.
    claims = collections.defaultdict(list)  # form -> [(entry index, field)]
    for i, (f, n, e) in enumerate(entries):
        for field, form in forms_of(e):
            claims[form].append((i, field))
    section = []
    for form, cl in sorted(claims.items()):
        if len(cl) < 2:
            continue
        if not involved(*(entries[i][0] for i, _ in cl)):
            continue
        if len({i for i, _ in cl}) == 1 and sum(field in ("name", "aliases") for _, field in cl) < 2:
            continue  # a city-state whose capital is its name (Monaco, Vatican City)
        section.append(f"  {form!r}: " + "; ".join(f"{where(i)} ({field})" for i, field in cl))
    report("surface forms claimed twice (by two entries, or twice by one)", section)
    problems += len(section)

    # Short names and aliases.
    section = []
    for i, (f, n, e) in enumerate(entries):
        if not involved(f):
            continue
        for field, form in forms_of(e):
            if field in ("name", "aliases") and len(form) <= 2:
                section.append(f"  {form!r}: {where(i)} ({field})")
    report("names and aliases of one or two characters", section)
    problems += len(section)

    # Given names not marked ambiguous.
    section = []
    for i, (f, n, e) in enumerate(entries):
        if not involved(f) or e.get("type") == "person":
            continue
        for field, form in forms_of(e):
            if field in ("name", "aliases", "capital", "capital_aliases") and form in given and form not in ambiguous:
                section.append(f"  {form!r}: {where(i)} ({field}): in given_names.txt, not in given_names_ambiguous.txt")
    report("given names that are not marked ambiguous", section)
    problems += len(section)

    # The two given-name lists must be disjoint.
    section = [f"  {g!r}" for g in sorted(given & ambiguous)]
    report("in both given_names.txt and given_names_ambiguous.txt", section)
    problems += len(section)

    if args.words:
        words = set()
        for p in ("/usr/share/dict/words", "/usr/share/dict/american-english", "/usr/share/dict/british-english"):
            if os.path.exists(p):
                with open(p, encoding="utf-8", errors="replace") as fh:
                    # Only lower-case dictionary lines are common words; "Paris" is a proper noun.
                    words |= {w.strip() for w in fh if w.strip() and w.strip().islower()}
        if not words:
            print("--words: no word list in /usr/share/dict (install wamerican)")
        section = []
        for i, (f, n, e) in enumerate(entries):
            if not involved(f):
                continue
            for field, form in forms_of(e):
                if field in ("name", "aliases") and " " not in form and form.lower() in words:
                    section.append(f"  {form!r}: {where(i)} ({field})")
        report("one-word names and aliases that are English words (informational)", section)

    print(f"{len(entries)} entries read; {problems} problem(s)" + (f" involving {', '.join(sorted(only))}" if only else ""))
    return 1 if problems else 0


def report(title, lines):
    print(f"== {title}: {len(lines)}")
    for line in lines:
        print(line)


if __name__ == "__main__":
    sys.exit(main())
