-- modules/disputes/follow-ups.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- insertFollowUpRow
insert into "follow_ups" ("id", "dispute_id", "visited_at", "whom", "person_id", "agreement_id", "performed", "satisfaction", "hidden_risk", "note", "visitor_id", "visitor_name", "created_at", "town_id", "jurisdiction_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15);

-- listFollowUpRows
select *
from "follow_ups"
where "dispute_id" = $1
order by "id";
