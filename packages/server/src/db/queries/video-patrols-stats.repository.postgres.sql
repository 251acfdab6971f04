-- modules/video-patrols/video-patrols-stats.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- countVideoPatrolRoundGroups (total)
select '' as "grp", cast(count(*) as integer) as "count"
from "video_patrol_rounds" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
where ("r"."town_id" in ($1) or "r"."jurisdiction_id" in ($2, $3)) and "r"."state" = $4 and "r"."scheduled_at" >= $5 and "r"."scheduled_at" < $6
group by "grp";

-- countVideoPatrolRoundGroups (by month, under a place)
select cast($1 as varchar(7)) as "grp", cast(count(*) as integer) as "count"
from "video_patrol_rounds" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
where ("r"."town_id" in ($2) or "r"."jurisdiction_id" in ($3, $4)) and "r"."state" = $5 and "r"."scheduled_at" >= $6 and "r"."scheduled_at" < $7 and lower("j"."path") like lower($8) escape '\'
group by "grp";

-- countVideoPatrolFindingGroups
select '' as "grp", cast(count(*) as integer) as "count"
from "video_patrol_results" as "res"
inner join "video_patrol_rounds" as "r" on "r"."id" = "res"."round_id"
inner join "jurisdictions" as "j" on "j"."id" = "res"."jurisdiction_id"
where ("res"."town_id" in ($1) or "res"."jurisdiction_id" in ($2, $3)) and "res"."kind" = $4 and "r"."scheduled_at" >= $5 and "r"."scheduled_at" < $6
group by "grp";

-- countVideoReminderGroups
select '' as "grp", cast(count(*) as integer) as "count"
from "video_reminders" as "m"
inner join "jurisdictions" as "j" on "j"."id" = "m"."jurisdiction_id"
where ("m"."town_id" in ($1) or "m"."jurisdiction_id" in ($2, $3)) and "m"."attempt" = $4 and "m"."sent_at" >= $5 and "m"."sent_at" < $6 and lower("j"."path") like lower($7) escape '\'
group by "grp";

-- countVideoRemindersToDate
select cast(count(*) as integer) as "count"
from "video_reminders" as "m"
inner join "jurisdictions" as "j" on "j"."id" = "m"."jurisdiction_id"
where ("m"."town_id" in ($1) or "m"."jurisdiction_id" in ($2, $3)) and "m"."attempt" = $4 and "m"."sent_at" <= $5;

-- listVideoPatrolActivity
select "r"."day"
from "video_patrol_rounds" as "r"
where ("r"."town_id" in ($1) or "r"."jurisdiction_id" in ($2, $3)) and "r"."state" = $4 and "r"."scheduled_at" >= $5 and "r"."scheduled_at" < $6;
select "res"."day"
from "video_patrol_results" as "res"
inner join "video_patrol_rounds" as "r" on "r"."id" = "res"."round_id"
where ("res"."town_id" in ($1) or "res"."jurisdiction_id" in ($2, $3)) and "res"."kind" = $4 and "r"."scheduled_at" >= $5 and "r"."scheduled_at" < $6;
select "m"."day", coalesce((select "latest"."state"
from "video_reminders" as "latest"
where "latest"."result_id" = "m"."result_id"
order by "latest"."attempt" desc
limit $1), "m"."state") as "state"
from "video_reminders" as "m"
where ("m"."town_id" in ($2) or "m"."jurisdiction_id" in ($3, $4)) and "m"."attempt" = $5 and "m"."sent_at" >= $6 and "m"."sent_at" < $7;
