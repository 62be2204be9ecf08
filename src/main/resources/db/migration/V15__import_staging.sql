-- Survey files being imported (issue 7): ogr2ogr reads the file and reprojects it to EPSG:4326, the app loads the
-- features here, PostGIS checks them and the owning module's service writes them in one transaction. Rows live from
-- the upload until the import is committed, cancelled or abandoned (swept after a day).
create table import_staging (
    import_id  uuid        not null,
    feature_no integer     not null,
    properties jsonb       not null default '{}'::jsonb,
    geom       geometry(Geometry, 4326),
    created_at timestamptz not null default now(),
    primary key (import_id, feature_no)
);

create index import_staging_geom on import_staging using gist (geom);
create index import_staging_created on import_staging (created_at);
