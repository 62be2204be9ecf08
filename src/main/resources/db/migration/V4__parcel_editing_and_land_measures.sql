-- Parcels become editable: who changed them, which plan tasks they serve. Land targets are computed from parcels by
-- measures kept as data (one row per computed target), loaded beside the target catalogue.

alter table parcel add column created_by varchar(64);
alter table parcel add column updated_by varchar(64);
create index parcel_live on parcel (deleted_at) where deleted_at is null;

-- a parcel serves one or more tasks of the plan; a task's detail shows its parcels on the map
create table parcel_task (
    parcel_id  bigint not null references parcel (id) on delete cascade,
    task_id    bigint not null references plan_task (id) on delete cascade,
    primary key (parcel_id, task_id)
);
create index parcel_task_task on parcel_task (task_id);

-- How a computed land target adds itself up: the parcels of a purpose whose zone is of one of the zone kinds, that
-- reached a status (or a later one) within the plan year. The figure is their geodesic area in mu.
create table land_measure (
    target_code   varchar(80) primary key,
    purpose       varchar(20) not null check (purpose in ('NEW_INDUSTRIAL', 'IDLE_LAND')),
    zone_kinds    varchar(20)[] not null,
    reached       varchar(20) not null,
    description_zh varchar(500),
    description_en varchar(500)
);
