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
select "d"."id", "d"."number", "d"."town_id", "d"."jurisdiction_id", "d"."category", "d"."source", "d"."summary", "d"."address_masked", "d"."occurred_on", "d"."people_involved", "d"."grievance_started_on", "d"."tier", "d"."state", "d"."complexity", "d"."risk_grade", "d"."risk_reasons", "d"."deadline_at", "d"."overdue", "d"."incident_ids", "d"."created_at", "d"."updated_at", "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", (case when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in ($1, $2, $3, $4, $5, $6) and d.deadline_at < $7)) then 1 when (d.overdue = 0 and d.state in ($8, $9, $10, $11, $12, $13) and d.deadline_at >= $14 and d.deadline_at <= $15) then 2 else 3 end) as "urgency"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in ($16) or "d"."jurisdiction_id" in ($17, $18))
order by "d"."id" desc
limit $19;

-- listDisputeViews (every filter, short text)
select "d"."id", "d"."number", "d"."town_id", "d"."jurisdiction_id", "d"."category", "d"."source", "d"."summary", "d"."address_masked", "d"."occurred_on", "d"."people_involved", "d"."grievance_started_on", "d"."tier", "d"."state", "d"."complexity", "d"."risk_grade", "d"."risk_reasons", "d"."deadline_at", "d"."overdue", "d"."incident_ids", "d"."created_at", "d"."updated_at", "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", (case when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in ($1, $2, $3, $4, $5, $6) and d.deadline_at < $7)) then 1 when (d.overdue = 0 and d.state in ($8, $9, $10, $11, $12, $13) and d.deadline_at >= $14 and d.deadline_at <= $15) then 2 else 3 end) as "urgency"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in ($16) or "d"."jurisdiction_id" in ($17, $18)) and "d"."tier" = $19 and "d"."state" = $20 and "d"."category" = $21 and "d"."risk_grade" = $22 and lower("j"."path") like lower($23) escape '\' and (d.overdue = 1 or (d.state in ($24, $25, $26, $27, $28, $29) and d.deadline_at < $30)) and "d"."grievance_started_on" <= $31 and "d"."id" in (select "dispute_id"
from "dispute_departments"
where "organization_id" in ($32)) and (lower("d"."search_text") like lower($33) escape '\') and "d"."id" < $34
order by "d"."id" desc
limit $35;

-- listDisputeViews (not overdue, long text)
select "d"."id", "d"."number", "d"."town_id", "d"."jurisdiction_id", "d"."category", "d"."source", "d"."summary", "d"."address_masked", "d"."occurred_on", "d"."people_involved", "d"."grievance_started_on", "d"."tier", "d"."state", "d"."complexity", "d"."risk_grade", "d"."risk_reasons", "d"."deadline_at", "d"."overdue", "d"."incident_ids", "d"."created_at", "d"."updated_at", "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", (case when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in ($1, $2, $3, $4, $5, $6) and d.deadline_at < $7)) then 1 when (d.overdue = 0 and d.state in ($8, $9, $10, $11, $12, $13) and d.deadline_at >= $14 and d.deadline_at <= $15) then 2 else 3 end) as "urgency"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where 1 = 0 and not (d.overdue = 1 or (d.state in ($16, $17, $18, $19, $20, $21) and d.deadline_at < $22)) and (lower("d"."search_text") like lower($23) escape '\')
order by "d"."id" desc
limit $24;

-- listDisputeViews (department staff)
select "d"."id", "d"."number", "d"."town_id", "d"."jurisdiction_id", "d"."category", "d"."source", "d"."summary", "d"."address_masked", "d"."occurred_on", "d"."people_involved", "d"."grievance_started_on", "d"."tier", "d"."state", "d"."complexity", "d"."risk_grade", "d"."risk_reasons", "d"."deadline_at", "d"."overdue", "d"."incident_ids", "d"."created_at", "d"."updated_at", "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", (case when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in ($1, $2, $3, $4, $5, $6) and d.deadline_at < $7)) then 1 when (d.overdue = 0 and d.state in ($8, $9, $10, $11, $12, $13) and d.deadline_at >= $14 and d.deadline_at <= $15) then 2 else 3 end) as "urgency"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where (("d"."town_id" in ($16) and d.id in ((select "dispute_id"
from "dispute_departments"
where "organization_id" in ($17)))))
order by "d"."id" desc
limit $18;

