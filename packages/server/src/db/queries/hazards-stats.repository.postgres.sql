-- modules/hazards/hazards-stats.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- countHazardGroups (found, total)
select cast(count(*) as integer) as "count"
from "hazards" as "h"
inner join "jurisdictions" as "j" on "j"."id" = "h"."jurisdiction_id"
where ("h"."town_id" in ($1) or "h"."jurisdiction_id" in ($2, $3)) and "h"."reported_at" >= $4 and "h"."reported_at" < $5;

-- countHazardGroups (fixed in a district by source)
select h.source as "grp", cast(count(*) as integer) as "count"
from "hazards" as "h"
inner join "jurisdictions" as "j" on "j"."id" = "h"."jurisdiction_id"
where ("h"."town_id" in ($1) or "h"."jurisdiction_id" in ($2, $3)) and "h"."state" = $4 and "h"."verified_at" >= $5 and "h"."verified_at" < $6 and lower("j"."path") like lower($7) escape '\'
group by "grp";

-- countHazardGroups (fixed by month)
select cast($1 as varchar(7)) as "grp", cast(count(*) as integer) as "count"
from "hazards" as "h"
inner join "jurisdictions" as "j" on "j"."id" = "h"."jurisdiction_id"
where ("h"."town_id" in ($2) or "h"."jurisdiction_id" in ($3, $4)) and "h"."state" = $5 and "h"."verified_at" >= $6 and "h"."verified_at" < $7
group by "grp";

-- countHazardGroups (overdue by district)
select (case when j.level = 'district' then j.id when jp.level = 'district' then jp.id when jg.level = 'district' then jg.id else $1 end) as "grp", cast(count(*) as integer) as "count"
from "hazards" as "h"
inner join "jurisdictions" as "j" on "j"."id" = "h"."jurisdiction_id"
left join "jurisdictions" as "jp" on "jp"."id" = "j"."parent_id"
left join "jurisdictions" as "jg" on "jg"."id" = "jp"."parent_id"
where ("h"."town_id" in ($2) or "h"."jurisdiction_id" in ($3, $4)) and "h"."state" in ($5, $6) and "h"."due_on" < $7
group by "grp";

-- countHazardGroups (overdue by village)
select (case when j.level in ('village', 'community') then j.id when j.level = 'group' then j.parent_id else $1 end) as "grp", cast(count(*) as integer) as "count"
from "hazards" as "h"
inner join "jurisdictions" as "j" on "j"."id" = "h"."jurisdiction_id"
where ("h"."town_id" in ($2) or "h"."jurisdiction_id" in ($3, $4)) and "h"."state" in ($5, $6) and "h"."due_on" < $7
group by "grp";
