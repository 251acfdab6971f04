-- modules/hazards/hazards-stats.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- countHazardGroups (found, total)
select cast(count(*) as integer) as "count"
from "hazards" as "h"
inner join "jurisdictions" as "j" on "j"."id" = "h"."jurisdiction_id"
where ("h"."town_id" in (?) or "h"."jurisdiction_id" in (?, ?)) and "h"."reported_at" >= ? and "h"."reported_at" < ?;

-- countHazardGroups (fixed in a district by source)
select h.source as "grp", cast(count(*) as integer) as "count"
from "hazards" as "h"
inner join "jurisdictions" as "j" on "j"."id" = "h"."jurisdiction_id"
where ("h"."town_id" in (?) or "h"."jurisdiction_id" in (?, ?)) and "h"."state" = ? and "h"."verified_at" >= ? and "h"."verified_at" < ? and lower("j"."path") like lower(?) escape '\'
group by "grp";

-- countHazardGroups (fixed by month)
select cast(? as varchar(7)) as "grp", cast(count(*) as integer) as "count"
from "hazards" as "h"
inner join "jurisdictions" as "j" on "j"."id" = "h"."jurisdiction_id"
where ("h"."town_id" in (?) or "h"."jurisdiction_id" in (?, ?)) and "h"."state" = ? and "h"."verified_at" >= ? and "h"."verified_at" < ?
group by "grp";

-- countHazardGroups (overdue by district)
select (case when j.level = 'district' then j.id when jp.level = 'district' then jp.id when jg.level = 'district' then jg.id else ? end) as "grp", cast(count(*) as integer) as "count"
from "hazards" as "h"
inner join "jurisdictions" as "j" on "j"."id" = "h"."jurisdiction_id"
left join "jurisdictions" as "jp" on "jp"."id" = "j"."parent_id"
left join "jurisdictions" as "jg" on "jg"."id" = "jp"."parent_id"
where ("h"."town_id" in (?) or "h"."jurisdiction_id" in (?, ?)) and "h"."state" in (?, ?) and "h"."due_on" < ?
group by "grp";

-- countHazardGroups (overdue by village)
select (case when j.level in ('village', 'community') then j.id when j.level = 'group' then j.parent_id else ? end) as "grp", cast(count(*) as integer) as "count"
from "hazards" as "h"
inner join "jurisdictions" as "j" on "j"."id" = "h"."jurisdiction_id"
where ("h"."town_id" in (?) or "h"."jurisdiction_id" in (?, ?)) and "h"."state" in (?, ?) and "h"."due_on" < ?
group by "grp";
