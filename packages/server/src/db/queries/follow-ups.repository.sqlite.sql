-- modules/disputes/follow-ups.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertFollowUpRow
insert into "follow_ups" ("id", "dispute_id", "visited_at", "whom", "person_id", "agreement_id", "performed", "satisfaction", "hidden_risk", "note", "visitor_id", "visitor_name", "created_at", "town_id", "jurisdiction_id")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- listFollowUpRows
select *
from "follow_ups"
where "dispute_id" = ?
order by "id";
