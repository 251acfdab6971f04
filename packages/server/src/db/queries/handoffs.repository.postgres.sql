-- modules/disputes/handoffs.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- listTownOfficeUserIds
select distinct "u"."id"
from "users" as "u"
inner join "user_roles" as "ur" on "ur"."user_id" = "u"."id"
inner join "jurisdictions" as "j" on "j"."id" = "ur"."jurisdiction_id"
where "ur"."role" = $1 and "u"."status" = $2 and ("j"."id" = $3 or "j"."town_id" = $4);

-- listVillageWorkerUserIds
select distinct "u"."id"
from "jurisdictions" as "place"
inner join "jurisdictions" as "j" on "place"."path" like "j"."path" || '%'
inner join "user_roles" as "ur" on "ur"."jurisdiction_id" = "j"."id"
inner join "users" as "u" on "u"."id" = "ur"."user_id"
where "place"."id" = $1 and "j"."level" in ($2, $3, $4) and "ur"."role" in ($5, $6) and "u"."status" = $7;

-- listUserIdsOfPeople
select "id"
from "users"
where "person_id" in ($1) and "status" = $2;
