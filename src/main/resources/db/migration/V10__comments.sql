-- Comment threads on any object of the plan, named by kind and key (task 1, target T-03, parcel DS-07): the comments
-- module knows no domain, so the subject is not a foreign key. The author's name and unit are kept as they were when
-- the comment was written, like the change log does; an author removes their own comment by setting deleted_at.

create table comment (
    id              bigserial primary key,
    subject_kind    varchar(30)  not null,
    subject_key     varchar(80)  not null,
    author          varchar(64)  not null,
    author_id       bigint       not null references app_user (id),
    author_name     varchar(100) not null,
    author_unit_id  bigint references org_unit (id),
    text            text         not null check (char_length(text) between 1 and 2000),
    created_at      timestamptz  not null default clock_timestamp(),
    deleted_at      timestamptz
);
create index comment_thread on comment (subject_kind, subject_key, created_at) where deleted_at is null;

-- Who a comment mentions (a user or a whole unit) and where in the text, so that the thread highlights exactly what
-- was recognised when it was posted, whatever is renamed later.
create table comment_mention (
    id          bigserial primary key,
    comment_id  bigint  not null references comment (id) on delete cascade,
    user_id     bigint references app_user (id),
    unit_id     bigint references org_unit (id),
    start_at    integer not null check (start_at >= 0),
    length      integer not null check (length > 0),
    constraint mention_of_one check ((user_id is null) <> (unit_id is null))
);
create index comment_mention_comment on comment_mention (comment_id);

-- One notification per mentioned person and comment, however often (by name and through their unit) they were named.
create table notification (
    id            bigserial primary key,
    recipient_id  bigint      not null references app_user (id),
    comment_id    bigint      not null references comment (id) on delete cascade,
    created_at    timestamptz not null default clock_timestamp(),
    read_at       timestamptz,
    unique (recipient_id, comment_id)
);
create index notification_unread on notification (recipient_id, created_at desc) where read_at is null;
