#!/usr/bin/env python3
"""Benchmark: short wire / event-log notes ("On 8 July 2024, Russian forces shelled X, Kharkiv Oblast.").

Notes are generated from the GeoNames dump with a fixed seed (templates in this file, no third-party
text), run through `claimtrack extract --jsonl` in one process, and scored per village mention:

  found       a predicted settlement/city lies within 5 km of the sampled village (gold geonameid)
  namesake    the village mention resolved to another place in the same oblast
  wrong-obl   the village mention resolved to a place in another oblast (or country)
  unresolved  the village mention was reported without coordinates
  missing     nothing was extracted at the village mention
and per note: oblast→place (the oblast words were read as a settlement/city), other spurious.

Villages are split by how unique their name is (populated places sharing its GeoNames name or a Latin
alternate, plus, in ru/uk notes, the Cyrillic form written): unique in Ukraine, unique in
its oblast (namesakes elsewhere), namesakes in the same oblast. For the last group the table also gives
how often the pick, and the gold, is the namesake nearest the occupied-area outline on the note's date
(the front prior's bet; plain point-to-edge distance over the DeepState snapshot nearest the date, so
the state border and coast count as "line" too).

Half of the notes sample villages uniformly in the frontline oblasts; half only villages within
--near-km of the outline on the date ("near-front"), which is closer to what war news names.

  event_notes.py --n 400 --seed 11 --work /tmp/event_notes [--cmd 'claimtrack extract --jsonl']
"""

import argparse
import bisect
import collections
import datetime
import json
import math
import os
import random
import re
import shlex
import subprocess
import sys

GEONAMES = "/work/shared/geodata-raw/geonames-ua"
FRONT = "/work/shared/geodata-raw/deepstate-occupied-weekly"

# admin1 code -> (en, ru nominative, ru genitive, uk nominative, uk genitive)
OBLASTS = {
    "07": ("Kharkiv", "Харьковская", "Харьковской", "Харківська", "Харківської"),
    "05": ("Donetsk", "Донецкая", "Донецкой", "Донецька", "Донецької"),
    "14": ("Luhansk", "Луганская", "Луганской", "Луганська", "Луганської"),
    "26": ("Zaporizhzhia", "Запорожская", "Запорожской", "Запорізька", "Запорізької"),
    "08": ("Kherson", "Херсонская", "Херсонской", "Херсонська", "Херсонської"),
    "04": ("Dnipropetrovsk", "Днепропетровская", "Днепропетровской", "Дніпропетровська",
           "Дніпропетровської"),
    "21": ("Sumy", "Сумская", "Сумской", "Сумська", "Сумської"),
    "16": ("Mykolaiv", "Николаевская", "Николаевской", "Миколаївська", "Миколаївської"),
}
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
             "октября", "ноября", "декабря"]
MONTHS_UK = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
             "жовтня", "листопада", "грудня"]
SKIP_CODES = {"PPLX", "PPLH", "PPLQ", "PPLW"}   # sections, historical, abandoned, destroyed

# Templates: {d} date, {X} village, {A} {B} two villages, {O} oblast form. Each returns text with
# markers so the spans can be found: «X» around village names, ‹O› around the oblast words.
EN = [
    ("shelled X, O Oblast", "On {d}, Russian forces shelled «X», ‹{O} Oblast›. Casualties unknown."),
    ("near X, O region", "On {d}, an explosion was reported near «X», ‹{O} region›. No casualties reported."),
    ("in X (O oblast)", "On {d}, a drone hit a private house in «X» (‹{O} oblast›). Casualties unknown."),
    ("struck X in the O region", "On {d}, Russian artillery struck «X» in the ‹{O} region›, damaging a school."),
    ("X, O Oblast, came under fire", "On {d}, «X», ‹{O} Oblast›, came under fire. Casualties unknown."),
    ("X, O (bare)", "{d}: mortar fire on «X», ‹{O}›. One civilian was wounded."),
    ("A and B, O Oblast", "On {d}, Russian forces shelled «A» and «B», ‹{O} Oblast›. Casualties unknown."),
]
RU = [
    ("ru село X O-ской области",
     "{d} российские войска обстреляли село «X» ‹{O} области›. Данных о пострадавших нет."),
    ("ru нп X (O-ская область)",
     "{d} под обстрел попал населённый пункт «X» (‹{O} область›). Пострадавших нет."),
]
UK = [
    ("uk село X O-ської області",
     "{d} російські війська обстріляли село «X» ‹{O} області›. Інформація про постраждалих уточнюється."),
    ("uk нп X (O-ська область)",
     "{d} під обстріл потрапив населений пункт «X» (‹{O} область›). Постраждалих немає."),
]

UK_ROMAN = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
            "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
            "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
            "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "",
            "-": "-", " ": " "}
