#!/usr/bin/env python3
"""Rebuilds ingest/data/news_aliases.tsv, the other names news gives a thing, byte for byte.

usage: scripts/build_news_aliases.py NEWS_JSONL_GZ > ingest/data/news_aliases.tsv
       (NEWS_JSONL_GZ: ../shared/data/news/allsides.jsonl.gz, 36,319 articles of 2012-2020)

Learned from unlabelled text by two lexico-syntactic patterns, in the manner of Hearst's
("Automatic acquisition of hyponyms from large text corpora", COLING 1992), for synonyms:
- A definition: a name of capitalised words (joined by of, and, for, the, on, to, in, &)
  and, in brackets, an abbreviation of 2 to 8 letters spelt by the initials of its words
  ("Congressional Budget Office (CBO)", "Defense of Marriage Act (DOMA)").
- An apposition that names: a name, a comma or a bracket, an adverb of usage (also, more,
  better, commonly, often, popularly, informally, sometimes, widely) and "known as",
  "called", "dubbed", "nicknamed" or "referred to as", then another name ("the Affordable
  Care Act, also known as Obamacare"); or the name and ", known as" with no adverb.
  An alias holding "and" is left out ("ISIL and ISIS" is two aliases).
A pair counts once an article, and is kept when 3 or more articles of 2 or more outlets
write it. An abbreviation is kept when, of the articles that write it as a word, 10% or
more also write one of its expansions (AFP, defined as Americans for Prosperity, is mostly
Agence France-Presse's credit), and when one expansion, with its spelling variants (the same
letters within 3 edits: "Trans Pacific Partnership", "Trans-Pacific Partnership"), holds 80%
or more of its definitions. Kept pairs joined through a shared name form one thing, named by
its form of most words (then most articles, then first in sort order); a thing whose names
are two or more different words each (Republicans, Democrats) is no thing and is left out.
Left out, so that figures on the held-out gold questions stay unseen: every article of a gold
question and of the held-out questions' topics, as scripts/build_news_people.py says.
"""
import collections
import gzip
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_news_people as news  # noqa: E402  (the shared exclusions)

MIN_ARTICLES, MIN_OUTLETS, MIN_WRITTEN_TOGETHER, MIN_SHARE, MAX_EDITS = 3, 2, 0.1, 0.8, 3
CAP = r"[A-Z][\w'\u2019&.-]*"
RUN = CAP + r"(?:(?: (?:of|and|for|the|on|to|in|&))* " + CAP + r")*"
ADVERB = r"(?:also|more|better|commonly|often|popularly|informally|sometimes|widely)"
APPOSITION = re.compile(
    r"(?<![\w'\u2019.-])(" + RUN + r")(?:, | \()(?:" + ADVERB +
    r" (?:known as|called|dubbed|nicknamed|referred to as)|known as) (?:the )?[\"\u201c]?(" +
    RUN + r")(?=[\"\u201d]?(?:[,;:)]|\.(?:\s|$)|$))")
DEFINITION = re.compile(r"(?<![\w'\u2019.-])(" + RUN + r") \(([A-Z][A-Za-z&]{1,7})\)")
WORD = re.compile(r"[A-Za-z][A-Za-z&]{1,7}")


def spelt_by_initials(name, abbreviation):
    words = [w for w in re.split(r"[ -]", name) if w]
    letters = abbreviation.replace('&', '').upper()
    capitalised = ''.join(w[0] for w in words if w[0].isupper()).upper()
    return capitalised == letters or ''.join(w[0] for w in words).upper() == letters


def name_at(text, m):
    """The name group 1 of `m` holds, less a leading "The"."""
    return re.sub(r"^The ", '', m.group(1))


def inside_name(text, m):
    """Whether a capitalised word and a short lowercase word come before the name, which is
    then the end of a longer one ("Mohammed bin Salman")."""
    return re.search(r"[A-Z][\w.]* [a-z]{1,3} $", text[max(0, m.start(1) - 30):m.start(1)]) is not None


