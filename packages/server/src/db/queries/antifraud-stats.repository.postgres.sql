-- modules/antifraud/antifraud-stats.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- countActivityGroups (total)
select cast(count(*) as integer) as "count"
from "antifraud_activities" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
left join "jurisdictions" as "jp" on "jp"."id" = "j"."parent_id"
left join "jurisdictions" as "jg" on "jg"."id" = "jp"."parent_id"
where ("r"."town_id" in ($1) or "r"."jurisdiction_id" in ($2, $3)) and "r"."day" >= $4 and "r"."day" <= $5;

-- countActivityGroups (village under a district)
select (case when j.level in ('village', 'community') then j.id when j.level = 'group' then j.parent_id else $1 end) as "grp", cast(count(*) as integer) as "count"
from "antifraud_activities" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
left join "jurisdictions" as "jp" on "jp"."id" = "j"."parent_id"
left join "jurisdictions" as "jg" on "jg"."id" = "jp"."parent_id"
where ("r"."town_id" in ($2) or "r"."jurisdiction_id" in ($3, $4)) and "r"."day" >= $5 and "r"."day" <= $6 and lower("j"."path") like lower($7) escape '\'
group by "grp";

-- countActivityGroups (district)
select (case when j.level = 'district' then j.id when jp.level = 'district' then jp.id when jg.level = 'district' then jg.id else $1 end) as "grp", cast(count(*) as integer) as "count"
from "antifraud_activities" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
left join "jurisdictions" as "jp" on "jp"."id" = "j"."parent_id"
left join "jurisdictions" as "jg" on "jg"."id" = "jp"."parent_id"
where ("r"."town_id" in ($2) or "r"."jurisdiction_id" in ($3, $4)) and "r"."day" >= $5 and "r"."day" <= $6
group by "grp";

-- countActivityGroups (category)
select r.type as "grp", cast(count(*) as integer) as "count"
from "antifraud_activities" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
left join "jurisdictions" as "jp" on "jp"."id" = "j"."parent_id"
left join "jurisdictions" as "jg" on "jg"."id" = "jp"."parent_id"
where ("r"."town_id" in ($1) or "r"."jurisdiction_id" in ($2, $3)) and "r"."day" >= $4 and "r"."day" <= $5
group by "grp";

-- countActivityGroups (month)
select substr(r.day, 1, 7) as "grp", cast(count(*) as integer) as "count"
from "antifraud_activities" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
left join "jurisdictions" as "jp" on "jp"."id" = "j"."parent_id"
left join "jurisdictions" as "jg" on "jg"."id" = "jp"."parent_id"
where ("r"."town_id" in ($1) or "r"."jurisdiction_id" in ($2, $3)) and "r"."day" >= $4 and "r"."day" <= $5
group by "grp";

-- countFraudCaseGroups (total)
select cast(count(*) as integer) as "count"
from "fraud_cases" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
left join "jurisdictions" as "jp" on "jp"."id" = "j"."parent_id"
left join "jurisdictions" as "jg" on "jg"."id" = "jp"."parent_id"
where ("r"."town_id" in ($1) or "r"."jurisdiction_id" in ($2, $3)) and "r"."day" >= $4 and "r"."day" <= $5;

-- countFraudCaseGroups (category)
select r.type as "grp", cast(count(*) as integer) as "count"
from "fraud_cases" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
left join "jurisdictions" as "jp" on "jp"."id" = "j"."parent_id"
left join "jurisdictions" as "jg" on "jg"."id" = "jp"."parent_id"
where ("r"."town_id" in ($1) or "r"."jurisdiction_id" in ($2, $3)) and "r"."day" >= $4 and "r"."day" <= $5
group by "grp";

-- findLastFraudCaseDay (town)
select max("r"."day") as "day"
from "fraud_cases" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
where ("r"."town_id" in ($1) or "r"."jurisdiction_id" in ($2, $3)) and "r"."day" <= $4;

-- findLastFraudCaseDay (village)
select max("r"."day") as "day"
from "fraud_cases" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
where ("r"."town_id" in ($1) or "r"."jurisdiction_id" in ($2, $3)) and "r"."day" <= $4 and lower("j"."path") like lower($5) escape '\';
