-- modules/analyses/sources/disputes-source.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- countRedAlerts
select cast(count(distinct h.dispute_id) as integer) as "n"
from "dispute_risk_history" as "h"
inner join "disputes" as "d" on "d"."id" = "h"."dispute_id"
where ("d"."town_id" in (?)) and "h"."grade" = ? and "h"."at" >= ? and "h"."at" < ?;
