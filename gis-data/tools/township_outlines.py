#!/usr/bin/env python3
"""Illustrative township outlines for the demo city (Lanxi): writes the 16 TOWNSHIP features of
gis-data/demo/zones.geojson.

NOT survey data. No open boundary data exists offline, so the outlines are drawn from seed points: the 8 real
township seats among the GeoNames points (gis-data/open/geonames_lanxi_places.geojson) and plausible points for
the other 8 townships, plus "anchor" points inside the demo's parks and EDZ areas so that each lands in its own township.
PostGIS computes the Voronoi diagram of the seeds (ST_VoronoiLines, in UTM 50N metres), drops the edges between
two seeds of the same township, bends every remaining edge with a smooth, deterministic wobble (so the result does
not look like a diagram), nodes the bent edges with an irregular county outline and polygonizes them; every face
goes to the township of the seed inside it (or the nearest seed). Because each bent edge is shared by the two
faces on its sides, the outlines cannot overlap and together cover the county. Finally each park and EDZ area,
widened by a margin, is handed to its own township (and cut out of any other), which guarantees the containment
constraints even if a wobble strayed across a park. The script then re-reads what it wrote, rounded to
6 decimals, and checks every constraint in PostGIS; it fails (exit 1) and writes nothing if one does not hold.

Deterministic: the wobble comes from md5 hashes of coordinates, so a rerun gives the same file.

Rerun (Python 3 standard library + psql; any scratch database with PostGIS, never the application's own):

    runuser -u postgres -- /usr/lib/postgresql/15/bin/psql -h /work/main/.actionmap/run -p 55432 -U postgres \
        -c "create database towns_scratch" -c "\\c towns_scratch" -c "create extension postgis"
    PSQL="runuser -u postgres -- /usr/lib/postgresql/15/bin/psql -h /work/main/.actionmap/run -p 55432 -U postgres -d towns_scratch" \
        python3 gis-data/tools/township_outlines.py

PSQL is the psql command line (split on spaces); default "psql" with the usual PG* environment variables.
The script replaces the TS-* features of zones.geojson and leaves every other feature byte for byte as it was.
Options: --check-only (build and check, write nothing), --svg FILE (also draw a preview map as SVG).
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GIS = os.path.dirname(HERE)
ZONES = os.path.join(GIS, 'demo', 'zones.geojson')
PARCELS = os.path.join(GIS, 'demo', 'parcels.geojson')
PLACES = os.path.join(GIS, 'open', 'geonames_lanxi_places.geojson')
UNITS = os.path.join(GIS, '..', 'src', 'main', 'resources', 'demo', 'lanxi-2011', 'units.yaml')

# Townships: unit code -> GeoNames place name of the real seat (8 of the 9 points; the ninth, Lanxi, is the city),
# or an invented (lon, lat) for the other 8.
# Subdistricts around the city centre: 兰江 (old city, east bank of the Lan river, north of the Jinhua river),
# 云山 (west bank, north of the Qu river), 上华 (south of the confluence: the "south gate", Jiangnan),
# 赤溪 (north-east of the centre). Towns and townships spread over the county: 游埠 south-west, 黄店 north-west,
# 马涧 north, 横溪 east, 灵洞 east of the Jinhua river.
SEEDS = {
    'LANJIANG': 'Lanjiang',
    'YUNSHAN': (119.423, 29.228),
    'SHANGHUA': (119.472, 29.160),
    'CHIXI': (119.545, 29.248),
    'YONGCHANG': 'Yongchang',
    'NVBU': 'Nübu',
    'YOUBU': (119.392, 29.098),
    'ZHUGE': 'Zhuge',
    'HUANGDIAN': (119.385, 29.355),
    'XIANGXI': 'Xiangxi',
    'MAJIAN': (119.575, 29.352),
    'MEIJIANG': 'Meijiang',
    'HENGXI': (119.745, 29.290),
    'LINGDONG': (119.592, 29.190),
    'SHUITING': 'Shuiting',
    'BAISHE': 'Baishe',
}

# Extra seeds that pull a township over the demo land it must hold: the EDZ areas here, and the centre of every
# township park TP-<X> for township X (added from zones.geojson).
ANCHORS = {
    'LANJIANG': [(119.498, 29.210), (119.526, 29.208)],   # EDZ Lanjiang area, east of the old city
    'SHANGHUA': [(119.433, 29.176), (119.458, 29.182)],   # EDZ Jiangnan area, south of the confluence
    'YONGCHANG': [(119.395, 29.183)],                     # the land north of the Qu river, west of the city
}

# The EDZ areas lie in subdistricts (the parks lie in their own township, given by their unit).
EDZ_TOWNSHIP = {'EDZ-LJ': 'LANJIANG', 'EDZ-JN': 'SHANGHUA'}

# Hand-drawn county outline (WGS84), inside 119.22-119.90 E, 29.02-29.46 N as published for Lanxi; the script
# roughens it. About 1,310 km² once roughened.
COUNTY = [
    (119.232, 29.200), (119.240, 29.238), (119.264, 29.266), (119.296, 29.286), (119.322, 29.314),
    (119.356, 29.342), (119.390, 29.372), (119.420, 29.388), (119.462, 29.398), (119.505, 29.414),
    (119.538, 29.398), (119.568, 29.378), (119.612, 29.368), (119.655, 29.376), (119.700, 29.386),
    (119.745, 29.394), (119.798, 29.398), (119.842, 29.384), (119.876, 29.362), (119.864, 29.332),
    (119.835, 29.316), (119.800, 29.294), (119.768, 29.270), (119.725, 29.250), (119.672, 29.222),
    (119.632, 29.188), (119.585, 29.166), (119.545, 29.158), (119.515, 29.142), (119.488, 29.118),
    (119.452, 29.092), (119.418, 29.070), (119.380, 29.064), (119.345, 29.078), (119.315, 29.102),
    (119.282, 29.124), (119.255, 29.152), (119.240, 29.176),
]

MARGIN_M = 400          # parks and EDZ areas are handed over with this margin around them


def units():
    """code -> (zh, en) of the TOWNSHIP units in units.yaml (a small line parser: the file is regular)."""
    result, code, kind = {}, None, None
    for line in open(UNITS, encoding='utf-8'):
        m = re.match(r'\s*- code: (\w+)', line)
        if m:
            code, kind = m.group(1), None
        m = re.match(r'\s*kind: (\w+)', line)
        if m:
            kind = m.group(1)
        m = re.match(r'\s*name: \{ zh: ([^,]+), en: (.+) \}\s*$', line)
        if m and kind == 'TOWNSHIP':
            result[code] = (m.group(1).strip(), m.group(2).strip().strip('"'))
    return result


def seed_points(zones_doc):
    anchors = {town: list(points) for town, points in ANCHORS.items()}
    for f in zones_doc['features']:
        if f['properties']['kind'] == 'TOWNSHIP_PARK':
            ring = f['geometry']['coordinates'][0][0]
            lon = (min(c[0] for c in ring) + max(c[0] for c in ring)) / 2
            lat = (min(c[1] for c in ring) + max(c[1] for c in ring)) / 2
            anchors.setdefault(f['properties']['unit'], []).append((lon, lat))
    places = {f['properties']['name']: f['geometry']['coordinates'] for f in json.load(open(PLACES, encoding='utf-8'))['features']}
    rows = []
    for town, where in SEEDS.items():
        lon, lat = places[where] if isinstance(where, str) else where
        rows.append((town, 'seat' if isinstance(where, str) else 'invented', lon, lat))
        for lon2, lat2 in anchors.get(town, []):
            rows.append((town, 'anchor', lon2, lat2))
    return rows


def psql(sql):
    cmd = os.environ.get('PSQL', 'psql').split() + ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1']
    run = subprocess.run(cmd, input=sql, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit('psql failed:\n' + run.stderr)
    return run.stdout


def lit(text):
    return "'" + text.replace("'", "''") + "'"


BUILD = r"""
create function pg_temp.h(x float8, y float8, salt int) returns float8 language sql immutable as $$
  select ('x' || substr(md5(round(x)::bigint || ',' || round(y)::bigint || ',' || salt), 1, 8))::bit(32)::bigint
         / 4294967295.0 * 2 - 1 $$;

