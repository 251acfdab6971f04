-- platform/access/access.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- listSubtreeIds
select "id"
from "jurisdictions"
where lower("path") like lower(?) escape '\';

-- listTownIdsUnder
select "id"
from "jurisdictions"
where "level" = ? and lower("path") like lower(?) escape '\';
