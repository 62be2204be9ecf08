-- Organisation units, users, the plan with its tasks, requirements, targets and progress entries.

create table org_unit (
    id          bigserial primary key,
    code        varchar(64)  not null unique,
    kind        varchar(16)  not null check (kind in ('BUREAU', 'ZONE', 'TOWNSHIP', 'GROUP', 'OTHER')),
    parent_id   bigint references org_unit (id),
    nbs_code    varchar(12),
    name_zh     varchar(200) not null,
    name_en     varchar(200) not null,
    enabled     boolean      not null default true,
    version     integer      not null default 0
);

-- How plan documents write a unit's name; matched after normalisation (OrgUnitNames.normalize).
create table org_unit_alias (
    unit_id     bigint       not null references org_unit (id) on delete cascade,
    alias       varchar(300) not null,
    primary key (unit_id, alias)
);
create unique index org_unit_alias_unique on org_unit_alias (alias);

create table app_user (
    id             bigserial primary key,
    username       varchar(64)  not null unique,
    password_hash  varchar(100) not null,
    display_name   varchar(100) not null,
    role           varchar(16)  not null check (role in ('ADMIN', 'LEADER', 'STAFF')),
    unit_id        bigint references org_unit (id),
    locale         varchar(16)  not null default 'zh-CN',
    enabled        boolean      not null default true,
    created_at     timestamptz  not null default now(),
    version        integer      not null default 0,
    constraint staff_has_unit check (role <> 'STAFF' or unit_id is not null)
);

create table plan (
    id               bigserial primary key,
    year             integer      not null unique,
    title_zh         varchar(300) not null,
    title_en         varchar(300) not null,
    editor_line      text,
    source_document  text         not null,
    loaded_at        timestamptz  not null default now(),
    loaded_by        varchar(64)  not null
);

create table plan_task (
    id        bigserial primary key,
    plan_id   bigint  not null references plan (id) on delete cascade,
    number    integer not null,
    title_en  text    not null,
    title_zh  text,
    unique (plan_id, number)
);

create table plan_task_unit (
    task_id  bigint      not null references plan_task (id) on delete cascade,
    unit_id  bigint      not null references org_unit (id),
    role     varchar(16) not null check (role in ('RESPONSIBLE', 'COOPERATING')),
    position integer     not null,
    primary key (task_id, unit_id, role)
);

create table requirement (
    id       bigserial primary key,
    task_id  bigint  not null references plan_task (id) on delete cascade,
    number   integer not null,
    text     text    not null,
    line     integer not null,
    unique (task_id, number)
);

create table target (
    id                bigserial primary key,
    plan_id           bigint         not null references plan (id) on delete cascade,
    task_id           bigint         not null references plan_task (id) on delete cascade,
    requirement_id    bigint         not null references requirement (id) on delete cascade,
    code              varchar(80)    not null,
    position          integer        not null,
    name_zh           varchar(200)   not null,
    name_en           varchar(200)   not null,
    unit              varchar(60)    not null,
    unit_zh           varchar(30)    not null,
    comparator        varchar(16)    not null check (comparator in ('AT_LEAST', 'AT_MOST', 'EXACTLY', 'RANGE', 'ZERO_GROWTH')),
    target_value      numeric(24, 4) not null,
    max_value         numeric(24, 4),
    stretch_value     numeric(24, 4),
    measure           varchar(16)    not null check (measure in ('REPORTED', 'COMPUTED')),
    map_source        varchar(30),
    accumulation      varchar(16)    not null check (accumulation in ('SUM_OF_MONTHS', 'YEAR_TO_DATE', 'LEVEL')),
    reporter_unit_id  bigint         not null references org_unit (id),
    source_phrase     text           not null,
    unique (plan_id, code),
    constraint range_has_max check (comparator <> 'RANGE' or max_value is not null)
);

create table target_breakdown (
    target_id  bigint         not null references target (id) on delete cascade,
    unit_id    bigint         not null references org_unit (id),
    value      numeric(24, 4) not null,
    primary key (target_id, unit_id)
);

-- A correction never overwrites: the earlier entry is kept, marked superseded, with its author and time.
create table progress_entry (
    id              bigserial primary key,
    target_id       bigint         not null references target (id) on delete cascade,
    month           integer        not null check (month between 1 and 12),
    value           numeric(24, 4) not null,
    note            varchar(2000),
    author_id       bigint         not null references app_user (id),
    author_name     varchar(100)   not null,
    author_unit_id  bigint references org_unit (id),
    created_at      timestamptz    not null default now(),
    superseded_at   timestamptz,
    superseded_by   bigint references progress_entry (id)
);
create unique index progress_entry_current on progress_entry (target_id, month) where superseded_at is null;
create index progress_entry_target on progress_entry (target_id);