create temp table seed (town text, kind text, geom geometry(Point, 32650));
insert into seed select s->>0, s->>1, st_transform(st_setsrid(st_makepoint((s->>2)::float8, (s->>3)::float8), 4326), 32650)
  from json_array_elements({seeds}::json) s;

create temp table protect (code text, town text, geom geometry);
insert into protect select f->'properties'->>'code', coalesce({edz}::json->>(f->'properties'->>'code'), f->'properties'->>'unit'),
       st_transform(st_setsrid(st_geomfromgeojson((f->'geometry')::text), 4326), 32650)
  from json_array_elements(({zones}::json)->'features') f
 where f->'properties'->>'kind' in ('EDZ_AREA', 'TOWNSHIP_PARK');

-- the county: the hand-drawn ring in metres, every vertex of a 2.5 km then a 1 km densification moved by noise
create temp table county0 as select st_transform(st_setsrid(st_geomfromtext({county}), 4326), 32650) g;
create temp table county as
with d1 as (select d.path[2] i, d.geom p from county0, st_dumppoints(st_segmentize(county0.g, 2500)) d),
     n1 as (select max(i) n from d1),
     j1 as (select i, case when i = n then (select p from d1 where i = 1) else p end p from d1, n1),
     j1b as (select i, st_translate(p, 600 * pg_temp.h(st_x(p), st_y(p), 11), 600 * pg_temp.h(st_x(p), st_y(p), 12)) p from j1),
     ring1 as (select st_makepolygon(st_makeline(array_agg(p order by i))) g from j1b),
     d2 as (select d.path[2] i, d.geom p from ring1, st_dumppoints(st_segmentize(ring1.g, 1000)) d),
     n2 as (select max(i) n from d2),
     j2 as (select i, case when i = n then (select p from d2 where i = 1) else p end p from d2, n2),
     j2b as (select i, st_translate(p, 150 * pg_temp.h(st_x(p), st_y(p), 13), 150 * pg_temp.h(st_x(p), st_y(p), 14)) p from j2)
