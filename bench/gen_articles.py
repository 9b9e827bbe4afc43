#!/usr/bin/env python3
"""Synthetic news articles about territorial claims, for the ingest benchmark.

Every sentence comes from templates in this file (no corpus text): capture
and liberation claims, withdrawals, denials, "fighting continues" reports,
analysts' assessments, and filler sentences without claims. Output is
deterministic for a given --seed.

  gen_articles.py --count 20000 --jsonl OUT.jsonl      # one JSON Lines file
  gen_articles.py --count 500 --dir OUT_DIR            # one .txt file per article
"""

import argparse
import datetime
import json
import os
import random

# Settlements that the GeoNames Ukraine dump knows (names are facts, not text).
PLACES = [
    "Avdiivka", "Bakhmut", "Soledar", "Vuhledar", "Marinka", "Krasnohorivka", "Robotyne", "Verbove",
    "Staromaiorske", "Urozhaine", "Klishchiivka", "Andriivka", "Kupiansk", "Izium", "Balakliia", "Lyman",
    "Svatove", "Kreminna", "Siversk", "Chasiv Yar", "Toretsk", "New York", "Pokrovsk", "Myrnohrad",
    "Selydove", "Kurakhove", "Velyka Novosilka", "Huliaipole", "Orikhiv", "Kamianske", "Vovchansk",
    "Lyptsi", "Hlyboke", "Synkivka", "Petropavlivka", "Novoselivka", "Ocheretyne", "Berdychi",
    "Arkhanhelske", "Mykhailivka", "Davydiv Brid", "Snihurivka", "Beryslav", "Nova Kakhovka", "Krynky",
    "Kozachi Laheri", "Pisky", "Novomykhailivka", "Heorhiivka", "Pobieda", "Kostiantynivka", "Druzhkivka",
]
REGIONS = ["Donetsk", "Kharkiv", "Zaporizhzhia", "Kherson", "Luhansk"]

RU_CLAIMANTS = ["Russia's defence ministry", "The Russian defence ministry", "Moscow's defence ministry"]
UA_CLAIMANTS = ["Ukraine's General Staff", "Ukraine's military", "the Ukrainian army's eastern command"]
OBSERVERS = ["The Institute for the Study of War", "Military analysts", "Independent observers"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

FILLER = [
    "Shelling damaged houses and a school in the area overnight, local officials said.",
    "Humanitarian groups said they had evacuated dozens of civilians from nearby villages.",
    "The claims could not be independently verified.",
    "Power was cut to several thousand homes after strikes on a substation.",
    "Both sides have reported heavy losses in the area in recent weeks.",
    "Officials urged residents to leave while roads remained open.",
    "Drone footage posted online showed damaged buildings along the main road.",
    "The front line has moved only a few kilometres in the area since spring.",
]


def capitalized(text):
    return text[:1].upper() + text[1:]


def claim_sentences(rng, place, weekday):
    """One to three sentences of claims about `place`."""
    ru, ua, obs = (capitalized(rng.choice(names)) for names in (RU_CLAIMANTS, UA_CLAIMANTS, OBSERVERS))
    kind = rng.randrange(6)
    if kind == 0:
        return [f"{ru} said on {weekday} that its forces had captured {place}."]
    if kind == 1:
        return [f"{ua} said on {weekday} that its troops had liberated {place}."]
    if kind == 2:
        return [f"{ua} said on {weekday} that its units had withdrawn from {place} to avoid encirclement."]
    if kind == 3:
        return [f"{ru} claimed on {weekday} that its troops had taken control of {place}.",
                f"{ua} denied that Russian forces had captured {place}."]
    if kind == 4:
        return [f"{ru} said on {weekday} that its forces had captured {place}.",
                f"{ua} said fighting continued in {place} and its troops still held positions there."]
    return [f"{obs} said on {weekday} that Russian forces had advanced near {place}."]


def article(rng, index, start, paragraphs):
    day = start + datetime.timedelta(days=rng.randrange(900))
    weekday = WEEKDAYS[day.weekday()]
    place = rng.choice(PLACES)
    region = rng.choice(REGIONS)
    body = []
    for _ in range(paragraphs):
        sentences = claim_sentences(rng, rng.choice(PLACES), weekday)
        sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(FILLER))
        body.append(" ".join(sentences))
    body.insert(0, f"Fighting continued in the {region} region on {weekday}, officials said. "
                   + " ".join(claim_sentences(rng, place, weekday)))
    return {
        "url": f"https://example.org/claimtrack/generated/{index}",
        "title": f"Report {index}: fighting near {place}",
        "published": day.isoformat(),
        "text": "\n\n".join(body),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--paragraphs", type=int, default=4, help="paragraphs after the lead (default 4)")
    out = ap.add_mutually_exclusive_group(required=True)
    out.add_argument("--jsonl", help="write one JSON Lines file")
    out.add_argument("--dir", help="write one .txt article per file into this directory")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    start = datetime.date(2022, 3, 1)
    if args.jsonl:
        with open(args.jsonl, "w", encoding="utf-8") as f:
            for i in range(args.count):
                f.write(json.dumps(article(rng, i, start, args.paragraphs), ensure_ascii=False) + "\n")
        return
    os.makedirs(args.dir, exist_ok=True)
    for i in range(args.count):
        a = article(rng, i, start, args.paragraphs)
        with open(os.path.join(args.dir, f"{i:06d}.txt"), "w", encoding="utf-8") as f:
            f.write(f"url: {a['url']}\ntitle: {a['title']}\npublished: {a['published']}\n\n{a['text']}\n")


if __name__ == "__main__":
    main()