def pairs_of(text):
    """The (kind, name, alias) pairs an article writes."""
    seen = set()
    for m in APPOSITION.finditer(text):
        name, alias = name_at(text, m), m.group(2).rstrip('.')
        if not inside_name(text, m) and name != alias and len(name) > 2 and len(alias) > 2 and ' and ' not in alias:
            seen.add(('apposition', name, alias))
    for m in DEFINITION.finditer(text):
        name, abbreviation = name_at(text, m), m.group(2)
        if ' ' in name and spelt_by_initials(name, abbreviation):
            seen.add(('definition', name, abbreviation))
    return seen


def read_pairs(path, skip):
    """Articles and outlets per pair; for each abbreviation defined anywhere, the articles
    writing it as a word and those writing it with an expansion."""
    articles, outlets = collections.Counter(), collections.defaultdict(set)
    texts = []
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        for line in f:
            a = json.loads(line)
            if a['id'] in skip or a.get('topic') in news.HELD_OUT_TOPICS:
                continue
            text = a.get('text', '')
            texts.append(text)
            for key in pairs_of(text):
                articles[key] += 1
                outlets[key].add(a.get('outlet', ''))
    return articles, outlets, texts


def edits(a, b):
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def letters(name):
    return re.sub(r'[^a-z]', '', name.lower())


def abbreviations_kept(kept, articles, texts):
    """The definitions of abbreviations that pass the abbreviation rules."""
    by_abbreviation = collections.defaultdict(list)
    for key in kept:
        if key[0] == 'definition':
            by_abbreviation[key[2]].append(key)
    written, together = collections.Counter(), collections.Counter()
    for text in texts:
        words = set(WORD.findall(text))
        for abbreviation, keys in by_abbreviation.items():
            if abbreviation in words:
                written[abbreviation] += 1
                together[abbreviation] += any(k[1] in text for k in keys)
    out = []
    for abbreviation, keys in sorted(by_abbreviation.items()):
        if together[abbreviation] < MIN_WRITTEN_TOGETHER * written[abbreviation]:
            print(f'left out {abbreviation}: {together[abbreviation]} of {written[abbreviation]}'
                  ' articles writing it write an expansion', file=sys.stderr)
            continue
        keys.sort(key=lambda k: (-articles[k], k))
        top = letters(keys[0][1])
        variants = [k for k in keys if edits(letters(k[1]), top) <= MAX_EDITS]
        if sum(articles[k] for k in variants) >= MIN_SHARE * sum(articles[k] for k in keys):
            out += variants
    return out


def things(pairs, articles):
    """Pairs joined through shared names: (name, [aliases]) for each thing, and the articles
    writing each name in a kept pair."""
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for _, name, alias in pairs:
        parent[find(alias)] = find(name)
    groups = collections.defaultdict(set)
    for _, name, alias in pairs:
        groups[find(name)].update((name, alias))
    written = collections.Counter()
    for key in pairs:
        written[key[1]] += articles[key]
        written[key[2]] += articles[key]
    out = []
    for members in groups.values():
        if sum(' ' not in m and not m.isupper() for m in members) >= 2:
            continue  # "Republicans", "Democrats": rivals, not names of one thing
        name = sorted(members, key=lambda m: (-len(re.split(r"[ -]", m)), -written[m], m))[0]
        out.append((name, sorted(members - {name})))
    return sorted(out), written


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    articles, outlets, texts = read_pairs(sys.argv[1], news.gold_articles(root))
    kept = [k for k, n in articles.items() if n >= MIN_ARTICLES and len(outlets[k]) >= MIN_OUTLETS]
    pairs = [k for k in kept if k[0] == 'apposition'] + abbreviations_kept(kept, articles, texts)
    print('# Other names news gives a thing: rebuilt by scripts/build_news_aliases.py from')
    print('# ../shared/data/news by the rules that script states. Do not edit by hand.')
    print('# alias<TAB>name<TAB>articles writing the alias with a name of the thing')
    named, written = things(pairs, articles)
    for name, aliases in named:
        for alias in aliases:
            print(f'{alias}\t{name}\t{written[alias]}')


if __name__ == '__main__':
    main()
