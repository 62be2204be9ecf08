-- 100,000 synthetic parcels over the Lanxi area (about 119.25–119.75 E, 29.0–29.45 N) for the tile benchmark.
-- Run by ./actionmap bench on the throw-away database actionmap_bench, after the app (Flyway) made the schema.
-- Deterministic: setseed() fixes random(), so every run makes the same parcels.
--
-- Layout, so that parcels do not overlap and look roughly like a county's land:
--  * industrial parks: 30 disks of 1.5–2.6 km radius, each centred in its own 0.06° cell of a coarse grid (so parks
--    never overlap); inside a park a slightly rotated street grid of blocks (100–220 m by 90–170 m) whose blocks
--    are split into 1–7 strips; a strip, less a few metres of road, with its corners jittered, is a parcel
--    (about 1.5–50 mu; 1 mu = 666.67 m²);
--  * scattered land around 400 villages: one small parcel (about 0.5–7.5 mu), slightly rotated, corners jittered
--    by ±1 m, per kept cell of a 0.0012° × 0.001° grid (about 117 m × 111 m), none inside a park.
-- Park parcels are mostly NEW_INDUSTRIAL, village parcels mostly IDLE_LAND; statuses are drawn from the ones the
-- check constraint allows for that purpose. area_m2 is geodesic (geography), as the app stores it.

\set ON_ERROR_STOP on
\set parcels 100000
\set park_share 0.65

select setseed(0.20110920);

-- the benchmark's sign-in: user "bench", password "bench" (bcrypt, as the app's BCryptPasswordEncoder reads it)
create extension if not exists pgcrypto;
insert into app_user (username, password_hash, display_name, role)
values ('bench', crypt('bench', gen_salt('bf', 10)), 'Benchmark', 'ADMIN');

-- coarse cells (0.06°) that hold a park, 30 of them, chosen at random; the park is centred in its cell
create temp table park as
select row_number() over () as park,
       119.25 + (cx + 0.5) * 0.06 as lon0,
       29.0 + (cy + 0.5) * 0.06 as lat0,
       1500 + random() * 1100 as radius_m,
       radians(-25 + random() * 50) as angle,
       100 + random() * 120 as block_w,
       90 + random() * 80 as block_h
  from (select cx, cy from generate_series(0, 7) cx, generate_series(0, 6) cy order by random() limit 30) c;

-- every block of every park: the block centre in metres from the park centre, in the park's rotated frame
create temp table block as
select k.park, i, j, k.block_w, k.block_h, k.angle, k.lon0, k.lat0,
       i * k.block_w as bx, j * k.block_h as by,
       1 + floor(power(random(), 1.5) * 7)::int as strips,
       case when random() < 0.85 then 'NEW_INDUSTRIAL' else 'IDLE_LAND' end as purpose
  from park k,
       generate_series(-30, 30) i,
       generate_series(-34, 34) j
 where (i * k.block_w) ^ 2 + (j * k.block_h) ^ 2 <= k.radius_m ^ 2;

-- parcel candidates, each a quadrilateral given by its 4 corners in metres (x, y) around the park centre
create temp table candidate (
    kind     text,
    grp      int,
    seq      bigint,
    purpose  text,
    lon0     double precision,
    lat0     double precision,
    xs       double precision[],
    ys       double precision[]
);

-- park strips: the block cut into `strips` strips along x, 6 m of road on each side, corners jittered by ±1.5 m,
-- then rotated by the park's angle
insert into candidate
select 'park', b.park, row_number() over (order by b.park, b.i, b.j, s.n), b.purpose, b.lon0, b.lat0,
       array(select (c.u * cos(b.angle) - c.v * sin(b.angle)) from unnest(q.us, q.vs) c(u, v)),
       array(select (c.u * sin(b.angle) + c.v * cos(b.angle)) from unnest(q.us, q.vs) c(u, v))
  from block b
 cross join lateral generate_series(0, b.strips - 1) s(n)
 cross join lateral (
        select b.bx - b.block_w / 2 + 6 + s.n * (b.block_w - 12) / b.strips as x0,
               b.bx - b.block_w / 2 + 6 + (s.n + 1) * (b.block_w - 12) / b.strips - case when s.n < b.strips - 1 then 4 else 0 end as x1,
               b.by - b.block_h / 2 + 6 as y0,
               b.by + b.block_h / 2 - 6 as y1) r
 cross join lateral (
        select array[r.x0 + (random() - 0.5) * 3, r.x1 + (random() - 0.5) * 3,
                     r.x1 + (random() - 0.5) * 3, r.x0 + (random() - 0.5) * 3] as us,
               array[r.y0 + (random() - 0.5) * 3, r.y0 + (random() - 0.5) * 3,
                     r.y1 + (random() - 0.5) * 3, r.y1 + (random() - 0.5) * 3] as vs) q;

-- villages, and the fine-grid cells around them (kept with a probability that falls off with the distance)
create temp table village as
select v as village,
       119.255 + random() * 0.49 as lon,
       29.005 + random() * 0.44 as lat,
       400 + random() * 1400 as sigma_m
  from generate_series(1, 400) v;

