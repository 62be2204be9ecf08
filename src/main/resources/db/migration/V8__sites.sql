-- The plan's other physical objects ("sites"): technical-transformation and key projects, markets, inspection centres,
-- cogeneration plants, heating networks (built: planned -> under construction -> completed) and investment-promotion
-- stations in other cities (planned -> open). A site is a point or a polygon in EPSG:4326; a polygon's geodesic area
-- is stored with it. The township comes from the township outlines; a station in another city has none. Same
-- conventions as parcels and power projects: versions, who changed it, soft delete.

create table site (
    id                  bigserial primary key,
    code                varchar(40)  not null unique,
    name_zh             varchar(200) not null,
    name_en             varchar(200) not null,
    kind                varchar(30)  not null check (kind in ('TECH_TRANSFORMATION', 'KEY_PROJECT', 'TEXTILE_MARKET',
                                                              'QUALITY_CENTRE', 'COGENERATION', 'HEATING_NETWORK',
                                                              'INVESTMENT_STATION')),
    status              varchar(30)  not null check (status in ('PLANNED', 'UNDER_CONSTRUCTION', 'COMPLETED', 'OPEN')),
    started_on          date,
    completed_on        date,
    opened_on           date,
    responsible_unit_id bigint       not null references org_unit (id),
    township_id         bigint references org_unit (id),
    area_m2             double precision,
    illustrative        boolean      not null default false,
    notes               varchar(2000),
    geom                geometry(Geometry, 4326) not null
                        check (geometrytype(geom) in ('POINT', 'POLYGON', 'MULTIPOLYGON')),
    version             integer      not null default 0,
    created_at          timestamptz  not null default now(),
    created_by          varchar(64),
    updated_at          timestamptz  not null default now(),
    updated_by          varchar(64),
    deleted_at          timestamptz,
    deleted_by          varchar(64),
    -- a station opens, everything else is built; each status carries the dates that lead to it and no others
    check (case when kind = 'INVESTMENT_STATION' then status in ('PLANNED', 'OPEN') and started_on is null
                                                    and completed_on is null
                else status <> 'OPEN' and opened_on is null end),
    check ((status in ('UNDER_CONSTRUCTION', 'COMPLETED')) = (started_on is not null)),
    check ((status = 'COMPLETED') = (completed_on is not null)),
    check ((status = 'OPEN') = (opened_on is not null)),
    check (completed_on is null or completed_on >= started_on),
    check ((geometrytype(geom) = 'POINT') = (area_m2 is null))
);
create index site_geom on site using gist (geom);
create index site_live on site (deleted_at) where deleted_at is null;

-- a site serves one or more tasks of the plan; a task's page shows its sites on the map
create table site_task (
    site_id  bigint not null references site (id) on delete cascade,
    task_id  bigint not null references plan_task (id) on delete cascade,
    primary key (site_id, task_id)
);
create index site_task_task on site_task (task_id);

-- How a computed target counts sites: those of the kinds listed that, within the plan year up to the reporting date,
-- were under way (started, not completed before the year), were completed, or were open. Each counts 1.
create table site_measure (
    target_code     varchar(80) primary key,
    kinds           varchar(30)[] not null,
    counts          varchar(20) not null check (counts in ('UNDER_WAY', 'COMPLETED', 'OPEN')),
    description_zh  varchar(500),
    description_en  varchar(500)
);
