-- modules/incidents/incident-repeats.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- listRepeatCandidates (both)
select distinct "i"."id", "i"."number", "i"."jurisdiction_id", "i"."received_at", "i"."dispute_id"
from "incident_parties" as "p"
inner join "incidents" as "i" on "i"."id" = "p"."incident_id"
where (("p"."town_id" = ? and "p"."id_number_bidx" in (?, ?)) or ("p"."town_id" = ? and "p"."phone_bidx" in (?))) and "i"."id" != ? and "i"."received_at" >= ? and "i"."received_at" < ?;
select "i"."id", "i"."number", "i"."jurisdiction_id", "i"."received_at", "i"."dispute_id"
from "incidents" as "i"
where "i"."town_id" = ? and "i"."address_bidx" = ? and "i"."id" != ? and "i"."received_at" >= ? and "i"."received_at" < ?;

-- listRepeatCandidates (idNumbersOnly)
select distinct "i"."id", "i"."number", "i"."jurisdiction_id", "i"."received_at", "i"."dispute_id"
from "incident_parties" as "p"
inner join "incidents" as "i" on "i"."id" = "p"."incident_id"
where ("p"."town_id" = ? and "p"."id_number_bidx" in (?)) and "i"."id" != ? and "i"."received_at" >= ? and "i"."received_at" < ?;

-- listIncidentLinks
select *
from "incident_links"
where ("incident_id" = ? or "other_id" = ?);

-- insertIncidentLinks
insert into "incident_links" ("incident_id", "other_id", "town_id", "jurisdiction_id", "reason", "created_at")
values (?, ?, ?, ?, ?, ?)
on conflict ("incident_id", "other_id", "reason") do nothing;

-- listDisputeIncidents (referred)
select "id", "number", "received_at"
from "incidents"
where "town_id" = ? and "dispute_id" = ?;

-- listDisputeIncidents (named)
select "id", "number", "received_at"
from "incidents"
where "town_id" = ? and ("dispute_id" = ? or "id" in (?, ?));
