-- Every monthly report generated: those the month-end job produces (automatic, one per plan, month, language and
-- format, kept for download) and those a user asked for (any number, kept as the record of what was handed out).
-- The bytes live in the database like everything else of ActionMap, so that every app node serves the same files.
create table monthly_report (
    id            bigserial primary key,
    plan_id       bigint      not null references plan (id) on delete cascade,
    month         integer     not null check (month between 1 and 12),
    locale        varchar(16) not null,
    format        varchar(8)  not null check (format in ('PDF', 'XLSX')),
    content       bytea       not null,
    generated_at  timestamptz not null default now(),
    -- the user name of who asked for it, or 'automatic' for the month-end job
    generated_by  varchar(64) not null,
    automatic     boolean     not null
);

-- the month-end job's idempotence: one automatic report per plan, month, language and format, even with two nodes
create unique index monthly_report_automatic on monthly_report (plan_id, month, locale, format) where automatic;
create index monthly_report_plan on monthly_report (plan_id, month);