-- listDisputeViews (urgency order, board filters)
select "d"."id", "d"."number", "d"."town_id", "d"."jurisdiction_id", "d"."category", "d"."source", "d"."summary", "d"."address_masked", "d"."occurred_on", "d"."people_involved", "d"."grievance_started_on", "d"."tier", "d"."state", "d"."complexity", "d"."risk_grade", "d"."risk_reasons", "d"."deadline_at", "d"."overdue", "d"."incident_ids", "d"."created_at", "d"."updated_at", "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", (case when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in ($1, $2, $3, $4, $5, $6) and d.deadline_at < $7)) then 1 when (d.overdue = 0 and d.state in ($8, $9, $10, $11, $12, $13) and d.deadline_at >= $14 and d.deadline_at <= $15) then 2 else 3 end) as "urgency"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in ($16) or "d"."jurisdiction_id" in ($17, $18)) and not d.state not in ($19, $20, $21) and (d.overdue = 0 and d.state in ($22, $23, $24, $25, $26, $27) and d.deadline_at >= $28 and d.deadline_at <= $29) and "d"."state" = $30 and (select max(t.at)
from dispute_timeline t
where t.dispute_id = d.id and t.to_state = 'CLOSED') >= $31 and (select max(t.at)
from dispute_timeline t
where t.dispute_id = d.id and t.to_state = 'CLOSED') < $32 and ((case when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in ($33, $34, $35, $36, $37, $38) and d.deadline_at < $39)) then 1 when (d.overdue = 0 and d.state in ($40, $41, $42, $43, $44, $45) and d.deadline_at >= $46 and d.deadline_at <= $47) then 2 else 3 end) > $48 or ((case when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in ($49, $50, $51, $52, $53, $54) and d.deadline_at < $55)) then 1 when (d.overdue = 0 and d.state in ($56, $57, $58, $59, $60, $61) and d.deadline_at >= $62 and d.deadline_at <= $63) then 2 else 3 end) = $64 and d.id < $65))
order by (case when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in ($66, $67, $68, $69, $70, $71) and d.deadline_at < $72)) then 1 when (d.overdue = 0 and d.state in ($73, $74, $75, $76, $77, $78) and d.deadline_at >= $79 and d.deadline_at <= $80) then 2 else 3 end), "d"."id" desc
limit $81;

-- listDisputeViewsByIds
select "d".*, "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where "d"."id" in ($1, $2);

-- countDisputeBoard (no range)
select "d"."tier", "d"."state", "d"."risk_grade", cast(count(*) as integer) as "total", cast(coalesce(sum(case when (d.overdue = 1 or (d.state in ($1, $2, $3, $4, $5, $6) and d.deadline_at < $7)) then 1 else 0 end), 0) as integer) as "overdue", cast(coalesce(sum(case when (d.overdue = 0 and d.state in ($8, $9, $10, $11, $12, $13) and d.deadline_at >= $14 and d.deadline_at <= $15) then 1 else 0 end), 0) as integer) as "due_soon"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in ($16) or "d"."jurisdiction_id" in ($17, $18)) and d.state not in ($19, $20, $21)
group by "d"."tier", "d"."state", "d"."risk_grade";
select cast(coalesce(sum(case when c.closed_at >= $1 then 1 else 0 end), 0) as integer) as "this_month", cast(coalesce(sum(case when c.closed_at >= $2 then 1 else 0 end), 0) as integer) as "this_year", cast(coalesce(sum(case when 1 = 1 then 1 else 0 end), 0) as integer) as "in_range"
from (select (select max(t.at)
from dispute_timeline t
where t.dispute_id = d.id and t.to_state = 'CLOSED') as "closed_at"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in ($3) or "d"."jurisdiction_id" in ($4, $5)) and "d"."state" = $6) as "c";

-- countDisputeBoard (range)
select "d"."tier", "d"."state", "d"."risk_grade", cast(count(*) as integer) as "total", cast(coalesce(sum(case when (d.overdue = 1 or (d.state in ($1, $2, $3, $4, $5, $6) and d.deadline_at < $7)) then 1 else 0 end), 0) as integer) as "overdue", cast(coalesce(sum(case when (d.overdue = 0 and d.state in ($8, $9, $10, $11, $12, $13) and d.deadline_at >= $14 and d.deadline_at <= $15) then 1 else 0 end), 0) as integer) as "due_soon"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in ($16) or "d"."jurisdiction_id" in ($17, $18)) and d.state not in ($19, $20, $21)
group by "d"."tier", "d"."state", "d"."risk_grade";
select cast(coalesce(sum(case when c.closed_at >= $1 then 1 else 0 end), 0) as integer) as "this_month", cast(coalesce(sum(case when c.closed_at >= $2 then 1 else 0 end), 0) as integer) as "this_year", cast(coalesce(sum(case when 1 = 1 and c.closed_at >= $3 and c.closed_at < $4 then 1 else 0 end), 0) as integer) as "in_range"
from (select (select max(t.at)
from dispute_timeline t
where t.dispute_id = d.id and t.to_state = 'CLOSED') as "closed_at"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in ($5) or "d"."jurisdiction_id" in ($6, $7)) and "d"."state" = $8) as "c";

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
