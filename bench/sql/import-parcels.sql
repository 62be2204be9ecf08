-- 100,000 surveyed plots in Baishe Township for the import benchmark (./actionmap bench import), as a township's
-- cadastral survey would deliver them: a jittered 30 m grid in CGCS2000 / 3-degree Gauss-Kruger CM 120E (EPSG:4549),
-- whose neighbours share their edges exactly (every grid node is one point, moved by up to ±4 m), about 900 m² each.
-- Cells keep 5 m inside the township's outline and clear of the parcels already on the map, so the whole file is
-- importable by the township's staff. Deterministic: the jitter is a hash of the node's indices, not random().
-- Written into the table bench_import_plot, which the benchmark exports to a GeoPackage and drops.

drop table if exists bench_import_plot;
-- the demo's parcels were just loaded: without statistics the planner probes them once per cell the slow way
analyze parcel;

-- a grid node moved by up to ±4 m in x and y, by a hash of its indices
create function pg_temp.node(x0 float8, y0 float8, i int, j int) returns geometry language sql immutable as $$
  select st_makepoint(x0 + i * 30 + ((hashint8(i::bigint * 1000003 + j) & 65535) / 65535.0 - 0.5) * 8,
                      y0 + j * 30 + ((hashint8(i::bigint * 1000003 + j + 7777777) & 65535) / 65535.0 - 0.5) * 8) $$;

create table bench_import_plot as
with township as materialized (select st_transform(geom, 4549) as g from zone where code = 'TS-BAISHE'),
     frame as materialized (select g, st_buffer(g, -5) as inside, st_xmin(g) as x0, st_ymin(g) as y0,
                      ceil((st_xmax(g) - st_xmin(g)) / 30)::int as nx, ceil((st_ymax(g) - st_ymin(g)) / 30)::int as ny
                 from township),
     cell as (
       select i, j, st_setsrid(st_makepolygon(st_makeline(array[
                  pg_temp.node(x0, y0, i, j), pg_temp.node(x0, y0, i + 1, j), pg_temp.node(x0, y0, i + 1, j + 1), pg_temp.node(x0, y0, i, j + 1),
                  pg_temp.node(x0, y0, i, j)])), 4549) as geom, inside
         from frame, generate_series(0, nx - 1) as i, generate_series(0, ny - 1) as j)
select row_number() over (order by c.j, c.i)::integer as fid,
       'BS-' || lpad(c.i::text, 4, '0') || '-' || lpad(c.j::text, 4, '0') as code,
       '白社' || c.i || '-' || c.j || '号地块' as name,
       case when (c.i + c.j) % 5 = 0 then 'warehousing' else 'industrial' end as land_use,
       case when (c.i * 7 + c.j) % 10 < 3 then 'IDLE_LAND' else 'NEW_INDUSTRIAL' end as purpose,
       st_multi(c.geom)::geometry(MultiPolygon, 4549) as geom
  from cell c
 where st_within(c.geom, c.inside)
   and not exists (select 1 from parcel p where p.deleted_at is null and p.geom && st_transform(c.geom, 4326)
                      and st_dwithin(p.geom::geography, st_transform(c.geom, 4326)::geography, 1))
 order by c.j, c.i
 limit 100000;
