-- modules/antifraud/antifraud-stats.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- countActivityGroups (total)
select cast(count(*) as integer) as "count"
from "antifraud_activities" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
left join "jurisdictions" as "jp" on "jp"."id" = "j"."parent_id"
left join "jurisdictions" as "jg" on "jg"."id" = "jp"."parent_id"
where ("r"."town_id" in (?) or "r"."jurisdiction_id" in (?, ?)) and "r"."day" >= ? and "r"."day" <= ?;

-- countActivityGroups (village under a district)
select (case when j.level in ('village', 'community') then j.id when j.level = 'group' then j.parent_id else ? end) as "grp", cast(count(*) as integer) as "count"
from "antifraud_activities" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
left join "jurisdictions" as "jp" on "jp"."id" = "j"."parent_id"
left join "jurisdictions" as "jg" on "jg"."id" = "jp"."parent_id"
where ("r"."town_id" in (?) or "r"."jurisdiction_id" in (?, ?)) and "r"."day" >= ? and "r"."day" <= ? and lower("j"."path") like lower(?) escape '\'
group by "grp";

-- countActivityGroups (district)
select (case when j.level = 'district' then j.id when jp.level = 'district' then jp.id when jg.level = 'district' then jg.id else ? end) as "grp", cast(count(*) as integer) as "count"
from "antifraud_activities" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
left join "jurisdictions" as "jp" on "jp"."id" = "j"."parent_id"
left join "jurisdictions" as "jg" on "jg"."id" = "jp"."parent_id"
where ("r"."town_id" in (?) or "r"."jurisdiction_id" in (?, ?)) and "r"."day" >= ? and "r"."day" <= ?
group by "grp";

-- countActivityGroups (category)
select r.type as "grp", cast(count(*) as integer) as "count"
from "antifraud_activities" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
left join "jurisdictions" as "jp" on "jp"."id" = "j"."parent_id"
left join "jurisdictions" as "jg" on "jg"."id" = "jp"."parent_id"
where ("r"."town_id" in (?) or "r"."jurisdiction_id" in (?, ?)) and "r"."day" >= ? and "r"."day" <= ?
group by "grp";

-- countActivityGroups (month)
select substr(r.day, 1, 7) as "grp", cast(count(*) as integer) as "count"
from "antifraud_activities" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
left join "jurisdictions" as "jp" on "jp"."id" = "j"."parent_id"
left join "jurisdictions" as "jg" on "jg"."id" = "jp"."parent_id"
where ("r"."town_id" in (?) or "r"."jurisdiction_id" in (?, ?)) and "r"."day" >= ? and "r"."day" <= ?
group by "grp";

-- countFraudCaseGroups (total)
select cast(count(*) as integer) as "count"
from "fraud_cases" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
left join "jurisdictions" as "jp" on "jp"."id" = "j"."parent_id"
left join "jurisdictions" as "jg" on "jg"."id" = "jp"."parent_id"
where ("r"."town_id" in (?) or "r"."jurisdiction_id" in (?, ?)) and "r"."day" >= ? and "r"."day" <= ?;

-- countFraudCaseGroups (category)
select r.type as "grp", cast(count(*) as integer) as "count"
from "fraud_cases" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
left join "jurisdictions" as "jp" on "jp"."id" = "j"."parent_id"
left join "jurisdictions" as "jg" on "jg"."id" = "jp"."parent_id"
where ("r"."town_id" in (?) or "r"."jurisdiction_id" in (?, ?)) and "r"."day" >= ? and "r"."day" <= ?
group by "grp";

-- findLastFraudCaseDay (town)
select max("r"."day") as "day"
from "fraud_cases" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
where ("r"."town_id" in (?) or "r"."jurisdiction_id" in (?, ?)) and "r"."day" <= ?;

-- findLastFraudCaseDay (village)
select max("r"."day") as "day"
from "fraud_cases" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
where ("r"."town_id" in (?) or "r"."jurisdiction_id" in (?, ?)) and "r"."day" <= ? and lower("j"."path") like lower(?) escape '\';