select st_makepolygon(st_makeline(array_agg(p order by i))) g from j2b;

-- Voronoi edges, except those between two seeds of the same township, cut to the county (plus 2 km)
create temp table edge as
with lines as (select (st_dump(st_voronoilines(st_collect(geom), 0, (select st_expand(g, 30000) from county)))).geom g from seed),
     owner as (select l.g, array(select s.town from seed s order by s.geom <-> st_lineinterpolatepoint(l.g, 0.5) limit 2) two from lines l)
select row_number() over () id, (st_dump(st_intersection(g, (select st_buffer(g, 2000) from county)))).geom g
  from owner where two[1] <> two[2];

-- every edge bent by a smooth wobble that vanishes at its ends (amplitude 12 % of its length, at most 1.6 km)
create temp table wobbly as
with e as (select id, st_x(st_startpoint(g)) x0, st_y(st_startpoint(g)) y0,
                  st_x(st_endpoint(g)) - st_x(st_startpoint(g)) dx, st_y(st_endpoint(g)) - st_y(st_startpoint(g)) dy,
                  st_length(g) len from edge),
     p as (select e.*, n, k, k::float8 / n t from e,
                  lateral (select greatest(2, least(14, ceil(len / 700)))::int n) nn, lateral generate_series(0, n) k),
     o as (select p.*, case when k in (0, n) then 0 else least(0.12 * len, 1600) * sin(pi() * t) * (
                  0.65 * sin(2 * pi() * 1.3 * t + 3.2 * pg_temp.h(x0 + dx / 2, y0 + dy / 2, 1))
                + 0.35 * sin(2 * pi() * 2.7 * t + 3.2 * pg_temp.h(x0 + dx / 2, y0 + dy / 2, 2))
                + 0.30 * pg_temp.h(x0 + dx * t, y0 + dy * t, 3)) end off from p)
