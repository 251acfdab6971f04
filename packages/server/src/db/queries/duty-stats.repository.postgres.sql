-- modules/duty/duty-stats.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- countDutyGroups (total)
select cast(count(*) as integer) as "count"
from "duty_logs" as "l"
inner join "jurisdictions" as "j" on "j"."id" = "l"."jurisdiction_id"
where ("l"."town_id" in ($1) or "l"."jurisdiction_id" in ($2, $3)) and "l"."occurred_at" >= $4 and "l"."occurred_at" < $5;

-- countDutyGroups (district view by type)
select l.type as "grp", cast(count(*) as integer) as "count"
from "duty_logs" as "l"
inner join "jurisdictions" as "j" on "j"."id" = "l"."jurisdiction_id"
where ("l"."town_id" in ($1) or "l"."jurisdiction_id" in ($2, $3)) and "l"."occurred_at" >= $4 and "l"."occurred_at" < $5 and lower("j"."path") like lower($6) escape '\'
group by "grp";

-- countDutyGroups (by village)
select (case when j.level in ('village', 'community') then j.id when j.level = 'group' then j.parent_id else $1 end) as "grp", cast(count(*) as integer) as "count"
from "duty_logs" as "l"
inner join "jurisdictions" as "j" on "j"."id" = "l"."jurisdiction_id"
where ("l"."town_id" in ($2) or "l"."jurisdiction_id" in ($3, $4)) and "l"."occurred_at" >= $5 and "l"."occurred_at" < $6
group by "grp";

-- countDutyGroups (by district)
select (case when j.level = 'district' then j.id when jp.level = 'district' then jp.id when jg.level = 'district' then jg.id else $1 end) as "grp", cast(count(*) as integer) as "count"
from "duty_logs" as "l"
inner join "jurisdictions" as "j" on "j"."id" = "l"."jurisdiction_id"
left join "jurisdictions" as "jp" on "jp"."id" = "j"."parent_id"
left join "jurisdictions" as "jg" on "jg"."id" = "jp"."parent_id"
where ("l"."town_id" in ($2) or "l"."jurisdiction_id" in ($3, $4)) and "l"."occurred_at" >= $5 and "l"."occurred_at" < $6
group by "grp";

-- countDutyGroups (by month)
select cast($1 as varchar(7)) as "grp", cast(count(*) as integer) as "count"
from "duty_logs" as "l"
inner join "jurisdictions" as "j" on "j"."id" = "l"."jurisdiction_id"
where ("l"."town_id" in ($2) or "l"."jurisdiction_id" in ($3, $4)) and "l"."occurred_at" >= $5 and "l"."occurred_at" < $6
group by "grp";
