-- A feature's status as it stood on a date, from the dates its steps carry (a parcel's status steps, a substation's
-- actual milestone dates, a site's or line's start, completion and opening dates). The leaders' overview replays the
-- plan year month by month with these, and the monthly report prints each month's maps with them. One definition in
-- the database, so that the tiles, the GeoJSON and the report can never disagree.

-- The last step of its workflow a parcel had reached by the date; the workflow's first status before any dated step.
create function parcel_status_as_of(p_id bigint, p_purpose varchar, d date) returns varchar
    language sql stable as $$
    select coalesce(
        (select s.status from parcel_status_step s
          where s.parcel_id = p_id and s.reached_on <= d
          order by array_position(array['PLANNED', 'ACQUIRED', 'LEVELLED', 'SUPPLIED',
                                        'IDENTIFIED', 'IN_DISPOSAL', 'CLEARED']::varchar[], s.status) desc
          limit 1),
        case when p_purpose = 'IDLE_LAND' then 'IDENTIFIED' else 'PLANNED' end)
$$;

-- The last milestone a substation had actually reached by the date, or NONE.
create function substation_reached_as_of(s_id bigint, d date) returns varchar
    language sql stable as $$
    select coalesce(
        (select m.milestone from substation_milestone m
          where m.substation_id = s_id and m.actual_on is not null and m.actual_on <= d
          order by array_position(array['PLANNED', 'APPROVED', 'CONSTRUCTION_STARTED', 'COMPLETED',
                                        'IN_OPERATION']::varchar[], m.milestone) desc
          limit 1),
        'NONE')
$$;

-- A line or rural area is completed from its completion date; before it, a completed one was under construction.
create function work_status_as_of(status varchar, completed_on date, d date) returns varchar
    language sql immutable as $$
    select case when completed_on is not null and completed_on <= d then 'COMPLETED'
                when status = 'COMPLETED' then 'UNDER_CONSTRUCTION'
                else status end
$$;

-- A site by its dates: completed, under construction, open, or still planned on the date.
create function site_status_as_of(started_on date, completed_on date, opened_on date, d date) returns varchar
    language sql immutable as $$
    select case when completed_on is not null and completed_on <= d then 'COMPLETED'
                when started_on is not null and started_on <= d then 'UNDER_CONSTRUCTION'
                when opened_on is not null and opened_on <= d then 'OPEN'
                else 'PLANNED' end
$$;
