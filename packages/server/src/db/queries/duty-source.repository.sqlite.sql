-- modules/analyses/sources/duty-source.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- countDutyEntriesByType
select "l"."type", cast(count(*) as integer) as "n"
from "duty_logs" as "l"
where ("l"."town_id" in (?)) and "l"."occurred_at" >= ? and "l"."occurred_at" < ?
group by "l"."type";
