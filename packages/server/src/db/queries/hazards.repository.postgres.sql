-- modules/hazards/hazards.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- insertHazardRows
insert into "hazards" ("id", "town_id", "jurisdiction_id", "source", "source_ref_kind", "source_ref_id", "title", "description", "location", "state", "verifier_side", "reported_by", "reported_by_name", "reporter_name", "phone_enc", "phone_bidx", "phone_masked", "responsible_person_id", "responsible_user_id", "responsible_name", "assignee_kind", "assignee_organization_id", "assignee_name", "due_on", "round", "assigned_at", "rectified_at", "rectify_note", "verified_at", "verified_by", "verified_by_name", "reason", "reported_at", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35);

-- updateHazardRow
update "hazards"
set "state" = $1, "updated_at" = $2
where "id" = $3 and "state" = $4;

-- findHazardView
select "h".*, "v"."name" as "village_name"
from "hazards" as "h"
inner join "jurisdictions" as "v" on "v"."id" = "h"."jurisdiction_id"
where "h"."id" = $1;

-- listHazardViews (town scope)
select "h".*, "v"."name" as "village_name"
from "hazards" as "h"
inner join "jurisdictions" as "v" on "v"."id" = "h"."jurisdiction_id"
where (("h"."town_id" in ($1) or "h"."jurisdiction_id" in ($2, $3)) or h.reported_by = $4)
order by "h"."reported_at" desc, "h"."id" desc
limit $5;

-- listHazardViews (department, every filter)
select "h".*, "v"."name" as "village_name"
from "hazards" as "h"
inner join "jurisdictions" as "v" on "v"."id" = "h"."jurisdiction_id"
where ((("h"."town_id" in ($1) and h.assignee_organization_id in ($2))) or h.reported_by = $3) and "h"."state" in ($4, $5) and "h"."source" = $6 and "h"."jurisdiction_id" = $7 and "h"."due_on" <= $8 and "h"."due_on" >= $9 and "h"."reported_at" >= $10 and "h"."reported_at" < $11 and "v"."parent_id" = $12 and "h"."state" = $13 and "h"."verified_at" >= $14 and "h"."verified_at" < $15 and (h.reported_at < $16 or (h.reported_at = $17 and h.id < $18))
order by "h"."reported_at" desc, "h"."id" desc
limit $19;

-- listHazardViews (reporter only)
select "h".*, "v"."name" as "village_name"
from "hazards" as "h"
inner join "jurisdictions" as "v" on "v"."id" = "h"."jurisdiction_id"
where (1 = 0 or h.reported_by = $1)
order by "h"."reported_at" desc, "h"."id" desc
limit $2;

-- countHazardViews
select cast(count(*) as integer) as "n"
from "hazards" as "h"
inner join "jurisdictions" as "v" on "v"."id" = "h"."jurisdiction_id"
where (("h"."town_id" in ($1) or "h"."jurisdiction_id" in ($2, $3)) or h.reported_by = $4) and "h"."state" in ($5, $6) and "h"."due_on" <= $7;

-- listOverdueHazardRows
select *
from "hazards"
where "state" in ($1, $2) and "due_on" < $3
order by "due_on", "id";

-- claimHazardReminder
insert into "hazard_reminders" ("key", "hazard_id", "sent_at")
values ($1, $2, $3)
on conflict ("key") do nothing
returning "key";

-- insertHazardEventRows
insert into "hazard_events" ("id", "hazard_id", "town_id", "jurisdiction_id", "kind", "actor_id", "actor_name", "note", "assignee_name", "deadline", "at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11);

-- listHazardEventRows
select *
from "hazard_events"
where "hazard_id" = $1
order by "id";

-- insertHazardPhotoRows
insert into "hazard_photos" ("id", "hazard_id", "town_id", "jurisdiction_id", "kind", "round", "file_name", "stored_name", "media_type", "size", "sha256", "uploaded_by", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13);

-- findHazardPhotoRow
select *
from "hazard_photos"
where "id" = $1;

-- listHazardPhotoRows
select *
from "hazard_photos"
where "hazard_id" = $1
order by "id";

-- countHazardPhotos
select cast(count(*) as integer) as "n"
from "hazard_photos"
where "hazard_id" = $1 and "kind" = $2 and "round" = $3;

-- listHazardRoleUsers (village)
select distinct "u"."id"
from "user_roles" as "ur"
inner join "users" as "u" on "u"."id" = "ur"."user_id"
inner join "jurisdictions" as "j" on "j"."id" = "ur"."jurisdiction_id"
where "ur"."role" in ($1, $2) and "u"."status" = $3 and "j"."id" = $4
order by "u"."id";

-- listHazardRoleUsers (town)
select distinct "u"."id"
from "user_roles" as "ur"
inner join "users" as "u" on "u"."id" = "ur"."user_id"
inner join "jurisdictions" as "j" on "j"."id" = "ur"."jurisdiction_id"
where "ur"."role" in ($1) and "u"."status" = $2 and ("j"."id" = $3 or "j"."town_id" = $4)
order by "u"."id";
