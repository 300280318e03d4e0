#!/usr/bin/env python3
"""Rebuilds ingest/data/news_outlets.tsv, the names of news organisations, byte for byte.

usage: scripts/build_news_outlets.py NEWS_JSONL_GZ [WORDNET_DICT_DIR] > ingest/data/news_outlets.tsv
       (NEWS_JSONL_GZ: ../shared/data/news/allsides.jsonl.gz, 36,319 articles of 2012-2020,
       each with the outlet that published it; WORDNET_DICT_DIR: Debian's wordnet-base)

Learned from the articles' own metadata, checked against their text, by rules stated here:
- An outlet's name is its `outlet` field less a qualifier after " - " or in brackets
  ("New York Times - News" is New York Times, "CNN (Web News)" is CNN); a name with a
  character other than letters, digits, spaces, '&', '!', '.' or an apostrophe is left out.
- It is kept when 5 or more articles carry it, and the text of 3 or more articles of 2 or
  more other outlets writes it as it is spelt (case and word bounds kept): "Fox Online
  News", "Guest Writer" and "The Flip Side" are written by no other outlet's article.
- Left out: a name of two words the first of which is a given name of
  ingest/data/given_names.txt (a columnist: "John Stossel"); a name of one word that is a
  WordNet 3.0 lemma of any part of speech (a common word, "Reason", "Slate"; or a name
  WordNet gives itself); and a person's name: one that 10% or more of its writings follow
  a role (a capitalised abbreviation such as "Sen." or "Dr.", or a noun, in any case, whose
  first WordNet sense is a person, noun.person, and that is no adjective: "columnist",
  "Speaker") and under 10% follow "the" ("Rich Lowry", "Newt Gingrich"; "the libertarian
  Cato Institute" is kept).
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
import build_news_people as news  # noqa: E402  (the shared exclusions and word lists)

MIN_CARRIED, MIN_WRITTEN, MIN_WRITERS = 5, 3, 2
PERSON_SHARE = 0.1  # of writings after a role, at or above which (and below it after "the")
TITLE = re.compile(r"[A-Z][a-z]{1,3}\.")
NOUN_PERSON = b'18'  # WordNet's lexicographer file noun.person
QUALIFIER = re.compile(r"\s+(?:-\s.*|\(.*\))$")
NAME = re.compile(r"[A-Za-z0-9&!.' ]+")


def outlet_name(field):
    name = QUALIFIER.sub('', field.strip()).strip()
    return name if NAME.fullmatch(name) else ''


def role_nouns(dict_dir):
    """Lowercase one-word nouns whose first sense is a person and that are no adjective."""
    first = {}
    with open(os.path.join(dict_dir, 'index.adj'), encoding='utf-8') as f:
        adjectives = {line.split(' ', 1)[0] for line in f if not line.startswith(' ')}
    with open(os.path.join(dict_dir, 'index.noun'), encoding='utf-8') as f:
        for line in f:
            fields = line.split()
            if line.startswith(' ') or '_' in fields[0] or fields[0] in adjectives:
                continue
            pointers = int(fields[3])
            first[fields[0]] = int(fields[4 + pointers + 2])
    roles = set()
    with open(os.path.join(dict_dir, 'data.noun'), 'rb') as data:
        for lemma, offset in sorted(first.items()):
            data.seek(offset)
            if data.readline().split()[1] == NOUN_PERSON:
                roles.add(lemma)
    return roles


def left_out(name, given, lemmas):
    words = name.split()
    if len(words) == 2 and words[0] in given:
        return True
    return len(words) == 1 and news.word_or_plural(name, lemmas)


def word_before(text, start):
    m = re.search(r"(\S+)[ \t]+$", text[max(0, start - 30):start])
    return m.group(1) if m else ''


def after_a_role(word, roles):
    return TITLE.fullmatch(word) is not None or word.lower() in roles


def read_articles(path, skip):
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        for line in f:
            a = json.loads(line)
            if a['id'] not in skip and a.get('topic') not in news.HELD_OUT_TOPICS:
                yield outlet_name(a.get('outlet', '')), a.get('text', '').replace('\u2019', "'")


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = sys.argv[1]
    dict_dir = sys.argv[2] if len(sys.argv) > 2 else '/usr/share/wordnet'
    lemmas, roles = news.wordnet_lemmas(dict_dir), role_nouns(dict_dir)
    skip = news.gold_articles(root)
    carried = collections.Counter(name for name, _ in read_articles(path, skip) if name)
    given = news.given_names(root)
    names = sorted(n for n, c in carried.items() if c >= MIN_CARRIED and not left_out(n, given, lemmas))
    pattern = re.compile(r"(?<![\w&'])(" + '|'.join(map(re.escape, sorted(names, key=len, reverse=True))) +
                         r")(?![\w&'])")
    written, writers = collections.Counter(), collections.defaultdict(set)
    writings, role, the = collections.Counter(), collections.Counter(), collections.Counter()
    for outlet, text in read_articles(path, skip):
        seen = set()
        for m in pattern.finditer(text):
            name, before = m.group(1), word_before(text, m.start())
            writings[name] += 1
            role[name] += after_a_role(before, roles)
            the[name] += before in ('the', 'The')
            seen.add(name)
        for name in seen - {outlet}:
            written[name] += 1
            writers[name].add(outlet)
    print('# News organisations: rebuilt by scripts/build_news_outlets.py from the outlets of')
    print('# ../shared/data/news by the rules that script states. Do not edit by hand.')
    print('# name<TAB>name<TAB>articles carrying it<TAB>articles of other outlets writing it')
    for name in names:
        person = (role[name] >= PERSON_SHARE * writings[name] and
                  the[name] < PERSON_SHARE * writings[name])
        if written[name] >= MIN_WRITTEN and len(writers[name]) >= MIN_WRITERS and not person:
            print(f'{name}\t{name}\t{carried[name]}\t{written[name]}')


if __name__ == '__main__':
    main()
