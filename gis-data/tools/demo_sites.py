#!/usr/bin/env python3
"""Illustrative sites for the demo city (Lanxi, plan 2011): writes gis-data/demo/sites.geojson.

NOT survey data. The plan names its other physical objects but no open data places them, so this script draws them
at plausible places: the 60 key technical-transformation projects (task 2) as points spread over the EDZ's two
areas and the six township industrial parks (gis-data/demo/zones.geojson), a few key projects in the EDZ, the
comprehensive textile market and the provincial cotton-textile quality inspection centre (task 5) as small polygons
in the EDZ, the cogeneration works of the Zheneng (Lanxi) power station (task 7) as a polygon beside the real plant
(gis-data/open/wri_gppd_lanxi_power_station.geojson), the central heating network's service area west of the city
(task 7) as a polygon, and the eight investment-promotion stations (task 3) at the approximate centres of Taizhou,
Shaoxing, Ningbo, Taicang (for Kunshan), Dongguan, Wenzhou, Hangzhou and Yongkang.

Statuses and dates are invented so that the site targets have something to count at the demo's reporting date
(2011-09-20): 56 of the 60 projects under way, 31 of them completed at a steady pace through the year (the plan's 47
are for the whole year), the inspection centre completed, the market still being built, 6 of the 8 stations open.
Every feature is flagged "illustrative": true.

Deterministic (a fixed random seed), Python 3 standard library only:  python3 gis-data/tools/demo_sites.py
"""
import datetime
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GIS = os.path.dirname(HERE)
ZONES = os.path.join(GIS, 'demo', 'zones.geojson')
POWER_STATION = os.path.join(GIS, 'open', 'wri_gppd_lanxi_power_station.geojson')
OUT = os.path.join(GIS, 'demo', 'sites.geojson')
REPORTING_DATE = datetime.date(2011, 9, 20)

# where the projects go: the EDZ areas take most, the parks the rest
PROJECT_ZONES = [('EDZ-LJ', 18), ('EDZ-JN', 14), ('TP-XIANGXI', 6), ('TP-NVBU', 6), ('TP-ZHUGE', 4),
                 ('TP-YONGCHANG', 5), ('TP-BAISHE', 4), ('TP-MEIJIANG', 3)]
INDUSTRIES = [('棉纺织', 'Cotton textile'), ('毛巾', 'Towel'), ('牛仔布', 'Denim'), ('铜铝加工', 'Copper and aluminium'),
              ('化工', 'Chemical'), ('医药', 'Pharmaceutical'), ('机械', 'Machinery'), ('新材料', 'New materials'),
              ('电子', 'Electronics'), ('食品', 'Food')]
# approximate city centres (city government seats), WGS84
STATIONS = [('HANGZHOU', '杭州', 'Hangzhou', 120.1551, 30.2741, '2010-11-15'),
            ('NINGBO', '宁波', 'Ningbo', 121.5440, 29.8683, '2010-12-08'),
            ('SHAOXING', '绍兴', 'Shaoxing', 120.5821, 29.9971, '2011-02-25'),
            ('TAIZHOU', '台州', 'Taizhou', 121.4208, 28.6561, '2011-03-22'),
            ('WENZHOU', '温州', 'Wenzhou', 120.6994, 27.9943, '2011-05-10'),
            ('YONGKANG', '永康', 'Yongkang', 120.0472, 28.8881, '2011-06-16'),
            ('TAICANG', '太仓（昆山）', 'Taicang (Kunshan)', 121.1302, 31.4577, None),
            ('DONGGUAN', '东莞', 'Dongguan', 113.7518, 23.0207, None)]


def rectangle_of(zone):
    ring = zone['geometry']['coordinates'][0][0]
    xs = [c[0] for c in ring]
    ys = [c[1] for c in ring]
    return min(xs), min(ys), max(xs), max(ys)


def box(west, south, east, north):
    ring = [[west, south], [east, south], [east, north], [west, north], [west, south]]
    return {'type': 'Polygon', 'coordinates': [[[round(x, 6), round(y, 6)] for x, y in ring]]}


def iso(day):
    return day.isoformat() if day else None


def feature(code, name_zh, name_en, kind, status, unit, tasks, geometry, started=None, completed=None, opened=None):
    properties = {'code': code, 'name_zh': name_zh, 'name_en': name_en, 'kind': kind, 'status': status,
                  'started_on': iso(started), 'completed_on': iso(completed), 'opened_on': opened,
                  'unit': unit, 'tasks': tasks, 'illustrative': True}
    return {'type': 'Feature', 'properties': {k: v for k, v in properties.items() if v is not None}, 'geometry': geometry}


