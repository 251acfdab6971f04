-- modules/hazards/hazards.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertHazardRows
insert into "hazards" ("id", "town_id", "jurisdiction_id", "source", "source_ref_kind", "source_ref_id", "title", "description", "location", "state", "verifier_side", "reported_by", "reported_by_name", "reporter_name", "phone_enc", "phone_bidx", "phone_masked", "responsible_person_id", "responsible_user_id", "responsible_name", "assignee_kind", "assignee_organization_id", "assignee_name", "due_on", "round", "assigned_at", "rectified_at", "rectify_note", "verified_at", "verified_by", "verified_by_name", "reason", "reported_at", "created_at", "updated_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- updateHazardRow
update "hazards"
set "state" = ?, "updated_at" = ?
where "id" = ? and "state" = ?;

-- findHazardView
select "h".*, "v"."name" as "village_name"
from "hazards" as "h"
inner join "jurisdictions" as "v" on "v"."id" = "h"."jurisdiction_id"
where "h"."id" = ?;

-- listHazardViews (town scope)
select "h".*, "v"."name" as "village_name"
from "hazards" as "h"
inner join "jurisdictions" as "v" on "v"."id" = "h"."jurisdiction_id"
where (("h"."town_id" in (?) or "h"."jurisdiction_id" in (?, ?)) or h.reported_by = ?)
order by "h"."reported_at" desc, "h"."id" desc
limit ?;

-- listHazardViews (department, every filter)
select "h".*, "v"."name" as "village_name"
from "hazards" as "h"
inner join "jurisdictions" as "v" on "v"."id" = "h"."jurisdiction_id"
where ((("h"."town_id" in (?) and h.assignee_organization_id in (?))) or h.reported_by = ?) and "h"."state" in (?, ?) and "h"."source" = ? and "h"."jurisdiction_id" = ? and "h"."due_on" <= ? and "h"."due_on" >= ? and "h"."reported_at" >= ? and "h"."reported_at" < ? and "v"."parent_id" = ? and "h"."state" = ? and "h"."verified_at" >= ? and "h"."verified_at" < ? and (h.reported_at < ? or (h.reported_at = ? and h.id < ?))
order by "h"."reported_at" desc, "h"."id" desc
limit ?;

-- listHazardViews (reporter only)
select "h".*, "v"."name" as "village_name"
from "hazards" as "h"
inner join "jurisdictions" as "v" on "v"."id" = "h"."jurisdiction_id"
where (1 = 0 or h.reported_by = ?)
order by "h"."reported_at" desc, "h"."id" desc
limit ?;

-- countHazardViews
select cast(count(*) as integer) as "n"
from "hazards" as "h"
inner join "jurisdictions" as "v" on "v"."id" = "h"."jurisdiction_id"
where (("h"."town_id" in (?) or "h"."jurisdiction_id" in (?, ?)) or h.reported_by = ?) and "h"."state" in (?, ?) and "h"."due_on" <= ?;

-- listOverdueHazardRows
select *
from "hazards"
where "state" in (?, ?) and "due_on" < ?
order by "due_on", "id";

-- claimHazardReminder
insert into "hazard_reminders" ("key", "hazard_id", "sent_at")
values (?, ?, ?)
on conflict ("key") do nothing
returning "key";

-- insertHazardEventRows
insert into "hazard_events" ("id", "hazard_id", "town_id", "jurisdiction_id", "kind", "actor_id", "actor_name", "note", "assignee_name", "deadline", "at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- listHazardEventRows
select *
from "hazard_events"
where "hazard_id" = ?
order by "id";

-- insertHazardPhotoRows
insert into "hazard_photos" ("id", "hazard_id", "town_id", "jurisdiction_id", "kind", "round", "file_name", "stored_name", "media_type", "size", "sha256", "uploaded_by", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findHazardPhotoRow
select *
from "hazard_photos"
where "id" = ?;

-- listHazardPhotoRows
select *
from "hazard_photos"
where "hazard_id" = ?
order by "id";

-- countHazardPhotos
select cast(count(*) as integer) as "n"
from "hazard_photos"
where "hazard_id" = ? and "kind" = ? and "round" = ?;

-- listHazardRoleUsers (village)
select distinct "u"."id"
from "user_roles" as "ur"
inner join "users" as "u" on "u"."id" = "ur"."user_id"
inner join "jurisdictions" as "j" on "j"."id" = "ur"."jurisdiction_id"
where "ur"."role" in (?, ?) and "u"."status" = ? and "j"."id" = ?
order by "u"."id";

-- listHazardRoleUsers (town)
select distinct "u"."id"
from "user_roles" as "ur"
inner join "users" as "u" on "u"."id" = "ur"."user_id"
inner join "jurisdictions" as "j" on "j"."id" = "ur"."jurisdiction_id"
where "ur"."role" in (?) and "u"."status" = ? and ("j"."id" = ? or "j"."town_id" = ?)
order by "u"."id";
