-- modules/analyses/sources/disputes-source.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- countRedAlerts
select cast(count(distinct h.dispute_id) as integer) as "n"
from "dispute_risk_history" as "h"
inner join "disputes" as "d" on "d"."id" = "h"."dispute_id"
where ("d"."town_id" in ($1)) and "h"."grade" = $2 and "h"."at" >= $3 and "h"."at" < $4;