insert into candidate
select 'village', village, row_number() over (order by gx, gy), purpose, lon, lat,
       array(select (c.u * cos(angle) - c.v * sin(angle)) from unnest(us, vs) c(u, v)),
       array(select (c.u * sin(angle) + c.v * cos(angle)) from unnest(us, vs) c(u, v))
  from (select distinct on (gx, gy) v.village, g.gx, g.gy,
               119.25 + (g.gx + 0.5) * 0.0012 as lon, 29.0 + (g.gy + 0.5) * 0.001 as lat,
               case when random() < 0.8 then 'IDLE_LAND' else 'NEW_INDUSTRIAL' end as purpose,
               radians(-15 + random() * 30) as angle,
               450 * power(11, random()) as area,          -- 0.68 .. 7.4 mu, log-uniform
               0.6 + random() as aspect
          from village v
         cross join lateral (
                select gx, gy
                  from generate_series(floor((v.lon - 119.25) / 0.0012 - 3 * v.sigma_m / 97.3)::int,
                                       ceil((v.lon - 119.25) / 0.0012 + 3 * v.sigma_m / 97.3)::int) gx,
                       generate_series(floor((v.lat - 29.0) / 0.001 - 3 * v.sigma_m / 110.6)::int,
                                       ceil((v.lat - 29.0) / 0.001 + 3 * v.sigma_m / 110.6)::int) gy
                 where gx between 0 and 416 and gy between 0 and 449) g
         where random() < 0.55 * exp(-(((119.25 + (g.gx + 0.5) * 0.0012 - v.lon) * 97300) ^ 2
                                        + ((29.0 + (g.gy + 0.5) * 0.001 - v.lat) * 110600) ^ 2) / (2 * v.sigma_m ^ 2))
         order by gx, gy, v.village) cell
 cross join lateral (
        select sqrt(area * aspect) / 2 as hw, sqrt(area / aspect) / 2 as hh) h
 cross join lateral (
        select array[-h.hw + (random() - 0.5) * 2, h.hw + (random() - 0.5) * 2,
                     h.hw + (random() - 0.5) * 2, -h.hw + (random() - 0.5) * 2] as us,
               array[-h.hh + (random() - 0.5) * 2, -h.hh + (random() - 0.5) * 2,
                     h.hh + (random() - 0.5) * 2, h.hh + (random() - 0.5) * 2] as vs) q
 where not exists (select from park k
                    where ((cell.lon - k.lon0) * 111320 * cos(radians(k.lat0))) ^ 2
                          + ((cell.lat - k.lat0) * 110574) ^ 2 < (k.radius_m + 200) ^ 2);

select kind, count(*) as candidates from candidate group by kind order by kind;

-- the parcels: park_share of them from the parks, the rest from the villages, both drawn at random
insert into parcel (code, name, land_use, purpose, status, illustrative, area_m2, geom)
select code, name, 'industrial', purpose,
       case when purpose = 'NEW_INDUSTRIAL'
            then (array['PLANNED', 'ACQUIRED', 'LEVELLED', 'SUPPLIED'])[1 + floor(random() * 4)::int]
            else (array['IDENTIFIED', 'IN_DISPOSAL', 'CLEARED'])[1 + floor(random() * 3)::int] end,
       true, st_area(geom::geography), geom
  from (select case kind when 'park' then 'SP' || lpad(grp::text, 2, '0') || '-' || seq
                         else 'SV' || lpad(grp::text, 3, '0') || '-' || seq end as code,
               case kind when 'park' then '合成园区' || grp || '号' || seq || '地块'
                         else '合成村' || grp || '号' || seq || '地块' end as name,
               purpose,
               st_multi(st_setsrid(st_makepolygon(st_makeline(array[
                   st_makepoint(lon0 + xs[1] / (111320 * cos(radians(lat0))), lat0 + ys[1] / 110574),
                   st_makepoint(lon0 + xs[2] / (111320 * cos(radians(lat0))), lat0 + ys[2] / 110574),
                   st_makepoint(lon0 + xs[3] / (111320 * cos(radians(lat0))), lat0 + ys[3] / 110574),
                   st_makepoint(lon0 + xs[4] / (111320 * cos(radians(lat0))), lat0 + ys[4] / 110574),
                   st_makepoint(lon0 + xs[1] / (111320 * cos(radians(lat0))), lat0 + ys[1] / 110574)])), 4326))::geometry(MultiPolygon, 4326) as geom
          from (select c.*, row_number() over (partition by kind order by random()) as pick
                  from candidate c) c
         where (kind = 'park' and pick <= round(:parcels * :park_share))
            or (kind = 'village' and pick <= :parcels - least(round(:parcels * :park_share),
                                                            (select count(*) from candidate where kind = 'park')))
       ) p;

analyze parcel;

select count(*) as parcels,
       round((min(area_m2) / 666.67)::numeric, 2) as min_mu, round((avg(area_m2) / 666.67)::numeric, 2) as avg_mu,
       round((max(area_m2) / 666.67)::numeric, 2) as max_mu,
       round(st_xmin(st_extent(geom))::numeric, 3) as xmin, round(st_xmax(st_extent(geom))::numeric, 3) as xmax,
       round(st_ymin(st_extent(geom))::numeric, 3) as ymin, round(st_ymax(st_extent(geom))::numeric, 3) as ymax
  from parcel;
