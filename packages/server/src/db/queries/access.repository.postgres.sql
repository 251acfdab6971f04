-- platform/access/access.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- listSubtreeIds
select "id"
from "jurisdictions"
where lower("path") like lower($1) escape '\';

-- listTownIdsUnder
select "id"
from "jurisdictions"
where "level" = $1 and lower("path") like lower($2) escape '\';
