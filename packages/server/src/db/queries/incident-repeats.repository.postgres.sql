-- modules/incidents/incident-repeats.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- listRepeatCandidates (both)
select distinct "i"."id", "i"."number", "i"."jurisdiction_id", "i"."received_at", "i"."dispute_id"
from "incident_parties" as "p"
inner join "incidents" as "i" on "i"."id" = "p"."incident_id"
where (("p"."town_id" = $1 and "p"."id_number_bidx" in ($2, $3)) or ("p"."town_id" = $4 and "p"."phone_bidx" in ($5))) and "i"."id" != $6 and "i"."received_at" >= $7 and "i"."received_at" < $8;
select "i"."id", "i"."number", "i"."jurisdiction_id", "i"."received_at", "i"."dispute_id"
from "incidents" as "i"
where "i"."town_id" = $1 and "i"."address_bidx" = $2 and "i"."id" != $3 and "i"."received_at" >= $4 and "i"."received_at" < $5;

-- listRepeatCandidates (idNumbersOnly)
select distinct "i"."id", "i"."number", "i"."jurisdiction_id", "i"."received_at", "i"."dispute_id"
from "incident_parties" as "p"
inner join "incidents" as "i" on "i"."id" = "p"."incident_id"
where ("p"."town_id" = $1 and "p"."id_number_bidx" in ($2)) and "i"."id" != $3 and "i"."received_at" >= $4 and "i"."received_at" < $5;

-- listIncidentLinks
select *
from "incident_links"
where ("incident_id" = $1 or "other_id" = $2);

-- insertIncidentLinks
insert into "incident_links" ("incident_id", "other_id", "town_id", "jurisdiction_id", "reason", "created_at")
values ($1, $2, $3, $4, $5, $6)
on conflict ("incident_id", "other_id", "reason") do nothing;

-- listDisputeIncidents (referred)
select "id", "number", "received_at"
from "incidents"
where "town_id" = $1 and "dispute_id" = $2;

-- listDisputeIncidents (named)
select "id", "number", "received_at"
from "incidents"
where "town_id" = $1 and ("dispute_id" = $2 or "id" in ($3, $4));