select id, st_setsrid(st_makeline(array_agg(st_makepoint(x0 + dx * t - dy / len * off, y0 + dy * t + dx / len * off) order by k)), 32650) g
  from o group by id;

-- faces of the noded bent edges and county ring, inside the county; each to the seed within it, else the nearest
create temp table face as
with noded as (select st_union(array_agg(g)) g from (select g from wobbly union all select st_exteriorring(g) from county) s),
     faces as (select (st_dump(st_polygonize(g))).geom g from noded)
select f.g, coalesce((select s.town from seed s where st_contains(f.g, s.geom) limit 1),
                     (select s.town from seed s order by s.geom <-> st_pointonsurface(f.g) limit 1)) town
  from faces f, county c where st_contains(c.g, st_pointonsurface(f.g));

create temp table town0 as select town, st_union(g) g from face group by town;

-- hand every park and EDZ area (with a margin) to its own township and cut it out of the others
create temp table handed as select town, st_intersection(st_buffer(geom, {margin}, 'quad_segs=2'), (select g from county)) g from protect;
create temp table town1 as
select t.town, st_union(coalesce(st_difference(t.g, (select st_union(h.g) from handed h where h.town <> t.town)), t.g),
                        coalesce((select st_union(h.g) from handed h where h.town = t.town), st_setsrid('POLYGON EMPTY'::geometry, 32650))) g
  from town0 t;

-- report: how much land the hand-over moved (0 when the seeds alone did the job)
select 'moved', t.town, round((st_area(t1.g) - st_area(t.g))::numeric / 1e6, 3)
  from town0 t join town1 t1 using (town) where abs(st_area(t1.g) - st_area(t.g)) > 1;

select 'out', t.town, st_asgeojson(st_transform(st_multi(t.g), 4326), 6),
       round((st_area(t.g) / 1e6)::numeric, 1), st_npoints(t.g), st_numgeometries(st_multi(t.g))
  from town1 t order by t.town;
select 'county', round((st_area(g) / 1e6)::numeric, 1) from county;
"""

CHECK = r"""
create temp table z as select f->'properties'->>'code' code, f->'properties'->>'kind' kind, f->'properties'->>'unit' unit,
       st_setsrid(st_geomfromgeojson((f->'geometry')::text), 4326) g
  from json_array_elements(({zones}::json)->'features') f;
create temp table p as select f->'properties'->>'code' code, st_setsrid(st_geomfromgeojson((f->'geometry')::text), 4326) g
  from json_array_elements(({parcels}::json)->'features') f;
create temp table t as select * from z where kind = 'TOWNSHIP';
select 'count', count(*) from t having count(*) <> 16;
select 'invalid', code, st_isvalidreason(g) from t where not st_isvalid(g);
select 'parts', code, st_numgeometries(g) from t where st_numgeometries(g) <> 1 or st_numinteriorrings(st_geometryn(g, 1)) > 0;
select 'overlap', a.code, b.code, st_area(st_intersection(a.g, b.g)::geography)
  from t a join t b on a.code < b.code and a.g && b.g where st_area(st_intersection(a.g, b.g)::geography) > 1;
select 'gaps (m2 inside the outer ring of the union)', round(st_area(st_difference(st_makepolygon(st_exteriorring(st_geometryn(u, 1))), u)::geography)::numeric)
  from (select st_union(g) u from t) s where st_area(st_difference(st_makepolygon(st_exteriorring(st_geometryn(u, 1))), u)::geography) > 1
   or st_numgeometries(u) <> 1;
