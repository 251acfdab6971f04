-- modules/video-patrols/video-patrols-stats.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- countVideoPatrolRoundGroups (total)
select '' as "grp", cast(count(*) as integer) as "count"
from "video_patrol_rounds" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
where ("r"."town_id" in (?) or "r"."jurisdiction_id" in (?, ?)) and "r"."state" = ? and "r"."scheduled_at" >= ? and "r"."scheduled_at" < ?
group by "grp";

-- countVideoPatrolRoundGroups (by month, under a place)
select cast(? as varchar(7)) as "grp", cast(count(*) as integer) as "count"
from "video_patrol_rounds" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
where ("r"."town_id" in (?) or "r"."jurisdiction_id" in (?, ?)) and "r"."state" = ? and "r"."scheduled_at" >= ? and "r"."scheduled_at" < ? and lower("j"."path") like lower(?) escape '\'
group by "grp";

-- countVideoPatrolFindingGroups
select '' as "grp", cast(count(*) as integer) as "count"
from "video_patrol_results" as "res"
inner join "video_patrol_rounds" as "r" on "r"."id" = "res"."round_id"
inner join "jurisdictions" as "j" on "j"."id" = "res"."jurisdiction_id"
where ("res"."town_id" in (?) or "res"."jurisdiction_id" in (?, ?)) and "res"."kind" = ? and "r"."scheduled_at" >= ? and "r"."scheduled_at" < ?
group by "grp";

-- countVideoReminderGroups
select '' as "grp", cast(count(*) as integer) as "count"
from "video_reminders" as "m"
inner join "jurisdictions" as "j" on "j"."id" = "m"."jurisdiction_id"
where ("m"."town_id" in (?) or "m"."jurisdiction_id" in (?, ?)) and "m"."attempt" = ? and "m"."sent_at" >= ? and "m"."sent_at" < ? and lower("j"."path") like lower(?) escape '\'
group by "grp";

-- countVideoRemindersToDate
select cast(count(*) as integer) as "count"
from "video_reminders" as "m"
inner join "jurisdictions" as "j" on "j"."id" = "m"."jurisdiction_id"
where ("m"."town_id" in (?) or "m"."jurisdiction_id" in (?, ?)) and "m"."attempt" = ? and "m"."sent_at" <= ?;

-- listVideoPatrolActivity
select "r"."day"
from "video_patrol_rounds" as "r"
where ("r"."town_id" in (?) or "r"."jurisdiction_id" in (?, ?)) and "r"."state" = ? and "r"."scheduled_at" >= ? and "r"."scheduled_at" < ?;
select "res"."day"
from "video_patrol_results" as "res"
inner join "video_patrol_rounds" as "r" on "r"."id" = "res"."round_id"
where ("res"."town_id" in (?) or "res"."jurisdiction_id" in (?, ?)) and "res"."kind" = ? and "r"."scheduled_at" >= ? and "r"."scheduled_at" < ?;
select "m"."day", coalesce((select "latest"."state"
from "video_reminders" as "latest"
where "latest"."result_id" = "m"."result_id"
order by "latest"."attempt" desc
limit ?), "m"."state") as "state"
from "video_reminders" as "m"
where ("m"."town_id" in (?) or "m"."jurisdiction_id" in (?, ?)) and "m"."attempt" = ? and "m"."sent_at" >= ? and "m"."sent_at" < ?;
