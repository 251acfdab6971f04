-- modules/directory/jurisdictions.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- createJurisdictionRow
insert into "jurisdictions" ("id", "parent_id", "level", "code", "name", "path", "town_id", "population", "households", "note", "sort_order", "created_at", "updated_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- insertJurisdictionRows
insert into "jurisdictions" ("id", "parent_id", "level", "code", "name", "path", "town_id", "population", "households", "note", "sort_order", "created_at", "updated_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findJurisdiction
select *
from "jurisdictions"
where "id" = ?;

-- findJurisdictionByCode
select *
from "jurisdictions"
where "code" = ?;

-- listJurisdictionsByIds
select *
from "jurisdictions"
where "id" in (?, ?);

-- listTakenJurisdictionCodes
select "code"
from "jurisdictions"
where "code" in (?, ?);

-- listJurisdictionRows
select "j".*
from "jurisdictions" as "j"
where ("j"."town_id" in (?) or "j"."id" in (?, ?)) and "j"."level" = ?
order by "j"."sort_order", "j"."path";

-- listJurisdictionViews
select "j"."id", "j"."parent_id", "j"."level", "j"."code", "j"."name", "j"."town_id", "j"."population", "j"."households", "j"."note"
from "jurisdictions" as "j"
where ("j"."town_id" in (?) or "j"."id" in (?, ?)) and "j"."parent_id" = ?
order by "j"."sort_order", "j"."path";

-- updateJurisdictionRow
update "jurisdictions"
set "name" = ?, "updated_at" = ?
where "id" = ?;
