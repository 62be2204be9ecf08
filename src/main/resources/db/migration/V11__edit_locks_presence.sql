-- Who edits what, and who looks at what, kept in the database so that every app node sees the same: an edit lock
-- is a lease renewed while the editor works; presence is a heartbeat per open page. Both expire by themselves when
-- a browser goes away without saying so.

create table edit_lock (
    kind                 varchar(30)  not null,
    object_id            bigint       not null,
    code                 varchar(80)  not null,
    token                uuid         not null unique,
    holder               varchar(64)  not null,
    holder_name          varchar(100) not null,
    holder_unit_id       bigint references org_unit (id),
    acquired_at          timestamptz  not null default now(),
    expires_at           timestamptz  not null,
    takeover_by          varchar(64),
    takeover_by_name     varchar(100),
    takeover_at          timestamptz,
    -- set when the holder agreed: only this user may take the lock until it expires
    granted_to           varchar(64),
    primary key (kind, object_id)
);

create table presence (
    token         uuid         primary key,
    username      varchar(64)  not null,
    display_name  varchar(100) not null,
    unit_id       bigint references org_unit (id),
    subject_kind  varchar(30)  not null,
    subject_key   varchar(80)  not null,
    seen_at       timestamptz  not null default now()
);
create index presence_subject on presence (subject_kind, subject_key, seen_at);
