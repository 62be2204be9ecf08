-- Every change of a feature or a figure, written in the same transaction as the change itself: who (and of which
-- unit), when, what was done to which object, and the object's state after it. The history of an object, its state
-- "as of" a date and the activity feeds are read from here; nothing is ever updated or deleted.

create table change_log (
    id             bigserial primary key,
    at             timestamptz  not null default clock_timestamp(),
    actor          varchar(64),
    actor_name     varchar(100),
    actor_unit_id  bigint references org_unit (id),
    kind           varchar(30)  not null,
    object_id      bigint       not null,
    code           varchar(80)  not null,
    -- the object's name as the feed shows it, in both languages (a parcel's name, a target's name)
    label_zh       varchar(300),
    label_en       varchar(300),
    action         varchar(30)  not null,
    snapshot       jsonb
);
create index change_log_object on change_log (kind, object_id, at);
create index change_log_at on change_log (at desc);
create index change_log_unit on change_log (actor_unit_id, at desc);
