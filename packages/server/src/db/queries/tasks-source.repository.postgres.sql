-- modules/analyses/sources/tasks-source.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- countTaskFigures
select cast(sum(case when t.created_at >= $1 and t.created_at < $2 then 1 else 0 end) as integer) as "assigned", cast(sum(case when t.done_at >= $3 and t.done_at < $4 then 1 else 0 end) as integer) as "done", cast(sum(case when t.state in ($5) and t.due_on < $6 then 1 else 0 end) as integer) as "overdue"
from "tasks" as "t"
where ("t"."town_id" in ($7));