CYR = re.compile(r"^[А-ЯЁЇІЄҐа-яёїієґ'’ʼ\- ]+$")
UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
RU_ONLY = re.compile(r"[ыэёъЫЭЁ]")
RU_END = re.compile(r"(ка|ое|ый|ий|ая|ово|ево|ино|ыно|цы|ки|ск|ье|ье|ы|ин|ов)$")


def roman_uk(s):
    out = []
    for i, ch in enumerate(s.lower()):
        r = UK_ROMAN.get(ch)
        if r is None:
            return None
        if i == 0 or s[i - 1] in " -":        # word-initial є ї й ю я
            r = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}.get(ch, r)
        out.append(r)
    return "".join(out)


def km(lat1, lon1, lat2, lon2):
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def load_places(path):
    places = {}
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[6] != "P" or f[7] in SKIP_CODES:
            continue
        alts = [a for a in f[3].split(",") if a]
        cyr = [a for a in alts if CYR.match(a)]
        uk = next((a for a in cyr if roman_uk(a) and roman_uk(a) == f[1].lower().replace("'", "")), None)
        ru = None
        for a in cyr:
            if a != uk and not UK_ONLY.search(a) and (RU_ONLY.search(a) or RU_END.search(a)):
                ru = a
                break
        latin = {a for a in alts if re.match(r"^[A-Za-z'’ʼ\- ]+$", a)}
        places[int(f[0])] = dict(id=int(f[0]), name=f[1], ascii=f[2], lat=float(f[4]), lon=float(f[5]),
                                 code=f[7], admin1=f[10], uk=uk, ru=ru, cyr=set(cyr), latin=latin)
    return places


class Front:
    """Occupied-area outlines by date; distance from a point to the nearest outline edge (km)."""

    def __init__(self, folder):
        self.files = []
        for fn in sorted(os.listdir(folder)):
            m = re.search(r"(\d{4})-?(\d{2})-?(\d{2})", fn)
            if m:
                self.files.append((datetime.date(*map(int, m.groups())), os.path.join(folder, fn)))
        self.cache = {}

    def snapshot(self, date):
        dates = [d for d, _ in self.files]
        i = bisect.bisect_left(dates, date)
        best = min((j for j in (i - 1, i) if 0 <= j < len(dates)), key=lambda j: abs((dates[j] - date).days))
        return self.files[best]

    def edges(self, path):
        if path not in self.cache:
            segs = []
            for feat in json.load(open(path, encoding="utf-8"))["features"]:
                g = feat["geometry"]
                polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
                for poly in polys:
                    for ring in poly:
                        for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
                            segs.append((x1, y1, x2, y2))
            self.cache[path] = segs
        return self.cache[path]

    def distance(self, lat, lon, date):
        _, path = self.snapshot(date)
        kx, ky = 111.32 * math.cos(math.radians(lat)), 110.57
        best = float("inf")
        for x1, y1, x2, y2 in self.edges(path):
            ax, ay = (x1 - lon) * kx, (y1 - lat) * ky
            bx, by = (x2 - lon) * kx, (y2 - lat) * ky
            if min(abs(ay), abs(by)) > best and ay * by > 0:
                continue
            dx, dy = bx - ax, by - ay
            l2 = dx * dx + dy * dy
            t = 0.0 if l2 == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / l2))
            d = math.hypot(ax + t * dx, ay + t * dy)
            if d < best:
                best = d
        return best


def fmt_date(d, lang):
    if lang == "ru":
        return f"{d.day} {MONTHS_RU[d.month - 1]} {d.year} года"
    if lang == "uk":
        return f"{d.day} {MONTHS_UK[d.month - 1]} {d.year} року"
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def surface(p, lang):
    return p["ru"] if lang == "ru" else p["uk"] if lang == "uk" else p["name"]


def render(template, lang, date, oblast_code, villages):
    o = OBLASTS[oblast_code]
    oform = {"en": o[0]}.get(lang)
    if lang == "ru":
        oform = o[2] if "области" in template else o[1]
    if lang == "uk":
        oform = o[4] if "області" in template else o[3]
    text = template.replace("{d}", fmt_date(date, lang)).replace("{O}", oform)
    names = [surface(v, lang) for v in villages]
    if "«A»" in text:
        text = text.replace("«A»", "«" + names[0] + "»").replace("«B»", "«" + names[1] + "»")
    else:
        text = text.replace("«X»", "«" + names[0] + "»")
    spans, oblast_span, out = [], None, []
    i = 0
    for m in re.finditer(r"«([^»]*)»|‹([^›]*)›", text):
        out.append(text[i:m.start()])
        pos = sum(len(s) for s in out)
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        if m.group(1) is not None:
            spans.append((pos, pos + len(inner)))
        else:
            oblast_span = (pos, pos + len(inner))
        out.append(inner)
        i = m.end()
    out.append(text[i:])
    return "".join(out), spans, oblast_span


