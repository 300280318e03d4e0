#!/usr/bin/env python3
"""Rebuilds ingest/data/given_names.txt, the given names discovery reads "Given Surname" by,
byte for byte.

usage: scripts/build_given_names.py [WORDNET_DICT_DIR] > ingest/data/given_names.txt
       (WORDNET_DICT_DIR: Debian's wordnet-base, /usr/share/wordnet; the Python module
       `faker` from Debian's python3-fake-factory must be importable)

Two general resources, by rules stated here:
- Faker's person providers (Debian's python3-fake-factory 0.9.3): the first names of its
  en_US (from the US Census), en_GB, es_ES, fr_FR, it_IT, pt_BR and de_DE locales and the
  romanised first names of ja_JP and zh_CN; words of letters only, capitalised, two or more.
- WordNet 3.0: the first word of each several-word name of a person it lists as an instance
  (noun.person), when a one-word name of the same synset ends that name ("Dean Acheson",
  synset "Acheson, Dean Acheson"), in two synsets or more.
A name is left out when WordNet writes it as a common word ("will", "rose") unless both
resources name people with it, or it is a role (a noun.person lemma: "admiral", "king"),
a place or other non-person instance ("Georgia"), or, taken from WordNet alone, an adjective
("big").
"""
import collections
import importlib
import re
import sys

FAKER = [('en_US', 'first_names'), ('en_GB', 'first_names'), ('es_ES', 'first_names'),
         ('fr_FR', 'first_names'), ('it_IT', 'first_names'), ('pt_BR', 'first_names'),
         ('de_DE', 'first_names'), ('ja_JP', 'first_romanized_names'),
         ('zh_CN', 'first_romanized_names')]


def synsets(path):
    """Yields (lex file, lemmas as written, is an instance) for each synset of a data file."""
    for line in open(path, encoding='latin1'):
        if line.startswith(' '):
            continue  # the license header
        f = line.split(' | ')[0].split()
        n = int(f[3], 16)
        lemmas = [re.sub(r'\(.*\)$', '', f[4 + 2 * i]) for i in range(n)]
        ptr = f[4 + 2 * n:]
        instance = any(ptr[1 + 4 * k] == '@i' for k in range(int(ptr[0])))
        yield f[1], lemmas, instance


def read_wordnet(wn):
    common, adjectives = set(), set()  # lemmas WordNet writes in lowercase
    for pos in ('noun', 'verb', 'adj', 'adv'):
        for _, lemmas, _ in synsets(f'{wn}/data.{pos}'):
            low = {x for x in lemmas if x[:1].islower()}
            common |= low
            if pos == 'adj':
                adjectives |= low
    places, roles, given = set(), set(), collections.Counter()
    for lex, lemmas, instance in synsets(f'{wn}/data.noun'):
        if lex != '18':
            if instance:
                places |= {x.lower() for x in lemmas}
            continue
        if not instance:
            roles |= {x.lower() for x in lemmas if '_' not in x}
            continue
        singles = {x for x in lemmas if '_' not in x}
        firsts = {x.split('_')[0] for x in lemmas if '_' in x and x.split('_')[-1] in singles}
        for x in firsts:
            if x.isalpha() and len(x) > 1 and x[0].isupper():
                given[x] += 1
    return common, adjectives, places, roles, given


def faker_names():
    out = set()
    for locale, attr in FAKER:
        provider = importlib.import_module('faker.providers.person.' + locale).Provider
        out |= {x for x in getattr(provider, attr) if x.isalpha() and len(x) > 1 and x[0].isupper()}
    return out


def main():
    wn = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/wordnet'
    common, adjectives, places, roles, wn_given = read_wordnet(wn)
    faker = faker_names()

    def keep(x):
        w = x.lower()
        if x in faker and x in wn_given:
            return True
        if w in roles or w in places or (x not in faker and w in adjectives):
            return False
        return w not in common or x in wn_given

    names = faker | {x for x, n in wn_given.items() if n >= 2}
    print('# Given names: rebuilt by scripts/build_given_names.py from Faker (python3-fake-factory)')
    print('# and WordNet 3.0, by the rules that script states. Do not edit by hand.')
    for x in sorted(x for x in names if keep(x)):
        print(x)


if __name__ == '__main__':
    main()
