-- modules/video-patrols/video-patrols.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- listVideoPatrolCameras
select "c"."id", "c"."town_id", "c"."village_id", "v"."name" as "village_name", "c"."name", "c"."kind", "c"."owner_person_id", "c"."active"
from "cameras" as "c"
inner join "jurisdictions" as "v" on "v"."id" = "c"."village_id"
where "c"."id" in (?, ?);

-- insertVideoPatrolPlanRows
insert into "video_patrol_plans" ("id", "town_id", "jurisdiction_id", "name", "checklist", "schedule", "active", "created_by", "created_at", "updated_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
insert into "video_patrol_plan_cameras" ("plan_id", "camera_id", "town_id", "sort_order")
values (?, ?, ?, ?);

-- updateVideoPatrolPlanRow
update "video_patrol_plans"
set "name" = ?, "active" = ?, "updated_at" = ?
where "id" = ?;

-- replaceVideoPatrolPlanCameras
delete
from "video_patrol_plan_cameras"
where "plan_id" = ?;
insert into "video_patrol_plan_cameras" ("plan_id", "camera_id", "town_id", "sort_order")
values (?, ?, ?, ?);

-- findVideoPatrolPlanRow
select *
from "video_patrol_plans"
where "id" = ?;

-- listVideoPatrolPlanRows (first)
select *
from "video_patrol_plans"
where ("town_id" in (?) or "jurisdiction_id" in (?, ?))
order by "created_at" desc, "id" desc
limit ?;

-- listVideoPatrolPlanRows (next page, active)
select *
from "video_patrol_plans"
where ("town_id" in (?) or "jurisdiction_id" in (?, ?)) and "active" = ? and (created_at < ? or (created_at = ? and id < ?))
order by "created_at" desc, "id" desc
limit ?;

-- listActiveVideoPatrolPlanRows
select *
from "video_patrol_plans"
where "active" = ?
order by "id";

-- listVideoPatrolPlanCameraRows
select *
from "video_patrol_plan_cameras"
where "plan_id" in (?, ?)
order by "plan_id", "sort_order";

-- insertVideoPatrolRoundRows
insert into "video_patrol_rounds" ("id", "town_id", "jurisdiction_id", "plan_id", "name", "origin", "schedule_key", "day", "scheduled_at", "state", "checklist", "camera_count", "result_count", "finding_count", "started_at", "closed_at", "closed_by", "created_by", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
insert into "video_patrol_round_cameras" ("round_id", "camera_id", "town_id", "sort_order")
values (?, ?, ?, ?);
insert into "video_patrol_participants" ("round_id", "role", "town_id", "user_id", "person_id", "name")
values (?, ?, ?, ?, ?, ?);

-- insertScheduledVideoPatrolRound
insert into "video_patrol_rounds" ("id", "town_id", "jurisdiction_id", "plan_id", "name", "origin", "schedule_key", "day", "scheduled_at", "state", "checklist", "camera_count", "result_count", "finding_count", "started_at", "closed_at", "closed_by", "created_by", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
on conflict ("schedule_key") do nothing;

-- insertVideoPatrolParticipantRows
insert into "video_patrol_participants" ("round_id", "role", "town_id", "user_id", "person_id", "name")
values (?, ?, ?, ?, ?, ?)
on conflict ("round_id", "role") do nothing;

-- findVideoPatrolRoundRow
select *
from "video_patrol_rounds"
where "id" = ?;

-- listVideoPatrolRoundRows (first)
select *
from "video_patrol_rounds"
where ("town_id" in (?) or "jurisdiction_id" in (?, ?))
order by "day" desc, "id" desc
limit ?;

-- listVideoPatrolRoundRows (every filter)
select *
from "video_patrol_rounds"
where ("town_id" in (?) or "jurisdiction_id" in (?, ?)) and "plan_id" = ? and "state" = ? and "day" >= ? and "day" <= ? and "finding_count" > ? and (day < ? or (day = ? and id < ?))
order by "day" desc, "id" desc
limit ?;

-- listVideoPatrolRoundCameraViews
select "rc"."round_id", "c"."id", "c"."town_id", "c"."village_id", "v"."name" as "village_name", "c"."name", "c"."kind", "c"."owner_person_id", "c"."active"
from "video_patrol_round_cameras" as "rc"
inner join "cameras" as "c" on "c"."id" = "rc"."camera_id"
inner join "jurisdictions" as "v" on "v"."id" = "c"."village_id"
where "rc"."round_id" in (?, ?)
order by "rc"."round_id", "rc"."sort_order";

-- isCameraInVideoPatrolRound
select "camera_id"
from "video_patrol_round_cameras"
where "round_id" = ? and "camera_id" = ?;

-- listVideoPatrolParticipantRows
select *
from "video_patrol_participants"
where "round_id" in (?, ?)
order by "round_id", "role";

-- countVideoPatrolResult
update "video_patrol_rounds"
set "result_count" = "result_count" + ?, "finding_count" = "finding_count" + ?, "started_at" = coalesce("started_at", ?)
where "id" = ? and "state" = ?;

-- closeVideoPatrolRoundRow
update "video_patrol_rounds"
set "state" = ?, "closed_at" = ?, "closed_by" = ?
where "id" = ? and "state" = ? and "result_count" = "camera_count";

-- findRotationDirectorOn
select "s"."days", "s"."director_person_id", "p"."name", (select min("u"."id") as "id"
from "users" as "u"
where "u"."person_id" = "p"."id" and "u"."status" = ?) as "user_id"
from "rota_slots" as "s"
inner join "persons" as "p" on "p"."id" = "s"."director_person_id"
where "s"."town_id" = ? and "s"."start_date" <= ? and "s"."end_date" >= ?
order by "s"."start_date";

-- insertVideoPatrolResultRows
insert into "video_patrol_results" ("id", "round_id", "camera_id", "town_id", "jurisdiction_id", "day", "kind", "answers", "note", "finding_kind", "finding_id", "finding_label", "recorded_by", "recorded_by_name", "recorded_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- setVideoPatrolResultFinding
update "video_patrol_results"
set "finding_kind" = ?, "finding_id" = ?, "finding_label" = ?
where "id" = ?;

-- findVideoPatrolResultRow
select *
from "video_patrol_results"
where "id" = ?;

-- listVideoPatrolResultRows
select *
from "video_patrol_results"
where "round_id" in (?, ?)
order by "round_id", "recorded_at";

-- insertVideoReminderRows
insert into "video_reminders" ("id", "town_id", "jurisdiction_id", "round_id", "result_id", "camera_id", "target", "channel", "recipient_user_id", "recipient_person_id", "recipient_name", "message", "state", "outcome_note", "outcome_at", "outcome_by", "outcome_by_name", "attempt", "retry_of_id", "day", "sent_by", "sent_by_name", "sent_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findVideoReminderView
select "m".*, "v"."name" as "village_name", "c"."name" as "camera_name", "r"."day" as "round_day", "res"."note" as "finding_note", "n"."id" as "next_attempt_id"
from "video_reminders" as "m"
inner join "jurisdictions" as "v" on "v"."id" = "m"."jurisdiction_id"
inner join "cameras" as "c" on "c"."id" = "m"."camera_id"
inner join "video_patrol_rounds" as "r" on "r"."id" = "m"."round_id"
inner join "video_patrol_results" as "res" on "res"."id" = "m"."result_id"
left join "video_reminders" as "n" on "n"."retry_of_id" = "m"."id"
where "m"."id" = ?;

-- listVideoReminderViews (first)
select "m".*, "v"."name" as "village_name", "c"."name" as "camera_name", "r"."day" as "round_day", "res"."note" as "finding_note", "n"."id" as "next_attempt_id"
from "video_reminders" as "m"
inner join "jurisdictions" as "v" on "v"."id" = "m"."jurisdiction_id"
inner join "cameras" as "c" on "c"."id" = "m"."camera_id"
inner join "video_patrol_rounds" as "r" on "r"."id" = "m"."round_id"
inner join "video_patrol_results" as "res" on "res"."id" = "m"."result_id"
left join "video_reminders" as "n" on "n"."retry_of_id" = "m"."id"
where ("m"."town_id" in (?) or "m"."jurisdiction_id" in (?, ?))
order by "m"."sent_at" desc, "m"."id" desc
limit ?;

-- listVideoReminderViews (every filter)
select "m".*, "v"."name" as "village_name", "c"."name" as "camera_name", "r"."day" as "round_day", "res"."note" as "finding_note", "n"."id" as "next_attempt_id"
from "video_reminders" as "m"
inner join "jurisdictions" as "v" on "v"."id" = "m"."jurisdiction_id"
inner join "cameras" as "c" on "c"."id" = "m"."camera_id"
inner join "video_patrol_rounds" as "r" on "r"."id" = "m"."round_id"
inner join "video_patrol_results" as "res" on "res"."id" = "m"."result_id"
left join "video_reminders" as "n" on "n"."retry_of_id" = "m"."id"
where ("m"."town_id" in (?) or "m"."jurisdiction_id" in (?, ?)) and "m"."state" = ? and "m"."jurisdiction_id" = ? and "m"."target" = ? and "m"."day" >= ? and "m"."day" <= ? and "m"."recipient_user_id" = ? and (m.sent_at < ? or (m.sent_at = ? and m.id < ?))
order by "m"."sent_at" desc, "m"."id" desc
limit ?;

-- listVideoReminderRowsOfResults
select *
from "video_reminders"
where "result_id" in (?, ?)
order by "result_id", "attempt";

-- recordVideoReminderOutcomeRow
update "video_reminders"
set "state" = ?, "outcome_note" = ?, "outcome_at" = ?, "outcome_by" = ?, "outcome_by_name" = ?
where "id" = ? and "state" = ?;

-- listPendingVideoReminderViews
select "m".*, "v"."name" as "village_name", "c"."name" as "camera_name", "r"."day" as "round_day", "res"."note" as "finding_note", "n"."id" as "next_attempt_id"
from "video_reminders" as "m"
inner join "jurisdictions" as "v" on "v"."id" = "m"."jurisdiction_id"
inner join "cameras" as "c" on "c"."id" = "m"."camera_id"
inner join "video_patrol_rounds" as "r" on "r"."id" = "m"."round_id"
inner join "video_patrol_results" as "res" on "res"."id" = "m"."result_id"
left join "video_reminders" as "n" on "n"."retry_of_id" = "m"."id"
where ("m"."town_id" in (?) or "m"."jurisdiction_id" in (?, ?)) and "m"."state" = ?
order by "m"."sent_at", "m"."id"
limit ?;
select count(*) as "n"
from "video_reminders" as "m"
where ("m"."town_id" in (?) or "m"."jurisdiction_id" in (?, ?)) and "m"."state" = ?;

-- listVillageCadreUsers
select "u"."id" as "user_id", "u"."display_name" as "name"
from "user_roles" as "ur"
inner join "users" as "u" on "u"."id" = "ur"."user_id"
where "ur"."role" = ? and "ur"."jurisdiction_id" = ? and "u"."status" = ?
order by "u"."display_name", "u"."id";

-- findVideoPatrolPerson
select "id", "name", "town_id", "jurisdiction_id"
from "persons"
where "id" = ?;

-- listVideoPatrolPersons
select "id", "name", "town_id", "jurisdiction_id"
from "persons"
where "id" in (?, ?);

-- listTownPublicCameras
select "c"."id", "c"."town_id", "c"."village_id", "v"."name" as "village_name", "c"."name", "c"."kind", "c"."owner_person_id", "c"."active"
from "cameras" as "c"
inner join "jurisdictions" as "v" on "v"."id" = "c"."village_id"
where "c"."town_id" = ? and "c"."kind" = ? and "c"."active" = ?
order by "c"."name", "c"."id";
