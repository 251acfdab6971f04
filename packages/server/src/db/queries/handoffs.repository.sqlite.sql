-- modules/disputes/handoffs.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- listTownOfficeUserIds
select distinct "u"."id"
from "users" as "u"
inner join "user_roles" as "ur" on "ur"."user_id" = "u"."id"
inner join "jurisdictions" as "j" on "j"."id" = "ur"."jurisdiction_id"
where "ur"."role" = ? and "u"."status" = ? and ("j"."id" = ? or "j"."town_id" = ?);

-- listVillageWorkerUserIds
select distinct "u"."id"
from "jurisdictions" as "place"
inner join "jurisdictions" as "j" on "place"."path" like "j"."path" || '%'
inner join "user_roles" as "ur" on "ur"."jurisdiction_id" = "j"."id"
inner join "users" as "u" on "u"."id" = "ur"."user_id"
where "place"."id" = ? and "j"."level" in (?, ?, ?) and "ur"."role" in (?, ?) and "u"."status" = ?;

-- listUserIdsOfPeople
select "id"
from "users"
where "person_id" in (?) and "status" = ?;
