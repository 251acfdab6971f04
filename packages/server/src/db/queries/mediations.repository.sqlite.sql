-- modules/disputes/mediations.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertMediationRow
insert into "mediations" ("id", "dispute_id", "track", "initiated_by", "started_at", "status", "ended_at", "mediator_ids", "responsible_officer_id", "extensions", "termination_reason", "other_routes_explained", "reported_to_police", "created_at", "town_id", "jurisdiction_id")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findMediationRow
select *
from "mediations"
where "id" = ?;

-- listMediationRowsByIds
select *
from "mediations"
where "id" in (?, ?);

-- listMediationRows
select *
from "mediations"
where "dispute_id" = ?
order by "id";

-- updateMediationRow
update "mediations"
set "status" = ?
where "id" = ?;

-- insertSessionRow
insert into "mediation_sessions" ("id", "mediation_id", "mode", "started_at", "ended_at", "location", "participants", "invitees_consented", "record", "reported_to_police", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- listSessionRows
select *
from "mediation_sessions"
where "mediation_id" in (?)
order by "id";

-- countSessions
select count(*) as "n"
from "mediation_sessions"
where "mediation_id" = ?;

-- listTownPeople
select "p"."id", "p"."kind", "o"."kind" as "organization_kind"
from "persons" as "p"
left join "organizations" as "o" on "o"."id" = "p"."organization_id"
where "p"."town_id" = ? and "p"."id" in (?);

-- listPersonRoles
select "ur"."role"
from "users" as "u"
inner join "user_roles" as "ur" on "ur"."user_id" = "u"."id"
where "u"."person_id" = ?;
