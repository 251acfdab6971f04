-- modules/meetings/tasks.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertTaskRows
insert into "tasks" ("id", "town_id", "jurisdiction_id", "meeting_id", "title", "detail", "owner_kind", "owner_user_id", "owner_organization_id", "owner_name", "village_id", "due_on", "priority", "state", "assigned_by", "assigned_by_name", "done_at", "confirmed_at", "cancelled_at", "reason", "created_at", "updated_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- updateTaskRow
update "tasks"
set "state" = ?, "updated_at" = ?
where "id" = ? and "state" = ?;

-- findTaskView
select "t".*, "v"."name" as "village_name", "m"."title" as "meeting_title"
from "tasks" as "t"
left join "jurisdictions" as "v" on "v"."id" = "t"."village_id"
left join "meetings" as "m" on "m"."id" = "t"."meeting_id"
where "t"."id" = ?;

-- listTaskViews (town scope)
select "t".*, "v"."name" as "village_name", "m"."title" as "meeting_title"
from "tasks" as "t"
left join "jurisdictions" as "v" on "v"."id" = "t"."village_id"
left join "meetings" as "m" on "m"."id" = "t"."meeting_id"
where (("t"."town_id" in (?) or "t"."jurisdiction_id" in (?, ?)) or t.owner_user_id = ?)
order by "t"."due_on", "t"."id"
limit ?;

-- listTaskViews (department, every filter)
select "t".*, "v"."name" as "village_name", "m"."title" as "meeting_title"
from "tasks" as "t"
left join "jurisdictions" as "v" on "v"."id" = "t"."village_id"
left join "meetings" as "m" on "m"."id" = "t"."meeting_id"
where ((("t"."town_id" in (?) and t.owner_organization_id in (?))) or t.owner_user_id = ? or t.owner_organization_id = ?) and ("t"."owner_user_id" = ? or "t"."owner_organization_id" = ?) and "t"."state" in (?) and "t"."due_on" <= ? and "t"."due_on" >= ? and "t"."village_id" = ? and "t"."meeting_id" = ? and "t"."owner_organization_id" = ? and (t.due_on > ? or (t.due_on = ? and t.id > ?))
order by "t"."due_on", "t"."id"
limit ?;

-- listTaskViews (owner only)
select "t".*, "v"."name" as "village_name", "m"."title" as "meeting_title"
from "tasks" as "t"
left join "jurisdictions" as "v" on "v"."id" = "t"."village_id"
left join "meetings" as "m" on "m"."id" = "t"."meeting_id"
where (1 = 0 or t.owner_user_id = ?)
order by "t"."due_on", "t"."id"
limit ?;

-- countTaskViews
select cast(count(*) as integer) as "n"
from "tasks" as "t"
left join "jurisdictions" as "v" on "v"."id" = "t"."village_id"
left join "meetings" as "m" on "m"."id" = "t"."meeting_id"
where (("t"."town_id" in (?) or "t"."jurisdiction_id" in (?, ?)) or t.owner_user_id = ? or t.owner_organization_id = ?) and ("t"."owner_user_id" = ? or "t"."owner_organization_id" = ?) and "t"."state" in (?) and "t"."due_on" <= ?;

-- listMeetingTaskViews
select "t".*, "v"."name" as "village_name", "m"."title" as "meeting_title"
from "tasks" as "t"
left join "jurisdictions" as "v" on "v"."id" = "t"."village_id"
left join "meetings" as "m" on "m"."id" = "t"."meeting_id"
where "t"."meeting_id" in (?)
order by "t"."due_on", "t"."id";

-- listCarryOverTaskViews
select "t".*, "v"."name" as "village_name", "m"."title" as "meeting_title"
from "tasks" as "t"
left join "jurisdictions" as "v" on "v"."id" = "t"."village_id"
left join "meetings" as "m" on "m"."id" = "t"."meeting_id"
where "t"."town_id" = ? and "t"."state" in (?, ?) and "m"."starts_at" < ? and "m"."state" != ?
order by "t"."due_on", "t"."id";

-- countMeetingTasks
select "meeting_id", cast(count(*) as integer) as "total", cast(sum(case when state = 'open' then 1 else 0 end) as integer) as "open", cast(sum(case when state = 'open' and due_on < ? then 1 else 0 end) as integer) as "overdue"
from "tasks"
where "meeting_id" in (?, ?)
group by "meeting_id";

-- listOverdueTaskRows
select *
from "tasks"
where "state" = ? and "due_on" < ?
order by "due_on", "id";

-- claimTaskReminder
insert into "task_reminders" ("key", "task_id", "sent_at")
values (?, ?, ?)
on conflict ("key") do nothing
returning "key";

-- insertTaskLinkRows
insert into "task_links" ("task_id", "kind", "target_id", "label", "town_id", "jurisdiction_id")
values (?, ?, ?, ?, ?, ?);

-- listTaskLinkRows
select "task_links".*, "incidents"."town_id" as "incident_town_id", "incidents"."jurisdiction_id" as "incident_jurisdiction_id", "disputes"."town_id" as "dispute_town_id", "disputes"."jurisdiction_id" as "dispute_jurisdiction_id"
from "task_links"
left join "incidents" on "incidents"."id" = "task_links"."target_id" and "task_links"."kind" = ?
left join "disputes" on "disputes"."id" = "task_links"."target_id" and "task_links"."kind" = ?
where "task_id" in (?, ?)
order by "task_id", "kind", "target_id";

-- insertFeedbackRows
insert into "task_feedback" ("id", "task_id", "town_id", "jurisdiction_id", "author_id", "author_name", "note", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?);

-- findFeedbackRow
select *
from "task_feedback"
where "id" = ?;

-- listFeedbackRows
select *
from "task_feedback"
where "task_id" in (?)
order by "task_id", "id";

-- countFeedback
select "task_id", cast(count(*) as integer) as "count"
from "task_feedback"
where "task_id" in (?, ?)
group by "task_id";

-- insertTaskPhotoRow
insert into "task_feedback_photos" ("id", "feedback_id", "task_id", "town_id", "jurisdiction_id", "file_name", "stored_name", "media_type", "size", "sha256", "uploaded_by", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findTaskPhotoRow
select *
from "task_feedback_photos"
where "id" = ?;

-- listTaskPhotoIds
select "id", "feedback_id"
from "task_feedback_photos"
where "task_id" in (?)
order by "feedback_id", "id";
