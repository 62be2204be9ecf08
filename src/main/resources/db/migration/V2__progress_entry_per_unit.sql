-- A target reported by a group of units (the 16 towns, townships and subdistricts) is reported by each member for
-- itself; the target's figure adds the members' shares. Each entry therefore names the unit whose figure it is.
alter table progress_entry add column unit_id bigint references org_unit (id);

update progress_entry e
   set unit_id = case when u.kind = 'GROUP' then coalesce(e.author_unit_id, t.reporter_unit_id) else t.reporter_unit_id end
  from target t
  join org_unit u on u.id = t.reporter_unit_id
 where t.id = e.target_id;

alter table progress_entry alter column unit_id set not null;

-- keep only one current entry per share; older duplicates (if two members wrote into one group figure) become history
update progress_entry e
   set superseded_at = now()
 where e.superseded_at is null
   and exists (select 1 from progress_entry later
                where later.target_id = e.target_id and later.month = e.month and later.unit_id = e.unit_id
                  and later.superseded_at is null and later.id > e.id);

drop index progress_entry_current;
create unique index progress_entry_current on progress_entry (target_id, month, unit_id) where superseded_at is null;
