-- Rural distribution areas (台区) the power supply bureau renovates or adds: a point each (the transformer's place),
-- with a status and the date the work was completed. The plan counts them (246 in 2011).

create table rural_area (
    id            bigserial primary key,
    code          varchar(40)  not null unique,
    name          varchar(200) not null,
    kind          varchar(20)  not null check (kind in ('RENOVATED', 'ADDED')),
    status        varchar(30)  not null check (status in ('PLANNED', 'UNDER_CONSTRUCTION', 'COMPLETED')),
    completed_on  date,
    township_id   bigint references org_unit (id),
    illustrative  boolean      not null default false,
    geom          geometry(Point, 4326) not null,
    version       integer      not null default 0,
    updated_at    timestamptz  not null default now(),
    updated_by    varchar(64),
    deleted_at    timestamptz,
    check ((status = 'COMPLETED') = (completed_on is not null))
);
create index rural_area_geom on rural_area using gist (geom);

alter table power_measure drop constraint power_measure_feature_check;
alter table power_measure add constraint power_measure_feature_check check (feature in ('SUBSTATION', 'POWER_LINE', 'RURAL_AREA'));
