-- modules/disputes/disputes.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- findDisputeView
select "d".*, "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where "d"."id" = $1;

-- findDisputeRow
select *
from "disputes"
where "id" = $1;

-- listDisputeViews (no filter)
select "d".*, "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in ($1) or "d"."jurisdiction_id" in ($2, $3))
order by "d"."id" desc
limit $4;

-- listDisputeViews (every filter, short text)
select "d".*, "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in ($1) or "d"."jurisdiction_id" in ($2, $3)) and "d"."tier" = $4 and "d"."state" = $5 and "d"."category" = $6 and "d"."risk_grade" = $7 and lower("j"."path") like lower($8) escape '\' and (d.overdue = 1 or (d.state in ($9, $10, $11, $12, $13, $14) and d.deadline_at < $15)) and "d"."grievance_started_on" <= $16 and "d"."id" in (select "dispute_id"
from "dispute_departments"
where "organization_id" in ($17)) and (lower("d"."search_text") like lower($18) escape '\') and "d"."id" < $19
order by "d"."id" desc
limit $20;

-- listDisputeViews (not overdue, long text)
select "d".*, "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where 1 = 0 and not (d.overdue = 1 or (d.state in ($1, $2, $3, $4, $5, $6) and d.deadline_at < $7)) and (lower("d"."search_text") like lower($8) escape '\')
order by "d"."id" desc
limit $9;

-- listDisputeViews (department staff)
select "d".*, "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where (("d"."town_id" in ($1) and d.id in ((select "dispute_id"
from "dispute_departments"
where "organization_id" in ($2)))))
order by "d"."id" desc
limit $3;

-- insertDisputeRow
insert into "disputes" ("id", "town_id", "jurisdiction_id", "number", "category", "source", "summary", "address_enc", "address_masked", "occurred_on", "people_involved", "grievance_started_on", "tier", "state", "complexity", "risk_grade", "risk_reasons", "flag_threats", "flag_weapons", "flag_domestic_violence", "flag_mental_disorder", "incident_ids", "tier_entered_at", "deadline_at", "overdue", "search_text", "party_keys", "created_by", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30);

-- updateDisputeRow
update "disputes"
set "state" = $1, "updated_at" = $2
where "id" = $3;

-- nextSequence
insert into "dispute_sequences" ("town_id", "year", "kind", "last_seq")
values ($1, $2, $3, $4)
on conflict ("town_id", "year", "kind") do update
set "last_seq" = dispute_sequences.last_seq + 1
returning "last_seq";

-- insertTimelineRow
insert into "dispute_timeline" ("id", "dispute_id", "at", "event", "actor_id", "actor_name", "from_state", "to_state", "from_tier", "to_tier", "reason", "explanation", "route", "department_ids", "ref_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15);

-- listTimelineRows
select *
from "dispute_timeline"
where "dispute_id" = $1
order by "id";

-- insertRiskHistoryRow
insert into "dispute_risk_history" ("id", "dispute_id", "at", "grade", "reasons", "actor_id")
values ($1, $2, $3, $4, $5, $6);

-- listRiskHistoryRows
select *
from "dispute_risk_history"
where "dispute_id" = $1
order by "id";

-- listDepartmentIds
select "dispute_id", "organization_id"
from "dispute_departments"
where "dispute_id" in ($1, $2)
order by "assigned_at", "organization_id";

-- insertDepartments
insert into "dispute_departments" ("dispute_id", "organization_id", "assigned_at")
values ($1, $2, $3), ($4, $5, $6)
on conflict ("dispute_id", "organization_id") do nothing;

-- insertTaskforceMembers
insert into "dispute_taskforce_members" ("dispute_id", "person_id", "organization_id", "joined_at")
values ($1, $2, $3, $4)
on conflict ("dispute_id", "person_id") do nothing;

-- listOrganizations
select *
from "organizations"
where "id" in ($1);

-- listPersonOrganizations
select "id", "organization_id", "town_id"
from "persons"
where "id" in ($1);

-- listDisputesDueBy
select *
from "disputes"
where "state" in ($1, $2, $3, $4, $5, $6) and "deadline_at" is not null and "deadline_at" <= $7;

-- claimReminder
insert into "dispute_reminders" ("key", "dispute_id", "sent_at")
values ($1, $2, $3)
on conflict ("key") do nothing
returning "key";

-- listUsersWithRoleOver
select distinct "ur"."user_id"
from "user_roles" as "ur"
inner join "jurisdictions" as "j" on "j"."id" = "ur"."jurisdiction_id"
inner join "users" as "u" on "u"."id" = "ur"."user_id"
where "ur"."role" in ($1, $2) and "u"."status" = $3 and $4 like "j"."path" || '%';

-- listDepartmentUsers
select distinct "u"."id"
from "users" as "u"
inner join "persons" as "p" on "p"."id" = "u"."person_id"
inner join "user_roles" as "ur" on "ur"."user_id" = "u"."id"
where "ur"."role" = $1 and "u"."status" = $2 and "p"."organization_id" in ($3);
