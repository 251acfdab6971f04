-- modules/video-patrols/video-patrols.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- listVideoPatrolCameras
select "c"."id", "c"."town_id", "c"."village_id", "v"."name" as "village_name", "c"."name", "c"."kind", "c"."owner_person_id", "c"."active"
from "cameras" as "c"
inner join "jurisdictions" as "v" on "v"."id" = "c"."village_id"
where "c"."id" in ($1, $2);

-- insertVideoPatrolPlanRows
insert into "video_patrol_plans" ("id", "town_id", "jurisdiction_id", "name", "checklist", "schedule", "active", "created_by", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10);
insert into "video_patrol_plan_cameras" ("plan_id", "camera_id", "town_id", "sort_order")
values ($1, $2, $3, $4);

-- updateVideoPatrolPlanRow
update "video_patrol_plans"
set "name" = $1, "active" = $2, "updated_at" = $3
where "id" = $4;

-- replaceVideoPatrolPlanCameras
delete
from "video_patrol_plan_cameras"
where "plan_id" = $1;
insert into "video_patrol_plan_cameras" ("plan_id", "camera_id", "town_id", "sort_order")
values ($1, $2, $3, $4);

-- findVideoPatrolPlanRow
select *
from "video_patrol_plans"
where "id" = $1;

-- listVideoPatrolPlanRows (first)
select *
from "video_patrol_plans"
where ("town_id" in ($1) or "jurisdiction_id" in ($2, $3))
order by "created_at" desc, "id" desc
limit $4;

-- listVideoPatrolPlanRows (next page, active)
select *
from "video_patrol_plans"
where ("town_id" in ($1) or "jurisdiction_id" in ($2, $3)) and "active" = $4 and (created_at < $5 or (created_at = $6 and id < $7))
order by "created_at" desc, "id" desc
limit $8;

-- listActiveVideoPatrolPlanRows
select *
from "video_patrol_plans"
where "active" = $1
order by "id";

-- listVideoPatrolPlanCameraRows
select *
from "video_patrol_plan_cameras"
where "plan_id" in ($1, $2)
order by "plan_id", "sort_order";

-- insertVideoPatrolRoundRows
insert into "video_patrol_rounds" ("id", "town_id", "jurisdiction_id", "plan_id", "name", "origin", "schedule_key", "day", "scheduled_at", "state", "checklist", "camera_count", "result_count", "finding_count", "started_at", "closed_at", "closed_by", "created_by", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19);
insert into "video_patrol_round_cameras" ("round_id", "camera_id", "town_id", "sort_order")
values ($1, $2, $3, $4);
insert into "video_patrol_participants" ("round_id", "role", "town_id", "user_id", "person_id", "name")
values ($1, $2, $3, $4, $5, $6);

