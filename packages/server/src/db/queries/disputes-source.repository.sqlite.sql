-- modules/analyses/sources/disputes-source.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- countNewDisputesByRisk
select "d"."risk_grade", cast(count(*) as integer) as "n", cast(sum(case when d.source = 'incident' then 1 else 0 end) as integer) as "from_incidents"
from "disputes" as "d"
where ("d"."town_id" in (?)) and "d"."created_at" >= ? and "d"."created_at" < ?
group by "d"."risk_grade";

-- countOverdueDisputes
select cast(count(*) as integer) as "n"
from "disputes" as "d"
where ("d"."town_id" in (?)) and "d"."state" not in (?, ?, ?) and "d"."created_at" < ? and ("d"."overdue" = ? or ("d"."state" in (?, ?, ?, ?, ?, ?) and "d"."deadline_at" < ?));

-- countRedAlerts
select cast(count(distinct h.dispute_id) as integer) as "n"
from "dispute_risk_history" as "h"
inner join "disputes" as "d" on "d"."id" = "h"."dispute_id"
where ("d"."town_id" in (?)) and "h"."grade" = ? and "h"."at" >= ? and "h"."at" < ?;
