-- modules/duty/duty-stats.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- countDutyGroups (total)
select cast(count(*) as integer) as "count"
from "duty_logs" as "l"
inner join "jurisdictions" as "j" on "j"."id" = "l"."jurisdiction_id"
where ("l"."town_id" in (?) or "l"."jurisdiction_id" in (?, ?)) and "l"."occurred_at" >= ? and "l"."occurred_at" < ?;

-- countDutyGroups (district view by type)
select l.type as "grp", cast(count(*) as integer) as "count"
from "duty_logs" as "l"
inner join "jurisdictions" as "j" on "j"."id" = "l"."jurisdiction_id"
where ("l"."town_id" in (?) or "l"."jurisdiction_id" in (?, ?)) and "l"."occurred_at" >= ? and "l"."occurred_at" < ? and lower("j"."path") like lower(?) escape '\'
group by "grp";

-- countDutyGroups (by village)
select (case when j.level in ('village', 'community') then j.id when j.level = 'group' then j.parent_id else ? end) as "grp", cast(count(*) as integer) as "count"
from "duty_logs" as "l"
inner join "jurisdictions" as "j" on "j"."id" = "l"."jurisdiction_id"
where ("l"."town_id" in (?) or "l"."jurisdiction_id" in (?, ?)) and "l"."occurred_at" >= ? and "l"."occurred_at" < ?
group by "grp";

-- countDutyGroups (by district)
select (case when j.level = 'district' then j.id when jp.level = 'district' then jp.id when jg.level = 'district' then jg.id else ? end) as "grp", cast(count(*) as integer) as "count"
from "duty_logs" as "l"
inner join "jurisdictions" as "j" on "j"."id" = "l"."jurisdiction_id"
left join "jurisdictions" as "jp" on "jp"."id" = "j"."parent_id"
left join "jurisdictions" as "jg" on "jg"."id" = "jp"."parent_id"
where ("l"."town_id" in (?) or "l"."jurisdiction_id" in (?, ?)) and "l"."occurred_at" >= ? and "l"."occurred_at" < ?
group by "grp";

-- countDutyGroups (by month)
select cast(? as varchar(7)) as "grp", cast(count(*) as integer) as "count"
from "duty_logs" as "l"
inner join "jurisdictions" as "j" on "j"."id" = "l"."jurisdiction_id"
where ("l"."town_id" in (?) or "l"."jurisdiction_id" in (?, ?)) and "l"."occurred_at" >= ? and "l"."occurred_at" < ?
group by "grp";
