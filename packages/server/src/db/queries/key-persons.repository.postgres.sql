-- modules/key-persons/key-persons.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- insertKeyPersonRow
insert into "key_persons" ("id", "town_id", "jurisdiction_id", "person_enc", "person_bidx", "category_group", "category", "level", "status", "basis_enc", "since", "level_since", "officer_person_id", "officer_name", "auxiliary_person_id", "auxiliary_name", "last_visit_on", "next_visit_due", "removed_at", "removed_reason", "created_by", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23);

-- findKeyPersonView
select "k".*, "j"."name" as "village_name"
from "key_persons" as "k"
inner join "jurisdictions" as "j" on "j"."id" = "k"."jurisdiction_id"
where "k"."id" = $1;

-- findActiveKeyPersonIdByPersonIndex
select "id"
from "key_persons"
where "person_bidx" = $1 and "category_group" = $2 and "status" = $3;

-- listKeyPersonViews (both groups)
select "k".*, "j"."name" as "village_name"
from "key_persons" as "k"
inner join "jurisdictions" as "j" on "j"."id" = "k"."jurisdiction_id"
where ((k.category_group = $1 and ("k"."town_id" in ($2) or "k"."jurisdiction_id" in ($3, $4))) or (k.category_group = $5 and ("k"."town_id" in ($6) or "k"."jurisdiction_id" in ($7, $8)))) and "k"."status" = $9
order by "k"."next_visit_due", "k"."id"
limit $10;

-- listKeyPersonViews (governance only, every filter)
select "k".*, "j"."name" as "village_name"
from "key_persons" as "k"
inner join "jurisdictions" as "j" on "j"."id" = "k"."jurisdiction_id"
where ((k.category_group = $1 and ("k"."town_id" in ($2) or "k"."jurisdiction_id" in ($3, $4)))) and "k"."status" = $5 and "k"."category_group" = $6 and k.category = $7 and "k"."level" = $8 and "k"."jurisdiction_id" = $9 and "k"."next_visit_due" < $10 and ("k"."officer_person_id" = $11 or "k"."auxiliary_person_id" = $12) and ("k"."next_visit_due" > $13 or ("k"."next_visit_due" = $14 and "k"."id" > $15))
order by "k"."next_visit_due", "k"."id"
limit $16;

-- listKeyPersonViews (no group)
select "k".*, "j"."name" as "village_name"
from "key_persons" as "k"
inner join "jurisdictions" as "j" on "j"."id" = "k"."jurisdiction_id"
where 1 = 0 and "k"."status" = $1
order by "k"."next_visit_due", "k"."id"
limit $2;

-- countKeyPersons
select count(*) as "count"
from "key_persons" as "k"
where ((k.category_group = $1 and ("k"."town_id" in ($2) or "k"."jurisdiction_id" in ($3, $4))) or (k.category_group = $5 and ("k"."town_id" in ($6) or "k"."jurisdiction_id" in ($7, $8)))) and "k"."status" = $9 and "k"."next_visit_due" < $10 and ("k"."officer_person_id" = $11 or "k"."auxiliary_person_id" = $12);

-- updateKeyPersonRow
update "key_persons"
set "level" = $1, "updated_at" = $2
where "id" = $3;

-- advanceKeyPersonLastVisit
update "key_persons"
set "last_visit_on" = $1, "next_visit_due" = $2, "updated_at" = $3
where "id" = $4 and ("last_visit_on" is null or "last_visit_on" < $5);

-- listActiveKeyPersonsAtLevel
select "id", "last_visit_on", "level_since"
from "key_persons"
where "town_id" = $1 and "status" = $2 and "level" = $3;

-- listKeyPersonPeople
select "id", "name", "sex", "id_number_masked", "phone_masked", "address_masked"
from "persons"
where "id" in ($1, $2);

-- findKeyPersonPersonCipher
select "id_number_enc", "phone_enc", "address_enc"
from "persons"
where "id" = $1;

