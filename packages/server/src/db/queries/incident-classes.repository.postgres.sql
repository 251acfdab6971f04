-- modules/incidents/incident-classes.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- listIncidentClassRows
select *
from "incident_classes"
where "town_id" = $1
order by "code";

-- findIncidentClassRow
select *
from "incident_classes"
where "town_id" = $1 and "code" = $2;

-- upsertIncidentClassRows
insert into "incident_classes" ("id", "town_id", "jurisdiction_id", "code", "name", "category", "dispute", "arrival_target_minutes", "active", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
on conflict ("town_id", "code") do update
set "name" = "excluded"."name", "category" = "excluded"."category", "dispute" = "excluded"."dispute", "arrival_target_minutes" = "excluded"."arrival_target_minutes", "active" = "excluded"."active", "updated_at" = "excluded"."updated_at";
