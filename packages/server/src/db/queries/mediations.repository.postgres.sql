-- modules/disputes/mediations.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- insertMediationRow
insert into "mediations" ("id", "dispute_id", "track", "initiated_by", "started_at", "status", "ended_at", "mediator_ids", "responsible_officer_id", "extensions", "termination_reason", "other_routes_explained", "reported_to_police", "created_at", "town_id", "jurisdiction_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16);

-- findMediationRow
select *
from "mediations"
where "id" = $1;

-- listMediationRowsByIds
select *
from "mediations"
where "id" in ($1, $2);

-- listMediationRows
select *
from "mediations"
where "dispute_id" = $1
order by "id";

-- updateMediationRow
update "mediations"
set "status" = $1
where "id" = $2;

-- insertSessionRow
insert into "mediation_sessions" ("id", "mediation_id", "mode", "started_at", "ended_at", "location", "participants", "invitees_consented", "record", "reported_to_police", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11);

-- listSessionRows
select *
from "mediation_sessions"
where "mediation_id" in ($1)
order by "id";

-- countSessions
select count(*) as "n"
from "mediation_sessions"
where "mediation_id" = $1;

-- listTownPeople
select "p"."id", "p"."kind", "o"."kind" as "organization_kind"
from "persons" as "p"
left join "organizations" as "o" on "o"."id" = "p"."organization_id"
where "p"."town_id" = $1 and "p"."id" in ($2);

-- listPersonRoles
select "ur"."role"
from "users" as "u"
inner join "user_roles" as "ur" on "ur"."user_id" = "u"."id"
where "u"."person_id" = $1;
