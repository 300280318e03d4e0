#!/usr/bin/env python3
"""Rebuilds ingest/data/news_people.tsv, the people a surname alone names in news, byte for
byte.

usage: scripts/build_news_people.py NEWS_JSONL_GZ [WORDNET_DICT_DIR] > ingest/data/news_people.tsv
       (NEWS_JSONL_GZ: ../shared/data/news/allsides.jsonl.gz, 36,319 articles of 2012-2020;
       WORDNET_DICT_DIR: Debian's wordnet-base, /usr/share/wordnet)

Learned from unlabelled text, by rules stated here:
- A full name is a first name (a given name of ingest/data/given_names.txt, or a
  capitalised word of letters that is neither a WordNet 3.0 lemma, nor one's plural, nor a
  function word of claimgraph's tokenizer: "Barack", "Mitch"), an optional initial ("J."),
  and a surname: a capitalised word of letters ("Obama", "McConnell", "O'Rourke",
  "Ocasio-Cortez") that is no WordNet lemma of any part of speech nor one's plural
  (WordNet's own names, and common words such as "Trump" or "Rice", are resolved by
  WordNet) and no given name itself; the whole name is no WordNet lemma ("Hong Kong"). "Given I. Surname" counts as "Given Surname".
- A full name that capitalised words run on from, before or after it (with or without a
  full stop between), is part of a longer name or of two, and is not counted: "Ruth Bader
  Ginsburg" holds no "Bader Ginsburg". A full name counts once an article; it is kept when 5 or more articles of 3 or more
  outlets write it.
- A surname names the full name most articles write with it when that full name holds 80%
  or more of the articles that write any kept full name with that surname ("Obama": Barack
  Obama; "Clinton", shared by Hillary and Bill, would name none).
Left out, so that figures on the held-out gold questions stay unseen: every article of a gold
question (tests/data/gold/*/gold.json) and every article of the topics the held-out
questions come from (environment, epa, immigration).
"""
import collections
import glob
import gzip
import json
import os
import re
import sys

HELD_OUT_TOPICS = {'environment', 'epa', 'immigration'}
MIN_ARTICLES, MIN_OUTLETS, MIN_SHARE = 5, 3, 0.8
SURNAME = r"(?:Mc|Mac|O'|De|Di|La|Le)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
FULL_NAME = re.compile(r"(?<![\w.'-])([A-Z][a-z]+) (?:([A-Z])\. )?(" + SURNAME + r")(?![\w'-])")


def wordnet_lemmas(dict_dir):
    lemmas = set()
    for pos in ('noun', 'verb', 'adj', 'adv'):
        with open(os.path.join(dict_dir, 'index.' + pos), encoding='utf-8') as f:
            for line in f:
                if not line.startswith(' '):
                    lemmas.add(line.split(' ', 1)[0])
    return lemmas


def stopwords(root):
    """The function words claimgraph's tokenizer drops (kStopwords, src/core/terms.cc)."""
    with open(os.path.join(root, 'src/core/terms.cc'), encoding='utf-8') as f:
        text = f.read()
    body = text[text.index('kStopwords[] = {'):]
    return set(re.findall(r'"([a-z]+)"', body[:body.index('};')]))


def word_or_plural(word, lemmas):
    w = word.lower()
    return w in lemmas or (w.endswith('s') and w[:-1] in lemmas)


def given_names(root):
    with open(os.path.join(root, 'ingest/data/given_names.txt'), encoding='utf-8') as f:
        return {line.strip() for line in f if line.strip() and not line.startswith('#')}


def gold_articles(root):
    ids = set()
    for path in glob.glob(os.path.join(root, 'tests/data/gold/*/gold.json')):
        with open(path, encoding='utf-8') as f:
            ids.update(json.load(f)['docs'].values())
    return ids


def inside_longer_run(text, start, end):
    """True if capitalised words run on before or after the match, with or without a full
    stop between: "Ruth Bader Ginsburg" holds no "Bader Ginsburg", "Virginia Gov. Ralph
    Northam" no "Virginia Gov"."""
    before = text[max(0, start - 40):start]
    after = text[end:end + 3]
    return (re.search(r"[A-Z][\w'.-]*\.? $", before) is not None or
            re.match(r"\.? [A-Z]", after) is not None)


def count_full_names(news, given, lemmas, function_words, skip):
    articles, outlets = collections.Counter(), collections.defaultdict(set)
    with gzip.open(news, 'rt', encoding='utf-8') as f:
        for line in f:
            a = json.loads(line)
            if a['id'] in skip or a.get('topic') in HELD_OUT_TOPICS:
                continue
            text = a.get('text', '').replace('\u2019', "'")
            seen = set()
            for m in FULL_NAME.finditer(text):
                first, surname = m.group(1), m.group(3)
                if inside_longer_run(text, m.start(), m.end()):
                    continue
                known_first = first in given or not (word_or_plural(first, lemmas) or
                                                     first.lower() in function_words)
                if (known_first and surname not in given and not word_or_plural(surname, lemmas)
                        and (first + '_' + surname).lower() not in lemmas):
                    seen.add((surname, first + ' ' + surname))
            for key in seen:
                articles[key] += 1
                outlets[key].add(a.get('outlet', ''))
    return articles, outlets


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    news = sys.argv[1]
    dict_dir = sys.argv[2] if len(sys.argv) > 2 else '/usr/share/wordnet'
    articles, outlets = count_full_names(news, given_names(root), wordnet_lemmas(dict_dir),
                                         stopwords(root), gold_articles(root))
    by_surname = collections.defaultdict(list)
    for (surname, full), n in articles.items():
        if n >= MIN_ARTICLES and len(outlets[(surname, full)]) >= MIN_OUTLETS:
            by_surname[surname].append((n, full))
    print('# People a surname alone names: rebuilt by scripts/build_news_people.py from')
    print('# ../shared/data/news by the rules that script states. Do not edit by hand.')
    print('# surname<TAB>full name<TAB>articles<TAB>share of the surname\'s full names')
    for surname in sorted(by_surname):
        names = sorted(by_surname[surname], key=lambda x: (-x[0], x[1]))
        total = sum(n for n, _ in names)
        n, full = names[0]
        if n >= MIN_SHARE * total:
            print(f'{surname}\t{full}\t{n}\t{n / total:.2f}')


if __name__ == '__main__':
    main()