select 'park', z.code from z where kind = 'TOWNSHIP_PARK'
   and not exists (select 1 from t where t.code = 'TS-' || z.unit and st_covers(t.g, z.g));
select 'edz', z.code from z where kind = 'EDZ_AREA'
   and not exists (select 1 from t where t.code = 'TS-' || ({edz}::json->>z.code) and st_covers(t.g, z.g));
select 'parcel', p.code, (select count(*) from t where st_covers(t.g, p.g)) from p
 where (select count(*) from t where st_covers(t.g, p.g)) <> 1;
select 'park parcel', p.code from p join z on z.kind = 'TOWNSHIP_PARK' and st_covers(z.g, p.g)
 where not st_covers((select g from t where t.code = 'TS-' || z.unit), p.g);
select 'area', code, round((st_area(g::geography) / 1e6)::numeric, 1), st_npoints(g) from t order by code;
select 'total', round((sum(st_area(g::geography)) / 1e6)::numeric, 1), sum(st_npoints(g)) from t;
"""


def county_wkt():
    ring = COUNTY + [COUNTY[0]]
    return 'POLYGON((' + ', '.join(f'{x} {y}' for x, y in ring) + '))'


def write_zones(existing, outlines):
    """The file as before (json.dumps, indent 1) with the TS-* features appended; their rings one vertex a line."""
    names = units()
    features = [f for f in existing['features'] if not f['properties']['code'].startswith('TS-')]
    placeholders = {}
    for town in SEEDS:
        zh, en = names[town]
        code = 'TS-' + town
        placeholders[code] = outlines[town]
        features.append({'type': 'Feature',
                         'properties': {'code': code, 'kind': 'TOWNSHIP', 'name_zh': zh, 'name_en': en,
                                        'unit': town, 'illustrative': True},
                         'geometry': {'type': 'MultiPolygon', 'coordinates': '@@' + code + '@@'}})
    doc = dict(existing)
    doc['features'] = features
    text = json.dumps(doc, indent=1, ensure_ascii=False)
    for code, geometry in placeholders.items():
        pad = ' ' * 4
        polys = []
        for poly in geometry['coordinates']:
            rings = []
            for ring in poly:
                rings.append(pad + '  [\n' + ',\n'.join(pad + '   [%.6f, %.6f]' % (x, y) for x, y in ring) + '\n' + pad + '  ]')
            polys.append(pad + ' [\n' + ',\n'.join(rings) + '\n' + pad + ' ]')
        text = text.replace('"@@' + code + '@@"', '[\n' + ',\n'.join(polys) + '\n' + pad + ']')
    return text


def svg(path, zones_doc, parcels_doc, seeds):
    """A quick preview map (equirectangular, x scaled by cos(lat))."""
    import math
    places = json.load(open(PLACES, encoding='utf-8'))['features']
    rivers = json.load(open(os.path.join(GIS, 'open', 'gshhg_wdbii_rivers_jinhua_region.geojson'), encoding='utf-8'))['features']
    x0, x1, y0, y1 = 119.18, 119.94, 28.99, 29.49
    k = math.cos(math.radians(29.25))
    scale = 1400 / ((x1 - x0) * k)
    W, H = 1400, int((y1 - y0) * scale)

    def pt(c):
        return '%.1f,%.1f' % ((c[0] - x0) * k * scale, (y1 - c[1]) * scale)

    def polys(g):
        out = []
        for poly in g['coordinates'] if g['type'] == 'MultiPolygon' else [g['coordinates']]:
            out.append(' '.join('M' + ' L'.join(pt(c) for c in ring) + 'Z' for ring in poly))
        return ' '.join(out)

    palette = ['#e8f1d4', '#f6e3c8', '#dbe8f6', '#f3d9e4', '#e4dcf2', '#d9f0ec', '#f4f0c9', '#e9e2d6']
    s = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" '
         'font-family="Noto Sans CJK SC, sans-serif"><rect width="100%" height="100%" fill="#fafafa"/>']
    towns = [f for f in zones_doc['features'] if f['properties']['kind'] == 'TOWNSHIP']
    for i, f in enumerate(towns):
        s.append(f'<path d="{polys(f["geometry"])}" fill="{palette[i % len(palette)]}" stroke="#555" stroke-width="1.2"/>')
    for f in rivers:
        s.append('<polyline fill="none" stroke="#5b9bd5" stroke-width="2" points="' + ' '.join(pt(c) for c in f['geometry']['coordinates']) + '"/>')
    for f in zones_doc['features']:
        kind = f['properties']['kind']
        if kind != 'TOWNSHIP':
            colour = '#d32f2f' if kind == 'EDZ_AREA' else '#6a1b9a'
            s.append(f'<path d="{polys(f["geometry"])}" fill="none" stroke="{colour}" stroke-width="1.5" stroke-dasharray="4 2"/>')
    for f in parcels_doc['features']:
        s.append(f'<path d="{polys(f["geometry"])}" fill="#795548" stroke="none"/>')
    for f in towns:
        lons = [c[0] for c in f['geometry']['coordinates'][0][0]]
        lats = [c[1] for c in f['geometry']['coordinates'][0][0]]
        c = ((min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2)
        x, y = pt(c).split(',')
        s.append(f'<text x="{x}" y="{float(y) + 16}" font-size="13" text-anchor="middle" fill="#333">{f["properties"]["unit"]}</text>')
    for f in places:
        x, y = pt(f['geometry']['coordinates']).split(',')
        s.append(f'<circle cx="{x}" cy="{y}" r="4" fill="#000"/><text x="{float(x) + 6}" y="{float(y) - 4}" font-size="12">{f["properties"]["name"]}</text>')
    for town, kind, lon, lat in seeds:
        if kind != 'seat':
            x, y = pt((lon, lat)).split(',')
            s.append(f'<circle cx="{x}" cy="{y}" r="3" fill="none" stroke="{"#000" if kind == "invented" else "#c00"}"/>')
    s.append('</svg>')
    open(path, 'w', encoding='utf-8').write('\n'.join(s))


def main():
    args = sys.argv[1:]
    check_only = '--check-only' in args
    svg_path = args[args.index('--svg') + 1] if '--svg' in args else None
    existing = json.load(open(ZONES, encoding='utf-8'))
    base = dict(existing)
    base['features'] = [f for f in existing['features'] if not f['properties']['code'].startswith('TS-')]
    seeds = seed_points(base)
    sql = BUILD.format(seeds=lit(json.dumps(seeds)), edz=lit(json.dumps(EDZ_TOWNSHIP)),
                       zones=lit(json.dumps(base, ensure_ascii=False)), county=lit(county_wkt()), margin=MARGIN_M)
    outlines = {}
    for line in psql(sql).splitlines():
        cols = line.split('|')
        if cols[0] == 'out':
            outlines[cols[1]] = json.loads(cols[2])
            print(f'{cols[1]:10} {cols[3]:>7} km² (planar UTM) {cols[4]:>4} vertices, {cols[5]} part(s)')
        else:
            print(' '.join(cols))
    text = write_zones(existing, outlines)
    doc = json.loads(text)
    problems = []
    report = psql(CHECK.format(zones=lit(json.dumps(doc, ensure_ascii=False)), edz=lit(json.dumps(EDZ_TOWNSHIP)),
                               parcels=lit(open(PARCELS, encoding='utf-8').read())))
    for line in report.splitlines():
        print('check:', line.replace('|', ' '))
        if not line.startswith(('area|', 'total|')):
            problems.append(line)
    if svg_path:
        svg(svg_path, doc, json.load(open(PARCELS, encoding='utf-8')), seeds)
    if problems:
        sys.exit('constraints violated, nothing written')
    if not check_only:
        with open(ZONES, 'w', encoding='utf-8') as out:
            out.write(text)
        print('wrote', os.path.relpath(ZONES), f'({len(text)} bytes)')


if __name__ == '__main__':
    main()
