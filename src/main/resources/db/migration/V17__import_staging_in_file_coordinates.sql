-- Imports stream into the staging table with COPY (issue 7's benchmark: 100,000 polygons), in the file's own
-- coordinates: PostGIS reprojects them when they are read (ogr2ogr's -t_srs was several times slower), so the column
-- takes any SRID. No spatial index: a check that joins features builds one on its own copy, and keeping a GiST index
-- up to date row by row made loading twice as slow. Unlogged: staged rows are a working copy of an upload, which a
-- crash may lose without harm (the user uploads again), so they need not go through the write-ahead log.
drop index import_staging_geom;
alter table import_staging alter column geom type geometry;
alter table import_staging set unlogged;
