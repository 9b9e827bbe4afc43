"""Gazetteer access for the blind6 gold tools: rows by id from the raw GeoNames files in /work/shared."""
import math
import os

ROOT = os.environ.get("GEODATA_RAW", "/work/shared/geodata-raw")
FILES = ["geonames-ua/UA.txt",
         "geonames-ru-border/cities500.RU-Belgorod-Bryansk-Kursk.txt",
         "ru-border-villages/ru-border-villages.txt"]


def _codes(name):
    out = {}
    with open(os.path.join(ROOT, "geonames-ua", name), encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            out[p[0]] = p[1]
    return out


def oblast_name(raw):
    fixes = {"Kharkivs’ka Oblast’": "Kharkiv", "Odessa": "Odesa", "Kiev": "Kyiv", "Kyiv City": "Kyiv"}
    if raw in fixes:
        return fixes[raw]
    return raw[:-len(" Oblast")] if raw and raw.endswith(" Oblast") else raw


def raion_name(raw):
    if not raw:
        return None
    for suf in (" Raion", " Rayon", " rayon"):
        if raw.endswith(suf):
            return raw[:-len(suf)]
    return raw


def load(ids):
    """Rows for the wanted ids: {id: dict(name, lat, lon, country, oblast, raion, file)}."""
    a1, a2 = _codes("admin1CodesASCII.UA-RU.txt"), _codes("admin2Codes.UA-RU.txt")
    want, rows = set(int(i) for i in ids), {}
    for rel in FILES:
        with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
            for line in f:
                p = line.rstrip("\n").split("\t")
                if int(p[0]) not in want:
                    continue
                cc = p[8]
                rows[int(p[0])] = {
                    "name": p[1], "lat": float(p[4]), "lon": float(p[5]), "country": cc,
                    "oblast": oblast_name(a1.get(f"{cc}.{p[10]}")),
                    "raion": raion_name(a2.get(f"{cc}.{p[10]}.{p[11]}")),
                    "file": rel, "fclass": p[6] + "." + p[7]}
    return rows


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def bearing(a, b):
    """Initial bearing in degrees from a to b."""
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    y = math.sin(lo2 - lo1) * math.cos(la2)
    x = math.cos(la1) * math.sin(la2) - math.sin(la1) * math.cos(la2) * math.cos(lo2 - lo1)
    return (math.degrees(math.atan2(y, x)) + 360) % 360
