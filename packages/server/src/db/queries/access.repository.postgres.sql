-- platform/access/access.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- listSubtreeIds
select "id"
from "jurisdictions"
where lower("path") like lower($1) escape '\';

-- listTownIdsUnder
select "id"
from "jurisdictions"
where "level" = $1 and lower("path") like lower($2) escape '\';

-- findUserOrganizationId
select "o"."id"
from "users" as "u"
inner join "persons" as "p" on "p"."id" = "u"."person_id"
inner join "organizations" as "o" on "o"."id" = "p"."organization_id"
where "u"."id" = $1 and "o"."kind" = $2;