-- insertScheduledVideoPatrolRound
insert into "video_patrol_rounds" ("id", "town_id", "jurisdiction_id", "plan_id", "name", "origin", "schedule_key", "day", "scheduled_at", "state", "checklist", "camera_count", "result_count", "finding_count", "started_at", "closed_at", "closed_by", "created_by", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
on conflict ("schedule_key") do nothing;

-- insertVideoPatrolParticipantRows
insert into "video_patrol_participants" ("round_id", "role", "town_id", "user_id", "person_id", "name")
values ($1, $2, $3, $4, $5, $6)
on conflict ("round_id", "role") do nothing;

-- findVideoPatrolRoundRow
select *
from "video_patrol_rounds"
where "id" = $1;

-- listVideoPatrolRoundRows (first)
select *
from "video_patrol_rounds"
where ("town_id" in ($1) or "jurisdiction_id" in ($2, $3))
order by "day" desc, "id" desc
limit $4;

-- listVideoPatrolRoundRows (every filter)
select *
from "video_patrol_rounds"
where ("town_id" in ($1) or "jurisdiction_id" in ($2, $3)) and "plan_id" = $4 and "state" = $5 and "day" >= $6 and "day" <= $7 and "finding_count" > $8 and (day < $9 or (day = $10 and id < $11))
order by "day" desc, "id" desc
limit $12;

-- listVideoPatrolRoundCameraViews
select "rc"."round_id", "c"."id", "c"."town_id", "c"."village_id", "v"."name" as "village_name", "c"."name", "c"."kind", "c"."owner_person_id", "c"."active"
from "video_patrol_round_cameras" as "rc"
inner join "cameras" as "c" on "c"."id" = "rc"."camera_id"
inner join "jurisdictions" as "v" on "v"."id" = "c"."village_id"
where "rc"."round_id" in ($1, $2)
order by "rc"."round_id", "rc"."sort_order";

-- isCameraInVideoPatrolRound
select "camera_id"
from "video_patrol_round_cameras"
where "round_id" = $1 and "camera_id" = $2;

-- listVideoPatrolParticipantRows
select *
from "video_patrol_participants"
where "round_id" in ($1, $2)
order by "round_id", "role";

-- countVideoPatrolResult
update "video_patrol_rounds"
set "result_count" = "result_count" + $1, "finding_count" = "finding_count" + $2, "started_at" = coalesce("started_at", $3)
where "id" = $4 and "state" = $5;

-- closeVideoPatrolRoundRow
update "video_patrol_rounds"
set "state" = $1, "closed_at" = $2, "closed_by" = $3
where "id" = $4 and "state" = $5 and "result_count" = "camera_count";

-- findRotationDirectorOn
select "s"."days", "s"."director_person_id", "p"."name", (select min("u"."id") as "id"
from "users" as "u"
where "u"."person_id" = "p"."id" and "u"."status" = $1) as "user_id"
from "rota_slots" as "s"
inner join "persons" as "p" on "p"."id" = "s"."director_person_id"
where "s"."town_id" = $2 and "s"."start_date" <= $3 and "s"."end_date" >= $4
order by "s"."start_date";

-- insertVideoPatrolResultRows
insert into "video_patrol_results" ("id", "round_id", "camera_id", "town_id", "jurisdiction_id", "day", "kind", "answers", "note", "finding_kind", "finding_id", "finding_label", "recorded_by", "recorded_by_name", "recorded_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15);

-- setVideoPatrolResultFinding
update "video_patrol_results"
set "finding_kind" = $1, "finding_id" = $2, "finding_label" = $3
where "id" = $4;

-- findVideoPatrolResultRow
select *
from "video_patrol_results"
where "id" = $1;

-- listVideoPatrolResultRows
select *
from "video_patrol_results"
where "round_id" in ($1, $2)
order by "round_id", "recorded_at";

-- insertVideoReminderRows
insert into "video_reminders" ("id", "town_id", "jurisdiction_id", "round_id", "result_id", "camera_id", "target", "channel", "recipient_user_id", "recipient_person_id", "recipient_name", "message", "state", "outcome_note", "outcome_at", "outcome_by", "outcome_by_name", "attempt", "retry_of_id", "day", "sent_by", "sent_by_name", "sent_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23);

-- findVideoReminderView
select "m".*, "v"."name" as "village_name", "c"."name" as "camera_name", "r"."day" as "round_day", "res"."note" as "finding_note", "n"."id" as "next_attempt_id"
from "video_reminders" as "m"
inner join "jurisdictions" as "v" on "v"."id" = "m"."jurisdiction_id"
inner join "cameras" as "c" on "c"."id" = "m"."camera_id"
inner join "video_patrol_rounds" as "r" on "r"."id" = "m"."round_id"
inner join "video_patrol_results" as "res" on "res"."id" = "m"."result_id"
left join "video_reminders" as "n" on "n"."retry_of_id" = "m"."id"
where "m"."id" = $1;

-- listVideoReminderViews (first)
select "m".*, "v"."name" as "village_name", "c"."name" as "camera_name", "r"."day" as "round_day", "res"."note" as "finding_note", "n"."id" as "next_attempt_id"
from "video_reminders" as "m"
inner join "jurisdictions" as "v" on "v"."id" = "m"."jurisdiction_id"
inner join "cameras" as "c" on "c"."id" = "m"."camera_id"
inner join "video_patrol_rounds" as "r" on "r"."id" = "m"."round_id"
inner join "video_patrol_results" as "res" on "res"."id" = "m"."result_id"
left join "video_reminders" as "n" on "n"."retry_of_id" = "m"."id"
where ("m"."town_id" in ($1) or "m"."jurisdiction_id" in ($2, $3))
order by "m"."sent_at" desc, "m"."id" desc
limit $4;

-- listVideoReminderViews (every filter)
select "m".*, "v"."name" as "village_name", "c"."name" as "camera_name", "r"."day" as "round_day", "res"."note" as "finding_note", "n"."id" as "next_attempt_id"
from "video_reminders" as "m"
inner join "jurisdictions" as "v" on "v"."id" = "m"."jurisdiction_id"
inner join "cameras" as "c" on "c"."id" = "m"."camera_id"
inner join "video_patrol_rounds" as "r" on "r"."id" = "m"."round_id"
inner join "video_patrol_results" as "res" on "res"."id" = "m"."result_id"
left join "video_reminders" as "n" on "n"."retry_of_id" = "m"."id"
where ("m"."town_id" in ($1) or "m"."jurisdiction_id" in ($2, $3)) and "m"."state" = $4 and "m"."jurisdiction_id" = $5 and "m"."target" = $6 and "m"."day" >= $7 and "m"."day" <= $8 and "m"."recipient_user_id" = $9 and (m.sent_at < $10 or (m.sent_at = $11 and m.id < $12))
order by "m"."sent_at" desc, "m"."id" desc
limit $13;

-- listVideoReminderRowsOfResults
select *
from "video_reminders"
where "result_id" in ($1, $2)
order by "result_id", "attempt";

-- recordVideoReminderOutcomeRow
update "video_reminders"
set "state" = $1, "outcome_note" = $2, "outcome_at" = $3, "outcome_by" = $4, "outcome_by_name" = $5
where "id" = $6 and "state" = $7;

-- listPendingVideoReminderViews
select "m".*, "v"."name" as "village_name", "c"."name" as "camera_name", "r"."day" as "round_day", "res"."note" as "finding_note", "n"."id" as "next_attempt_id"
from "video_reminders" as "m"
inner join "jurisdictions" as "v" on "v"."id" = "m"."jurisdiction_id"
inner join "cameras" as "c" on "c"."id" = "m"."camera_id"
inner join "video_patrol_rounds" as "r" on "r"."id" = "m"."round_id"
inner join "video_patrol_results" as "res" on "res"."id" = "m"."result_id"
left join "video_reminders" as "n" on "n"."retry_of_id" = "m"."id"
where ("m"."town_id" in ($1) or "m"."jurisdiction_id" in ($2, $3)) and "m"."state" = $4
order by "m"."sent_at", "m"."id"
limit $5;
select count(*) as "n"
from "video_reminders" as "m"
where ("m"."town_id" in ($1) or "m"."jurisdiction_id" in ($2, $3)) and "m"."state" = $4;

-- listVillageCadreUsers
select "u"."id" as "user_id", "u"."display_name" as "name"
from "user_roles" as "ur"
inner join "users" as "u" on "u"."id" = "ur"."user_id"
where "ur"."role" = $1 and "ur"."jurisdiction_id" = $2 and "u"."status" = $3
order by "u"."display_name", "u"."id";

-- findVideoPatrolPerson
select "id", "name", "town_id", "jurisdiction_id"
from "persons"
where "id" = $1;

-- listVideoPatrolPersons
select "id", "name", "town_id", "jurisdiction_id"
from "persons"
where "id" in ($1, $2);

-- listTownPublicCameras
select "c"."id", "c"."town_id", "c"."village_id", "v"."name" as "village_name", "c"."name", "c"."kind", "c"."owner_person_id", "c"."active"
from "cameras" as "c"
inner join "jurisdictions" as "v" on "v"."id" = "c"."village_id"
where "c"."town_id" = $1 and "c"."kind" = $2 and "c"."active" = $3
order by "c"."name", "c"."id";
