-- modules/analyses/sources/tasks-source.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- countTaskFigures
select cast(sum(case when t.created_at >= ? and t.created_at < ? then 1 else 0 end) as integer) as "assigned", cast(sum(case when t.done_at >= ? and t.done_at < ? then 1 else 0 end) as integer) as "done", cast(sum(case when t.state in (?) and t.due_on < ? then 1 else 0 end) as integer) as "overdue"
from "tasks" as "t"
where ("t"."town_id" in (?));
