-- modules/disputes/disputes-stats.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- countDisputeGroups (total)
select cast(count(*) as integer) as "count"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in (?) or "d"."jurisdiction_id" in (?, ?)) and (1 = 1 and "d"."created_at" >= ? and "d"."created_at" < ?);

-- countDisputeGroups (by category)
select d.category as "grp", cast(count(*) as integer) as "count"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in (?) or "d"."jurisdiction_id" in (?, ?))
group by "grp";

-- countDisputeGroups (by risk)
select d.risk_grade as "grp", cast(count(*) as integer) as "count"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in (?) or "d"."jurisdiction_id" in (?, ?))
group by "grp";

-- countDisputeGroups (by village)
select (case when j.level in ('village', 'community') then j.id when j.level = 'group' then j.parent_id else ? end) as "grp", cast(count(*) as integer) as "count"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in (?) or "d"."jurisdiction_id" in (?, ?))
group by "grp";

-- countDisputeGroups (by district)
select (case when j.level = 'district' then j.id when jp.level = 'district' then jp.id when jg.level = 'district' then jg.id else ? end) as "grp", cast(count(*) as integer) as "count"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
left join "jurisdictions" as "jp" on "jp"."id" = "j"."parent_id"
left join "jurisdictions" as "jg" on "jg"."id" = "jp"."parent_id"
where ("d"."town_id" in (?) or "d"."jurisdiction_id" in (?, ?))
group by "grp";

-- countDisputeGroups (by month)
select (case when "d"."created_at" < ? then cast(? as varchar(7)) when "d"."created_at" < ? then cast(? as varchar(7)) else cast(? as varchar(7)) end) as "grp", cast(count(*) as integer) as "count"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in (?) or "d"."jurisdiction_id" in (?, ?))
group by "grp";

-- countDisputeGroups (by risk and village)
select d.risk_grade as "grp", cast(count(*) as integer) as "count", (case when j.level in ('village', 'community') then j.id when j.level = 'group' then j.parent_id else ? end) as "grp2"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in (?) or "d"."jurisdiction_id" in (?, ?))
group by "grp", "grp2";
