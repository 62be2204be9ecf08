-- The power supply bureau draws and edits its substations and lines on the map, deletes them (an administrator
-- restores them) and keeps a photo with a milestone reached. Who deleted is kept as for parcels.

alter table substation add column deleted_by varchar(64);
alter table power_line add column deleted_by varchar(64);

-- One photo per milestone (a newer one replaces it), kept apart so that reading timelines never loads images.
create table substation_milestone_photo (
    substation_id bigint       not null,
    milestone     varchar(30)  not null,
    file_name     varchar(200) not null,
    content_type  varchar(40)  not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
    bytes         bytea        not null,
    uploaded_by   varchar(64)  not null,
    uploaded_at   timestamptz  not null default now(),
    primary key (substation_id, milestone),
    foreign key (substation_id, milestone) references substation_milestone (substation_id, milestone) on delete cascade
);
