-- modules/directory/organizations.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- createOrganizationRow
insert into "organizations" ("id", "town_id", "jurisdiction_id", "kind", "name", "phone", "note", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?);

-- findOrganization
select *
from "organizations"
where "id" = ?;

-- listOrganizationRows
select "o".*, "j"."name" as "jurisdiction_name"
from "organizations" as "o"
inner join "jurisdictions" as "j" on "j"."id" = "o"."jurisdiction_id"
where ("o"."town_id" in (?) or "o"."jurisdiction_id" in (?, ?)) and "o"."kind" = ?
order by "j"."path", "o"."kind", "o"."name";
