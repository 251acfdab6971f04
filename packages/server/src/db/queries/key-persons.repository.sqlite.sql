-- modules/key-persons/key-persons.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertKeyPersonRow
insert into "key_persons" ("id", "town_id", "jurisdiction_id", "person_enc", "person_bidx", "category_group", "category", "level", "status", "basis_enc", "since", "level_since", "officer_person_id", "officer_name", "auxiliary_person_id", "auxiliary_name", "last_visit_on", "next_visit_due", "removed_at", "removed_reason", "created_by", "created_at", "updated_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findKeyPersonView
select "k".*, "j"."name" as "village_name"
from "key_persons" as "k"
inner join "jurisdictions" as "j" on "j"."id" = "k"."jurisdiction_id"
where "k"."id" = ?;

-- findActiveKeyPersonIdByPersonIndex
select "id"
from "key_persons"
where "person_bidx" = ? and "category_group" = ? and "status" = ?;

-- listKeyPersonViews (both groups)
select "k".*, "j"."name" as "village_name"
from "key_persons" as "k"
inner join "jurisdictions" as "j" on "j"."id" = "k"."jurisdiction_id"
where ((k.category_group = ? and ("k"."town_id" in (?) or "k"."jurisdiction_id" in (?, ?))) or (k.category_group = ? and ("k"."town_id" in (?) or "k"."jurisdiction_id" in (?, ?)))) and "k"."status" = ?
order by "k"."next_visit_due", "k"."id"
limit ?;

-- listKeyPersonViews (governance only, every filter)
select "k".*, "j"."name" as "village_name"
from "key_persons" as "k"
inner join "jurisdictions" as "j" on "j"."id" = "k"."jurisdiction_id"
where ((k.category_group = ? and ("k"."town_id" in (?) or "k"."jurisdiction_id" in (?, ?)))) and "k"."status" = ? and "k"."category_group" = ? and k.category = ? and "k"."level" = ? and "k"."jurisdiction_id" = ? and "k"."next_visit_due" < ? and ("k"."officer_person_id" = ? or "k"."auxiliary_person_id" = ?) and ("k"."next_visit_due" > ? or ("k"."next_visit_due" = ? and "k"."id" > ?))
order by "k"."next_visit_due", "k"."id"
limit ?;

-- listKeyPersonViews (no group)
select "k".*, "j"."name" as "village_name"
from "key_persons" as "k"
inner join "jurisdictions" as "j" on "j"."id" = "k"."jurisdiction_id"
where 1 = 0 and "k"."status" = ?
order by "k"."next_visit_due", "k"."id"
limit ?;

-- countKeyPersons
select count(*) as "count"
from "key_persons" as "k"
where ((k.category_group = ? and ("k"."town_id" in (?) or "k"."jurisdiction_id" in (?, ?))) or (k.category_group = ? and ("k"."town_id" in (?) or "k"."jurisdiction_id" in (?, ?)))) and "k"."status" = ? and "k"."next_visit_due" < ? and ("k"."officer_person_id" = ? or "k"."auxiliary_person_id" = ?);

-- updateKeyPersonRow
update "key_persons"
set "level" = ?, "updated_at" = ?
where "id" = ?;

-- advanceKeyPersonLastVisit
update "key_persons"
set "last_visit_on" = ?, "next_visit_due" = ?, "updated_at" = ?
where "id" = ? and ("last_visit_on" is null or "last_visit_on" < ?);

-- listActiveKeyPersonsAtLevel
select "id", "last_visit_on", "level_since"
from "key_persons"
where "town_id" = ? and "status" = ? and "level" = ?;

-- listKeyPersonPeople
select "id", "name", "sex", "id_number_masked", "phone_masked", "address_masked"
from "persons"
where "id" in (?, ?);

-- findKeyPersonPersonCipher
select "id_number_enc", "phone_enc", "address_enc"
from "persons"
where "id" = ?;

-- listUserIdsOfPeople
select "id"
from "users"
where "person_id" in (?, ?) and "status" = ?;

-- insertKeyPersonRequestRow
insert into "key_person_requests" ("id", "key_person_id", "town_id", "jurisdiction_id", "kind", "from_level", "to_level", "reason", "state", "requested_by", "requested_by_name", "requested_at", "decided_by", "decided_by_name", "decided_at", "decision_note")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findKeyPersonRequestRow
select *
from "key_person_requests"
where "id" = ?;

-- listPendingKeyPersonRequestRows
select *
from "key_person_requests"
where "key_person_id" in (?, ?) and "state" = ?;

-- listKeyPersonRequestRows
select *
from "key_person_requests"
where "key_person_id" = ?
order by "requested_at" desc, "id" desc;

-- decideKeyPersonRequestRow
update "key_person_requests"
set "state" = ?, "decided_by" = ?, "decided_by_name" = ?, "decided_at" = ?, "decision_note" = ?
where "id" = ? and "state" = ?;

-- insertKeyPersonVisitRow
insert into "key_person_visits" ("id", "key_person_id", "town_id", "jurisdiction_id", "visited_at", "visited_on", "method", "place", "findings", "visitor_user_id", "visitor_name", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findKeyPersonVisitRow
select *
from "key_person_visits"
where "id" = ?;

-- listKeyPersonVisitRows (first page)
select *
from "key_person_visits"
where "key_person_id" = ?
order by "visited_at" desc, "id" desc
limit ?;

-- listKeyPersonVisitRows (next page)
select *
from "key_person_visits"
where "key_person_id" = ? and ("visited_at" < ? or ("visited_at" = ? and "id" < ?))
order by "visited_at" desc, "id" desc
limit ?;

-- listKeyPersonVisitPhotoIds
select "id", "visit_id"
from "key_person_visit_photos"
where "visit_id" in (?, ?)
order by "created_at", "id";

-- insertKeyPersonVisitPhotoRow
insert into "key_person_visit_photos" ("id", "visit_id", "town_id", "jurisdiction_id", "file_name", "stored_name", "media_type", "size", "sha256", "uploaded_by", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findKeyPersonVisitPhotoRow
select "p".*, "v"."key_person_id"
from "key_person_visit_photos" as "p"
inner join "key_person_visits" as "v" on "v"."id" = "p"."visit_id"
where "p"."id" = ?;

-- listVisitPlanRows
select *
from "key_person_visit_plans"
where "town_id" = ?;

-- upsertVisitPlanRows
insert into "key_person_visit_plans" ("town_id", "level", "interval", "updated_by", "updated_at")
values (?, ?, ?, ?, ?)
on conflict ("town_id", "level") do update
set "interval" = "excluded"."interval", "updated_by" = "excluded"."updated_by", "updated_at" = "excluded"."updated_at";

-- listOverdueKeyPersonRows
select "id", "town_id", "jurisdiction_id", "category_group", "category", "level", "next_visit_due", "officer_person_id", "auxiliary_person_id"
from "key_persons"
where "status" = ? and "next_visit_due" < ?
order by "id";

-- claimKeyPersonReminder
insert into "key_person_reminders" ("key", "key_person_id", "created_at")
values (?, ?, ?)
on conflict ("key") do nothing
returning "key";

-- countKeyPersonFigures
select count(*) as "active", count(case when k.next_visit_due < ? then 1 end) as "overdue", (select count(*) as "n"
from "key_person_visits" as "v"
inner join "key_persons" as "vk" on "vk"."id" = "v"."key_person_id"
where "v"."town_id" = ? and "vk"."category_group" = ? and "v"."visited_on" >= ? and "v"."visited_on" <= ?) as "visits"
from "key_persons" as "k"
where "k"."town_id" = ? and "k"."category_group" = ? and "k"."status" = ?;
