-- modules/directory/jurisdictions.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- createJurisdictionRow
insert into "jurisdictions" ("id", "parent_id", "level", "code", "name", "path", "town_id", "population", "households", "note", "sort_order", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13);

-- insertJurisdictionRows
insert into "jurisdictions" ("id", "parent_id", "level", "code", "name", "path", "town_id", "population", "households", "note", "sort_order", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13);

-- findJurisdiction
select *
from "jurisdictions"
where "id" = $1;

-- findJurisdictionByCode
select *
from "jurisdictions"
where "code" = $1;

-- listJurisdictionsByIds
select *
from "jurisdictions"
where "id" in ($1, $2);

-- listTakenJurisdictionCodes
select "code"
from "jurisdictions"
where "code" in ($1, $2);

-- listJurisdictionRows
select "j".*
from "jurisdictions" as "j"
where ("j"."town_id" in ($1) or "j"."id" in ($2, $3)) and "j"."level" = $4
order by "j"."sort_order", "j"."path";

-- listJurisdictionViews
select "j"."id", "j"."parent_id", "j"."level", "j"."code", "j"."name", "j"."town_id", "j"."population", "j"."households", "j"."note"
from "jurisdictions" as "j"
where ("j"."town_id" in ($1) or "j"."id" in ($2, $3)) and "j"."parent_id" = $4
order by "j"."sort_order", "j"."path";

-- updateJurisdictionRow
update "jurisdictions"
set "name" = $1, "updated_at" = $2
where "id" = $3;
