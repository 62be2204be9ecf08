-- Zones (EDZ areas, township industrial parks, township outlines) and parcels, stored in EPSG:4326 (WGS84
-- longitude/latitude; CGCS2000 differs by centimetres). Areas are geodesic square metres, computed by PostGIS at
-- every save and stored, so that reports never recompute them. Needs the postgis extension (created by ./actionmap).

create table zone (
    id            bigserial primary key,
    code          varchar(40)  not null unique,
    kind          varchar(20)  not null check (kind in ('EDZ_AREA', 'TOWNSHIP_PARK', 'TOWNSHIP')),
    name_zh       varchar(200) not null,
    name_en       varchar(200) not null,
    unit_id       bigint references org_unit (id),
    illustrative  boolean      not null default false,
    area_m2       double precision not null,
    geom          geometry(MultiPolygon, 4326) not null
);
create index zone_geom on zone using gist (geom);

create table parcel (
    id            bigserial primary key,
    code          varchar(40)  not null unique,
    name          varchar(200) not null,
    land_use      varchar(40)  not null,
    purpose       varchar(20)  not null check (purpose in ('NEW_INDUSTRIAL', 'IDLE_LAND')),
    status        varchar(20)  not null check (status in ('PLANNED', 'ACQUIRED', 'LEVELLED', 'SUPPLIED',
                                                          'IDENTIFIED', 'IN_DISPOSAL', 'CLEARED')),
    zone_id       bigint references zone (id),
    township_id   bigint references org_unit (id),
    area_m2       double precision not null,
    illustrative  boolean      not null default false,
    notes         varchar(2000),
    geom          geometry(MultiPolygon, 4326) not null,
    version       integer      not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    deleted_at    timestamptz,
    deleted_by    varchar(64)
);
create index parcel_geom on parcel using gist (geom);
create index parcel_zone on parcel (zone_id);

-- the date each status was reached: "levelled on 2011-05-12"
create table parcel_status_step (
    parcel_id   bigint      not null references parcel (id) on delete cascade,
    status      varchar(20) not null,
    reached_on  date        not null,
    primary key (parcel_id, status)
);
