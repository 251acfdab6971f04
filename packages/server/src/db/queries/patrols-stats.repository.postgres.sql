-- modules/patrols/patrols-stats.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- countPatrolShiftGroups (total)
select '' as "grp", cast(count(*) as integer) as "count"
from "patrol_shifts" as "s"
inner join "patrol_logs" as "l" on "l"."shift_id" = "s"."id"
inner join "jurisdictions" as "j" on "j"."id" = "s"."jurisdiction_id"
where ("s"."town_id" in ($1) or "s"."jurisdiction_id" in ($2, $3)) and "s"."starts_at" >= $4 and "s"."starts_at" < $5
group by "grp";

-- countPatrolShiftGroups (by month under a place)
select cast($1 as varchar(7)) as "grp", cast(count(*) as integer) as "count"
from "patrol_shifts" as "s"
inner join "patrol_logs" as "l" on "l"."shift_id" = "s"."id"
inner join "jurisdictions" as "j" on "j"."id" = "s"."jurisdiction_id"
where ("s"."town_id" in ($2) or "s"."jurisdiction_id" in ($3, $4)) and "s"."starts_at" >= $5 and "s"."starts_at" < $6 and lower("j"."path") like lower($7) escape '\'
group by "grp";

-- countPatrolCheckInGroups
select '' as "grp", cast(count(*) as integer) as "count"
from "patrol_check_ins" as "c"
inner join "patrol_shifts" as "s" on "s"."id" = "c"."shift_id"
inner join "jurisdictions" as "j" on "j"."id" = "c"."jurisdiction_id"
where ("c"."town_id" in ($1) or "c"."jurisdiction_id" in ($2, $3)) and "s"."starts_at" >= $4 and "s"."starts_at" < $5 and lower("j"."path") like lower($6) escape '\'
group by "grp";

-- countPatrolFindingGroups
select '' as "grp", cast(count(*) as integer) as "count"
from "patrol_logs" as "l"
inner join "patrol_shifts" as "s" on "s"."id" = "l"."shift_id"
inner join "jurisdictions" as "j" on "j"."id" = "l"."jurisdiction_id"
where ("l"."town_id" in ($1) or "l"."jurisdiction_id" in ($2, $3)) and exists (select "f"."id"
from "patrol_findings" as "f"
where "f"."log_id" = "l"."id" and "f"."kind" = $4) and "s"."starts_at" >= $5 and "s"."starts_at" < $6
group by "grp";
