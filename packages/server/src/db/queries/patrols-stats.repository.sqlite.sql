-- modules/patrols/patrols-stats.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- countPatrolShiftGroups (total)
select '' as "grp", cast(count(*) as integer) as "count"
from "patrol_shifts" as "s"
inner join "patrol_logs" as "l" on "l"."shift_id" = "s"."id"
inner join "jurisdictions" as "j" on "j"."id" = "s"."jurisdiction_id"
where ("s"."town_id" in (?) or "s"."jurisdiction_id" in (?, ?)) and "s"."starts_at" >= ? and "s"."starts_at" < ?
group by "grp";

-- countPatrolShiftGroups (by month under a place)
select cast(? as varchar(7)) as "grp", cast(count(*) as integer) as "count"
from "patrol_shifts" as "s"
inner join "patrol_logs" as "l" on "l"."shift_id" = "s"."id"
inner join "jurisdictions" as "j" on "j"."id" = "s"."jurisdiction_id"
where ("s"."town_id" in (?) or "s"."jurisdiction_id" in (?, ?)) and "s"."starts_at" >= ? and "s"."starts_at" < ? and lower("j"."path") like lower(?) escape '\'
group by "grp";

-- countPatrolCheckInGroups
select '' as "grp", cast(count(*) as integer) as "count"
from "patrol_check_ins" as "c"
inner join "patrol_shifts" as "s" on "s"."id" = "c"."shift_id"
inner join "jurisdictions" as "j" on "j"."id" = "c"."jurisdiction_id"
where ("c"."town_id" in (?) or "c"."jurisdiction_id" in (?, ?)) and "s"."starts_at" >= ? and "s"."starts_at" < ? and lower("j"."path") like lower(?) escape '\'
group by "grp";

-- countPatrolFindingGroups
select '' as "grp", cast(count(*) as integer) as "count"
from "patrol_logs" as "l"
inner join "patrol_shifts" as "s" on "s"."id" = "l"."shift_id"
inner join "jurisdictions" as "j" on "j"."id" = "l"."jurisdiction_id"
where ("l"."town_id" in (?) or "l"."jurisdiction_id" in (?, ?)) and exists (select "f"."id"
from "patrol_findings" as "f"
where "f"."log_id" = "l"."id" and "f"."kind" = ?) and "s"."starts_at" >= ? and "s"."starts_at" < ?
group by "grp";