def key_of(p, lang):
    return surface(p, lang).lower() if lang != "en" else p["name"].lower()


def build_index(places):
    idx = collections.defaultdict(set)
    for p in places.values():
        idx[("en", p["name"].lower())].add(p["id"])
        idx[("en", p["ascii"].lower())].add(p["id"])
        for a in p["latin"]:
            idx[("en", a.lower())].add(p["id"])
        for c in p["cyr"]:
            idx[("cyr", c.lower())].add(p["id"])
    return idx


def namesakes(p, lang, idx):
    """Places sharing the name: the GeoNames name (any Latin form), and for ru/uk notes also the
    Cyrillic form written (GeoNames attaches a Russian form to only some of a name's namesakes)."""
    ids = set(idx[("en", p["name"].lower())])
    if lang != "en":
        ids |= idx[("cyr", key_of(p, lang))]
    return ids


def generate(args, places, front):
    rnd = random.Random(args.seed)
    pool = [p for p in places.values() if p["admin1"] in OBLASTS and p["code"] in ("PPL", "PPLA3")]
    pool.sort(key=lambda p: p["id"])
    start, end = datetime.date(2024, 7, 1), datetime.date(2025, 12, 31)
    idx = build_index(places)
    notes = []
    n_en = round(args.n * 0.6)
    n_ru = (args.n - n_en) // 2
    langs = ["en"] * n_en + ["ru"] * n_ru + ["uk"] * (args.n - n_en - n_ru)
    for k, lang in enumerate(langs):
        near = k % 2 == 1
        date = start + datetime.timedelta(days=rnd.randrange((end - start).days + 1))
        templates = EN if lang == "en" else RU if lang == "ru" else UK
        label, template = templates[rnd.randrange(len(templates))]
        need = 2 if "«A»" in template else 1

        def pick():
            while True:
                p = pool[rnd.randrange(len(pool))]
                if surface(p, lang) is None:
                    continue
                if near and front.distance(p["lat"], p["lon"], date) > args.near_km:
                    continue
                return p
        first = pick()
        villages = [first]
        tries = 0
        while len(villages) < need:
            q = pick()
            tries += 1
            if q["admin1"] == first["admin1"] and q["id"] != first["id"] and \
                    (tries > 200 or km(q["lat"], q["lon"], first["lat"], first["lon"]) < 40):
                villages.append(q)
        body, spans, ospan = render(template, lang, date, first["admin1"], villages)
        items = []
        for v, span in zip(villages, spans):
            ns = namesakes(v, lang, idx)
            same = [places[i] for i in ns if places[i]["admin1"] == v["admin1"]]
            cls = "unique-UA" if len(ns) <= 1 else "unique-oblast" if len(same) <= 1 else "namesake-oblast"
            bet = None
            if cls == "namesake-oblast":
                bet = min(same, key=lambda c: front.distance(c["lat"], c["lon"], date))["id"]
            items.append(dict(id=v["id"], name=surface(v, lang), lat=v["lat"], lon=v["lon"],
                              admin1=v["admin1"], span=span, cls=cls, front_bet=bet))
        notes.append(dict(file=f"{k:04d}.txt", lang=lang, date=date.isoformat(), template=label,
                          near=near, body=body, oblast_span=ospan, items=items))
    return notes


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def byte_span(body, span):
    """The extractor reports UTF-8 byte offsets into the body."""
    return (len(body[:span[0]].encode("utf-8")), len(body[:span[1]].encode("utf-8")))


def score(notes, preds, places):
    rows = []
    for note in notes:
        pred = preds.get(note["file"], {"places": []})
        pl = [p for p in pred.get("places", []) if p.get("kind") in ("settlement", "city")]
        used = set()
        spans = [byte_span(note["body"], it["span"]) for it in note["items"]]
        for it, span in zip(note["items"], spans):
            at = [p for p in pl if overlaps((p["start"], p["end"]), span)]
            near = [p for p in pl if p.get("lat") is not None and
                    km(it["lat"], it["lon"], p["lat"], p["lon"]) <= 5.0]
            pick = None
            if near:
                outcome = "found"
                pick = near[0].get("id")
                used.update(id(p) for p in near[:1])
            elif at and at[0].get("lat") is None:
                outcome = "unresolved"
            elif at:
                p = at[0]
                pick = p.get("id")
                src = places.get(p.get("id"))
                outcome = "namesake" if src and src["admin1"] == it["admin1"] else "wrong-obl"
                used.add(id(p))
            else:
                outcome = "missing"
            rows.append(dict(note=note["file"], lang=note["lang"], cls=it["cls"], near=note["near"],
                             template=note["template"], outcome=outcome, pick=pick, gold=it["id"],
                             front_bet=it["front_bet"], name=it["name"]))
        ospan = byte_span(note["body"], note["oblast_span"])
        note["oblast_as_place"] = any(overlaps((p["start"], p["end"]), ospan) for p in pl)
        note["other_spurious"] = sum(1 for p in pl if id(p) not in used and
                                     not overlaps((p["start"], p["end"]), ospan) and
                                     not any(overlaps((p["start"], p["end"]), sp) for sp in spans))
    return rows