-- listUserIdsOfPeople
select "id"
from "users"
where "person_id" in ($1, $2) and "status" = $3;

-- insertKeyPersonRequestRow
insert into "key_person_requests" ("id", "key_person_id", "town_id", "jurisdiction_id", "kind", "from_level", "to_level", "reason", "state", "requested_by", "requested_by_name", "requested_at", "decided_by", "decided_by_name", "decided_at", "decision_note")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16);

-- findKeyPersonRequestRow
select *
from "key_person_requests"
where "id" = $1;

-- listPendingKeyPersonRequestRows
select *
from "key_person_requests"
where "key_person_id" in ($1, $2) and "state" = $3;

-- listKeyPersonRequestRows
select *
from "key_person_requests"
where "key_person_id" = $1
order by "requested_at" desc, "id" desc;

-- decideKeyPersonRequestRow
update "key_person_requests"
set "state" = $1, "decided_by" = $2, "decided_by_name" = $3, "decided_at" = $4, "decision_note" = $5
where "id" = $6 and "state" = $7;

-- insertKeyPersonVisitRow
insert into "key_person_visits" ("id", "key_person_id", "town_id", "jurisdiction_id", "visited_at", "visited_on", "method", "place", "findings", "visitor_user_id", "visitor_name", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12);

-- findKeyPersonVisitRow
select *
from "key_person_visits"
where "id" = $1;

-- listKeyPersonVisitRows (first page)
select *
from "key_person_visits"
where "key_person_id" = $1
order by "visited_at" desc, "id" desc
limit $2;

-- listKeyPersonVisitRows (next page)
select *
from "key_person_visits"
where "key_person_id" = $1 and ("visited_at" < $2 or ("visited_at" = $3 and "id" < $4))
order by "visited_at" desc, "id" desc
limit $5;

-- listKeyPersonVisitPhotoIds
select "id", "visit_id"
from "key_person_visit_photos"
where "visit_id" in ($1, $2)
order by "created_at", "id";

-- insertKeyPersonVisitPhotoRow
insert into "key_person_visit_photos" ("id", "visit_id", "town_id", "jurisdiction_id", "file_name", "stored_name", "media_type", "size", "sha256", "uploaded_by", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11);

-- findKeyPersonVisitPhotoRow
select "p".*, "v"."key_person_id"
from "key_person_visit_photos" as "p"
inner join "key_person_visits" as "v" on "v"."id" = "p"."visit_id"
where "p"."id" = $1;

-- listVisitPlanRows
select *
from "key_person_visit_plans"
where "town_id" = $1;

-- upsertVisitPlanRows
insert into "key_person_visit_plans" ("town_id", "level", "interval", "updated_by", "updated_at")
values ($1, $2, $3, $4, $5)
on conflict ("town_id", "level") do update
set "interval" = "excluded"."interval", "updated_by" = "excluded"."updated_by", "updated_at" = "excluded"."updated_at";

-- listOverdueKeyPersonRows
select "id", "town_id", "jurisdiction_id", "category_group", "category", "level", "next_visit_due", "officer_person_id", "auxiliary_person_id"
from "key_persons"
where "status" = $1 and "next_visit_due" < $2
order by "id";

-- claimKeyPersonReminder
insert into "key_person_reminders" ("key", "key_person_id", "created_at")
values ($1, $2, $3)
on conflict ("key") do nothing
returning "key";

-- countKeyPersonFigures
select count(*) as "active", count(case when k.next_visit_due < $1 then 1 end) as "overdue", (select count(*) as "n"
from "key_person_visits" as "v"
inner join "key_persons" as "vk" on "vk"."id" = "v"."key_person_id"
where "v"."town_id" = $2 and "vk"."category_group" = $3 and "v"."visited_on" >= $4 and "v"."visited_on" <= $5) as "visits"
from "key_persons" as "k"
where "k"."town_id" = $6 and "k"."category_group" = $7 and "k"."status" = $8;
