-- The power supply bureau's grid projects: substations (points) with dated milestones, power lines with their
-- geodesic length, rural distribution areas. Same conventions as parcels: EPSG:4326, versions, soft delete.

create table substation (
    id            bigserial primary key,
    code          varchar(40)  not null unique,
    name_zh       varchar(200) not null,
    name_en       varchar(200) not null,
    voltage_kv    integer      not null check (voltage_kv in (110, 220, 500)),
    kind          varchar(20)  not null check (kind in ('NEW', 'EXPANSION')),
    capacity_mva  numeric(10, 1),
    illustrative  boolean      not null default false,
    notes         varchar(2000),
    geom          geometry(Point, 4326) not null,
    version       integer      not null default 0,
    updated_at    timestamptz  not null default now(),
    updated_by    varchar(64),
    deleted_at    timestamptz
);
create index substation_geom on substation using gist (geom);

-- planned against actual: "construction started: planned 2011-06-30, actually 2011-07-12"
create table substation_milestone (
    substation_id bigint      not null references substation (id) on delete cascade,
    milestone     varchar(30) not null check (milestone in ('PLANNED', 'APPROVED', 'CONSTRUCTION_STARTED',
                                                            'COMPLETED', 'IN_OPERATION')),
    planned_on    date,
    actual_on     date,
    note          varchar(1000),
    recorded_by   varchar(64),
    primary key (substation_id, milestone)
);

create table power_line (
    id            bigserial primary key,
    code          varchar(40)  not null unique,
    name_zh       varchar(200) not null,
    name_en       varchar(200) not null,
    voltage_kv    integer      not null check (voltage_kv in (10, 110, 500)),
    kind          varchar(20)  not null check (kind in ('NEW', 'RENOVATION')),
    status        varchar(30)  not null check (status in ('PLANNED', 'UNDER_CONSTRUCTION', 'COMPLETED')),
    completed_on  date,
    length_m      double precision not null,
    illustrative  boolean      not null default false,
    notes         varchar(2000),
    geom          geometry(MultiLineString, 4326) not null,
    version       integer      not null default 0,
    updated_at    timestamptz  not null default now(),
    updated_by    varchar(64),
    deleted_at    timestamptz,
    check ((status = 'COMPLETED') = (completed_on is not null))
);
create index power_line_geom on power_line using gist (geom);

-- How a computed power target counts: a milestone of one substation, or lines of a voltage completed in the year
create table power_measure (
    target_code      varchar(80) primary key,
    feature          varchar(20) not null check (feature in ('SUBSTATION', 'POWER_LINE')),
    substation_code  varchar(40),
    milestone        varchar(30),
    voltage_kv       integer,
    quantity         varchar(20) not null check (quantity in ('COUNT', 'LENGTH_KM')),
    description_zh   varchar(500),
    description_en   varchar(500)
);