def projects(rng, zones):
    points = []
    for code, count in PROJECT_ZONES:
        west, south, east, north = rectangle_of(zones[code])
        margin_x, margin_y = (east - west) * 0.08, (north - south) * 0.08
        for _ in range(count):
            points.append((code, round(rng.uniform(west + margin_x, east - margin_x), 6),
                           round(rng.uniform(south + margin_y, north - margin_y), 6)))
    rng.shuffle(points)
    features = []
    # 31 completed at a steady pace from February to mid-September; 25 under construction; 4 not started
    completions = [datetime.date(2011, 2, 1) + datetime.timedelta(days=round(i * 226 / 30)) for i in range(31)]
    for i, (zone, lon, lat) in enumerate(points):
        number = i + 1
        industry_zh, industry_en = INDUSTRIES[i % len(INDUSTRIES)]
        name_zh, name_en = f'{industry_zh}技改项目 {number:02d}', f'{industry_en} technical-transformation project {number:02d}'
        geometry = {'type': 'Point', 'coordinates': [lon, lat]}
        started = datetime.date(2010, 3, 1) + datetime.timedelta(days=rng.randrange(0, 450))
        if i < 31:
            completed = completions[i]
            started = min(started, completed - datetime.timedelta(days=90 + rng.randrange(0, 120)))
            features.append(feature(f'TT-{number:03d}', name_zh, name_en, 'TECH_TRANSFORMATION', 'COMPLETED', 'ECON_TRADE',
                                    [2], geometry, started, completed))
        elif i < 56:
            features.append(feature(f'TT-{number:03d}', name_zh, name_en, 'TECH_TRANSFORMATION', 'UNDER_CONSTRUCTION',
                                    'ECON_TRADE', [2], geometry, min(started, REPORTING_DATE - datetime.timedelta(days=20))))
        else:
            features.append(feature(f'TT-{number:03d}', name_zh, name_en, 'TECH_TRANSFORMATION', 'PLANNED', 'ECON_TRADE',
                                    [2], geometry))
    return sorted(features, key=lambda f: f['properties']['code'])


def main():
    rng = random.Random(2011)
    zones = {f['properties']['code']: f for f in json.load(open(ZONES, encoding='utf-8'))['features']}
    plant = json.load(open(POWER_STATION, encoding='utf-8'))['features'][0]['geometry']['coordinates']
    features = projects(rng, zones)
    ljw, ljs, lje, ljn = rectangle_of(zones['EDZ-LJ'])
    jnw, jns, jne, jnn = rectangle_of(zones['EDZ-JN'])
    key_projects = [('KP-01', '新型棉纺织产业园项目', 'New cotton-textile industry park project', jnw + 0.012, jns + 0.016,
                     'UNDER_CONSTRUCTION', datetime.date(2011, 4, 8)),
                    ('KP-02', '铜铝精深加工项目', 'Copper and aluminium deep-processing project', ljw + 0.030, ljs + 0.019,
                     'UNDER_CONSTRUCTION', datetime.date(2011, 6, 20)),
                    ('KP-03', '省重点工业项目：高档面料生产线', 'Provincial key industrial project: high-grade fabric line',
                     ljw + 0.012, ljs + 0.007, 'COMPLETED', datetime.date(2010, 9, 1)),
                    ('KP-04', '新材料产业化项目', 'New-materials industrialisation project', jnw + 0.031, jns + 0.006,
                     'PLANNED', None)]
    for code, zh, en, lon, lat, status, started in key_projects:
        completed = datetime.date(2011, 7, 28) if status == 'COMPLETED' else None
        features.append(feature(code, zh, en, 'KEY_PROJECT', status, 'EDZ', [2],
                                {'type': 'Point', 'coordinates': [round(lon, 6), round(lat, 6)]}, started, completed))
    features.append(feature('TM-01', '兰溪纺织品综合市场', 'Lanxi comprehensive textile market', 'TEXTILE_MARKET',
                            'UNDER_CONSTRUCTION', 'ECON_TRADE', [5],
                            box(jnw + 0.020, jns + 0.012, jnw + 0.0232, jns + 0.0143), datetime.date(2011, 3, 18)))
    features.append(feature('QC-01', '省级棉纺织品质量检验中心', 'Provincial cotton-textile quality inspection centre',
                            'QUALITY_CENTRE', 'COMPLETED', 'QUALITY_SUPERVISION', [5],
                            box(ljw + 0.036, ljs + 0.004, ljw + 0.0378, ljs + 0.0055), datetime.date(2010, 10, 10),
                            datetime.date(2011, 8, 26)))
    lon, lat = plant
    features.append(feature('CG-01', '浙能兰溪电厂热电联产工程', 'Zheneng Lanxi power plant cogeneration works', 'COGENERATION',
                            'UNDER_CONSTRUCTION', 'ECON_TRADE', [7], box(lon + 0.0012, lat + 0.0008, lon + 0.0042, lat + 0.0030),
                            datetime.date(2011, 4, 12)))
    # the service area of the central heating network west of the city centre (兰溪市 on GeoNames: 119.4716, 29.2159)
    heating = [[119.4330, 29.2060], [119.4520, 29.2035], [119.4590, 29.2140], [119.4560, 29.2290], [119.4400, 29.2320],
               [119.4300, 29.2200], [119.4330, 29.2060]]
    features.append(feature('HN-01', '城西集中供热管网', 'Central heating network, west of the city', 'HEATING_NETWORK',
                            'UNDER_CONSTRUCTION', 'ECON_TRADE', [7], {'type': 'Polygon', 'coordinates': [heating]},
                            datetime.date(2011, 5, 3)))
    for code, zh, en, lon, lat, opened in STATIONS:
        features.append(feature(f'IS-{code}', f'驻{zh}招商点', f'Investment-promotion station in {en}', 'INVESTMENT_STATION',
                                'OPEN' if opened else 'PLANNED', 'FOREIGN_TRADE', [3],
                                {'type': 'Point', 'coordinates': [lon, lat]}, opened=opened))
    collection = {'type': 'FeatureCollection',
                  'name': 'ActionMap demo sites (illustrative, not survey data); generated by gis-data/tools/demo_sites.py',
                  'features': features}
    with open(OUT, 'w', encoding='utf-8') as out:
        json.dump(collection, out, ensure_ascii=False, indent=None, separators=(',', ':'))
        out.write('\n')
    print(f'{len(features)} sites written to {OUT}')


if __name__ == '__main__':
    main()
