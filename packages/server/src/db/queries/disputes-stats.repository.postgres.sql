-- modules/disputes/disputes-stats.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- countDisputeGroups (total)
select cast(count(*) as integer) as "count"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in ($1) or "d"."jurisdiction_id" in ($2, $3)) and (1 = 1 and "d"."created_at" >= $4 and "d"."created_at" < $5);

-- countDisputeGroups (by category)
select d.category as "grp", cast(count(*) as integer) as "count"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in ($1) or "d"."jurisdiction_id" in ($2, $3))
group by "grp";

-- countDisputeGroups (by risk)
select d.risk_grade as "grp", cast(count(*) as integer) as "count"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in ($1) or "d"."jurisdiction_id" in ($2, $3))
group by "grp";

-- countDisputeGroups (by village)
select (case when j.level in ('village', 'community') then j.id when j.level = 'group' then j.parent_id else $1 end) as "grp", cast(count(*) as integer) as "count"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in ($2) or "d"."jurisdiction_id" in ($3, $4))
group by "grp";

-- countDisputeGroups (by district)
select (case when j.level = 'district' then j.id when jp.level = 'district' then jp.id when jg.level = 'district' then jg.id else $1 end) as "grp", cast(count(*) as integer) as "count"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
left join "jurisdictions" as "jp" on "jp"."id" = "j"."parent_id"
left join "jurisdictions" as "jg" on "jg"."id" = "jp"."parent_id"
where ("d"."town_id" in ($2) or "d"."jurisdiction_id" in ($3, $4))
group by "grp";

-- countDisputeGroups (by month)
select (case when "d"."created_at" < $1 then cast($2 as varchar(7)) when "d"."created_at" < $3 then cast($4 as varchar(7)) else cast($5 as varchar(7)) end) as "grp", cast(count(*) as integer) as "count"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in ($6) or "d"."jurisdiction_id" in ($7, $8))
group by "grp";

-- countDisputeGroups (by risk and village)
select d.risk_grade as "grp", cast(count(*) as integer) as "count", (case when j.level in ('village', 'community') then j.id when j.level = 'group' then j.parent_id else $1 end) as "grp2"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in ($2) or "d"."jurisdiction_id" in ($3, $4))
group by "grp", "grp2";
