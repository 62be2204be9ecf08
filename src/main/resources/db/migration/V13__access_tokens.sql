-- Personal access tokens for desktop GIS clients (QGIS, GDAL) that cannot sign in through the portal's form: a user
-- creates, names and revokes them; they read what the user reads (see docs/decisions/0009). Only a SHA-256 hash of
-- the token is stored: the token itself is shown once, at creation. A revoked token is kept (revoked_at) so that the
-- list of a user's tokens and their last use stay explainable.

create table access_token (
    id            bigserial    primary key,
    user_id       bigint       not null references app_user (id) on delete cascade,
    name          varchar(100) not null,
    token_hash    char(64)     not null unique,   -- hex SHA-256 of the whole token
    token_prefix  varchar(16)  not null,          -- the token's first characters, to tell tokens apart in the list
    created_at    timestamptz  not null default now(),
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index access_token_user on access_token (user_id) where revoked_at is null;
-- a name tells a user's live tokens apart ("QGIS laptop")
create unique index access_token_name on access_token (user_id, lower(name)) where revoked_at is null;
