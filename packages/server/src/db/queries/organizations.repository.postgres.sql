-- modules/directory/organizations.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- createOrganizationRow
insert into "organizations" ("id", "town_id", "jurisdiction_id", "kind", "name", "phone", "note", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8);

-- findOrganization
select *
from "organizations"
where "id" = $1;

-- listOrganizationRows
select "o".*, "j"."name" as "jurisdiction_name"
from "organizations" as "o"
inner join "jurisdictions" as "j" on "j"."id" = "o"."jurisdiction_id"
where ("o"."town_id" in ($1) or "o"."jurisdiction_id" in ($2, $3)) and "o"."kind" = $4
order by "j"."path", "o"."kind", "o"."name";
