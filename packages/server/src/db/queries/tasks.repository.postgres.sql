-- modules/meetings/tasks.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- insertTaskRows
insert into "tasks" ("id", "town_id", "jurisdiction_id", "meeting_id", "title", "detail", "owner_kind", "owner_user_id", "owner_organization_id", "owner_name", "village_id", "due_on", "priority", "state", "assigned_by", "assigned_by_name", "done_at", "confirmed_at", "cancelled_at", "reason", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22);

-- updateTaskRow
update "tasks"
set "state" = $1, "updated_at" = $2
where "id" = $3 and "state" = $4;

-- findTaskView
select "t".*, "v"."name" as "village_name", "m"."title" as "meeting_title"
from "tasks" as "t"
left join "jurisdictions" as "v" on "v"."id" = "t"."village_id"
left join "meetings" as "m" on "m"."id" = "t"."meeting_id"
where "t"."id" = $1;

-- listTaskViews (town scope)
select "t".*, "v"."name" as "village_name", "m"."title" as "meeting_title"
from "tasks" as "t"
left join "jurisdictions" as "v" on "v"."id" = "t"."village_id"
left join "meetings" as "m" on "m"."id" = "t"."meeting_id"
where (("t"."town_id" in ($1) or "t"."jurisdiction_id" in ($2, $3)) or t.owner_user_id = $4)
order by "t"."due_on", "t"."id"
limit $5;

-- listTaskViews (department, every filter)
select "t".*, "v"."name" as "village_name", "m"."title" as "meeting_title"
from "tasks" as "t"
left join "jurisdictions" as "v" on "v"."id" = "t"."village_id"
left join "meetings" as "m" on "m"."id" = "t"."meeting_id"
where ((("t"."town_id" in ($1) and t.owner_organization_id in ($2))) or t.owner_user_id = $3 or t.owner_organization_id = $4) and ("t"."owner_user_id" = $5 or "t"."owner_organization_id" = $6) and "t"."state" in ($7) and "t"."due_on" <= $8 and "t"."due_on" >= $9 and "t"."village_id" = $10 and "t"."meeting_id" = $11 and "t"."owner_organization_id" = $12 and (t.due_on > $13 or (t.due_on = $14 and t.id > $15))
order by "t"."due_on", "t"."id"
limit $16;

-- listTaskViews (owner only)
select "t".*, "v"."name" as "village_name", "m"."title" as "meeting_title"
from "tasks" as "t"
left join "jurisdictions" as "v" on "v"."id" = "t"."village_id"
left join "meetings" as "m" on "m"."id" = "t"."meeting_id"
where (1 = 0 or t.owner_user_id = $1)
order by "t"."due_on", "t"."id"
limit $2;

-- countTaskViews
select cast(count(*) as integer) as "n"
from "tasks" as "t"
left join "jurisdictions" as "v" on "v"."id" = "t"."village_id"
left join "meetings" as "m" on "m"."id" = "t"."meeting_id"
where (("t"."town_id" in ($1) or "t"."jurisdiction_id" in ($2, $3)) or t.owner_user_id = $4 or t.owner_organization_id = $5) and ("t"."owner_user_id" = $6 or "t"."owner_organization_id" = $7) and "t"."state" in ($8) and "t"."due_on" <= $9;

-- listMeetingTaskViews
select "t".*, "v"."name" as "village_name", "m"."title" as "meeting_title"
from "tasks" as "t"
left join "jurisdictions" as "v" on "v"."id" = "t"."village_id"
left join "meetings" as "m" on "m"."id" = "t"."meeting_id"
where "t"."meeting_id" in ($1)
order by "t"."due_on", "t"."id";

-- listCarryOverTaskViews
select "t".*, "v"."name" as "village_name", "m"."title" as "meeting_title"
from "tasks" as "t"
left join "jurisdictions" as "v" on "v"."id" = "t"."village_id"
left join "meetings" as "m" on "m"."id" = "t"."meeting_id"
where "t"."town_id" = $1 and "t"."state" in ($2, $3) and "m"."starts_at" < $4 and "m"."state" != $5
order by "t"."due_on", "t"."id";

-- countMeetingTasks
select "meeting_id", cast(count(*) as integer) as "total", cast(sum(case when state = 'open' then 1 else 0 end) as integer) as "open", cast(sum(case when state = 'open' and due_on < $1 then 1 else 0 end) as integer) as "overdue"
from "tasks"
where "meeting_id" in ($2, $3)
group by "meeting_id";

-- listOverdueTaskRows
select *
from "tasks"
where "state" = $1 and "due_on" < $2
order by "due_on", "id";

-- claimTaskReminder
insert into "task_reminders" ("key", "task_id", "sent_at")
values ($1, $2, $3)
on conflict ("key") do nothing
returning "key";

-- insertTaskLinkRows
insert into "task_links" ("task_id", "kind", "target_id", "label", "town_id", "jurisdiction_id")
values ($1, $2, $3, $4, $5, $6);

-- listTaskLinkRows
select "task_links".*, "incidents"."town_id" as "incident_town_id", "incidents"."jurisdiction_id" as "incident_jurisdiction_id", "disputes"."town_id" as "dispute_town_id", "disputes"."jurisdiction_id" as "dispute_jurisdiction_id"
from "task_links"
left join "incidents" on "incidents"."id" = "task_links"."target_id" and "task_links"."kind" = $1
left join "disputes" on "disputes"."id" = "task_links"."target_id" and "task_links"."kind" = $2
where "task_id" in ($3, $4)
order by "task_id", "kind", "target_id";

-- insertFeedbackRows
insert into "task_feedback" ("id", "task_id", "town_id", "jurisdiction_id", "author_id", "author_name", "note", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8);

-- findFeedbackRow
select *
from "task_feedback"
where "id" = $1;

-- listFeedbackRows
select *
from "task_feedback"
where "task_id" in ($1)
order by "task_id", "id";

-- countFeedback
select "task_id", cast(count(*) as integer) as "count"
from "task_feedback"
where "task_id" in ($1, $2)
group by "task_id";

-- insertTaskPhotoRow
insert into "task_feedback_photos" ("id", "feedback_id", "task_id", "town_id", "jurisdiction_id", "file_name", "stored_name", "media_type", "size", "sha256", "uploaded_by", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12);

-- findTaskPhotoRow
select *
from "task_feedback_photos"
where "id" = $1;

-- listTaskPhotoIds
select "id", "feedback_id"
from "task_feedback_photos"
where "task_id" in ($1)
order by "feedback_id", "id";
