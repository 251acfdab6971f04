-- modules/analyses/sources/duty-source.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- countDutyEntriesByType
select "l"."type", cast(count(*) as integer) as "n"
from "duty_logs" as "l"
where ("l"."town_id" in ($1)) and "l"."occurred_at" >= $2 and "l"."occurred_at" < $3
group by "l"."type";
