-- modules/analyses/sources/disputes-source.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- countNewDisputesByRisk
select "d"."risk_grade", cast(count(*) as integer) as "n", cast(sum(case when d.source = 'incident' then 1 else 0 end) as integer) as "from_incidents"
from "disputes" as "d"
where ("d"."town_id" in ($1)) and "d"."created_at" >= $2 and "d"."created_at" < $3
group by "d"."risk_grade";

-- countOverdueDisputes
select cast(count(*) as integer) as "n"
from "disputes" as "d"
where ("d"."town_id" in ($1)) and "d"."state" not in ($2, $3, $4) and "d"."created_at" < $5 and ("d"."overdue" = $6 or ("d"."state" in ($7, $8, $9, $10, $11, $12) and "d"."deadline_at" < $13));

-- countRedAlerts
select cast(count(distinct h.dispute_id) as integer) as "n"
from "dispute_risk_history" as "h"
inner join "disputes" as "d" on "d"."id" = "h"."dispute_id"
where ("d"."town_id" in ($1)) and "h"."grade" = $2 and "h"."at" >= $3 and "h"."at" < $4;