OUTCOMES = ["found", "namesake", "wrong-obl", "unresolved", "missing"]


def table(title, rows, key):
    groups = collections.OrderedDict()
    for r in sorted(rows, key=lambda r: str(key(r))):
        groups.setdefault(key(r), []).append(r)
    groups["all"] = rows
    print(f"\n{title}")
    print(f"{'':28}{'n':>5}" + "".join(f"{o:>11}" for o in OUTCOMES) + f"{'=bet':>7}{'gold=bet':>9}")
    for g, rs in groups.items():
        c = collections.Counter(r["outcome"] for r in rs)
        line = f"{str(g):28}{len(rs):>5}" + "".join(f"{100 * c[o] / len(rs):>10.1f}%" for o in OUTCOMES)
        ns = [r for r in rs if r["front_bet"] is not None]
        if ns:
            line += f"{sum(r['pick'] == r['front_bet'] for r in ns):>4}/{len(ns):<3}"
            line += f"{sum(r['gold'] == r['front_bet'] for r in ns):>5}/{len(ns):<3}"
        print(line)


def extract_jsonl(cmd, files, env=None):
    """Runs `cmd` (an extract --jsonl command line, a list) on the files: each article's output by file name."""
    out = subprocess.run(cmd + files, capture_output=True, text=True, env=env)
    if out.returncode != 0:
        sys.exit(f"extractor failed ({out.returncode}): {out.stderr[:2000]}")
    preds = {}
    for line in out.stdout.splitlines():
        if line.strip():
            d = json.loads(line)
            preds[os.path.basename(d["article"]["file"])] = d
    return preds


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--near-km", type=float, default=25.0)
    ap.add_argument("--geonames", default=GEONAMES)
    ap.add_argument("--front", default=FRONT)
    ap.add_argument("--work", default="/tmp/event_notes")
    ap.add_argument("--cmd", default="claimtrack extract --jsonl",
                    help="extractor command; the note files are appended")
    ap.add_argument("--generate-only", action="store_true")
    ap.add_argument("--list", action="store_true", help="print every non-found item")
    args = ap.parse_args()

    places = load_places(os.path.join(args.geonames, "UA.txt"))
    front = Front(args.front)
    notes = generate(args, places, front)
    os.makedirs(args.work, exist_ok=True)
    for n in notes:
        with open(os.path.join(args.work, n["file"]), "w", encoding="utf-8") as f:
            f.write(f"published: {n['date']}\nlanguage: {n['lang']}\n\n{n['body']}\n")
    with open(os.path.join(args.work, "gold.jsonl"), "w", encoding="utf-8") as f:
        for n in notes:
            f.write(json.dumps(n, ensure_ascii=False) + "\n")
    print(f"{len(notes)} notes in {args.work} (seed {args.seed})")
    if args.generate_only:
        return
    preds = extract_jsonl(shlex.split(args.cmd), [os.path.join(args.work, n["file"]) for n in notes])
    rows = score(notes, preds, places)
    print("Per village mention; % of n. '=bet' / 'gold=bet': pick / gold is the namesake in the oblast"
          " nearest the occupied-area outline on the date.")
    table("By name uniqueness (name as written)", rows, lambda r: r["cls"])
    table("Uniform sample vs near-front sample", rows,
          lambda r: f"{'near-front' if r['near'] else 'uniform'} / {r['cls']}")
    table("By language", rows, lambda r: r["lang"])
    table("By template", rows, lambda r: r["template"])
    bylang = collections.defaultdict(lambda: [0, 0, 0])
    for n in notes:
        b = bylang[n["lang"]]
        b[0] += 1
        b[1] += n["oblast_as_place"]
        b[2] += n["other_spurious"] > 0
    print("\nSpurious places per note: oblast words read as a settlement/city; other spurious settlements")
    for lang, (cnt, ob, ot) in sorted(bylang.items()):
        print(f"  {lang}: {cnt} notes, oblast→place {ob} ({100 * ob / cnt:.1f}%), other spurious {ot}")
    if args.list:
        for r in rows:
            if r["outcome"] != "found":
                print(f"  {r['note']} {r['lang']} {r['cls']:16} {r['outcome']:10} {r['name']} "
                      f"gold={r['gold']} pick={r['pick']} ({r['template']})")
        for n in notes:
            if n["oblast_as_place"] or n["other_spurious"]:
                print(f"  {n['file']} spurious: {n['body']}")


if __name__ == "__main__":
    main()
