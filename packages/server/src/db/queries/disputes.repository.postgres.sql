-- modules/disputes/disputes.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- findDisputeView
select "d".*, "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = $1
where "d"."id" = $2;

-- findDisputeRow
select *
from "disputes"
where "id" = $1;

-- listDisputeViews (no filter)
select "d"."id", "d"."number", "d"."town_id", "d"."jurisdiction_id", "d"."category", "d"."source", "d"."summary", "d"."address_masked", "d"."occurred_on", "d"."people_involved", "d"."grievance_started_on", "d"."tier", "d"."state", "d"."complexity", "d"."risk_grade", "d"."risk_reasons", "d"."deadline_at", "d"."overdue", "d"."incident_ids", "d"."created_at", "d"."updated_at", "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name", (case when not d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED') then 3 when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in ($1, $2, $3, $4, $5, $6) and d.deadline_at < $7)) then 1 when (d.overdue = 0 and d.state in ($8, $9, $10, $11, $12, $13) and d.deadline_at >= $14 and d.deadline_at <= $15) then 2 else 3 end) as "urgency"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = $16
where ("d"."town_id" in ($17) or "d"."jurisdiction_id" in ($18, $19))
order by "d"."id" desc
limit $20;

-- listDisputeViews (every filter, short text)
select "d"."id", "d"."number", "d"."town_id", "d"."jurisdiction_id", "d"."category", "d"."source", "d"."summary", "d"."address_masked", "d"."occurred_on", "d"."people_involved", "d"."grievance_started_on", "d"."tier", "d"."state", "d"."complexity", "d"."risk_grade", "d"."risk_reasons", "d"."deadline_at", "d"."overdue", "d"."incident_ids", "d"."created_at", "d"."updated_at", "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name", (case when not d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED') then 3 when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in ($1, $2, $3, $4, $5, $6) and d.deadline_at < $7)) then 1 when (d.overdue = 0 and d.state in ($8, $9, $10, $11, $12, $13) and d.deadline_at >= $14 and d.deadline_at <= $15) then 2 else 3 end) as "urgency"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = $16
where ("d"."town_id" in ($17) or "d"."jurisdiction_id" in ($18, $19)) and "d"."tier" = $20 and "d"."state" = $21 and "d"."category" = $22 and "d"."risk_grade" = $23 and lower("j"."path") like lower($24) escape '\' and (d.overdue = 1 or (d.state in ($25, $26, $27, $28, $29, $30) and d.deadline_at < $31)) and "d"."grievance_started_on" <= $32 and "d"."id" in (select "dispute_id"
from "dispute_departments"
where "organization_id" in ($33)) and (lower("d"."search_text") like lower($34) escape '\') and "d"."id" < $35
order by "d"."id" desc
limit $36;

-- listDisputeViews (case number)
select "d"."id", "d"."number", "d"."town_id", "d"."jurisdiction_id", "d"."category", "d"."source", "d"."summary", "d"."address_masked", "d"."occurred_on", "d"."people_involved", "d"."grievance_started_on", "d"."tier", "d"."state", "d"."complexity", "d"."risk_grade", "d"."risk_reasons", "d"."deadline_at", "d"."overdue", "d"."incident_ids", "d"."created_at", "d"."updated_at", "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name", (case when not d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED') then 3 when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in ($1, $2, $3, $4, $5, $6) and d.deadline_at < $7)) then 1 when (d.overdue = 0 and d.state in ($8, $9, $10, $11, $12, $13) and d.deadline_at >= $14 and d.deadline_at <= $15) then 2 else 3 end) as "urgency"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = $16
where ("d"."town_id" in ($17) or "d"."jurisdiction_id" in ($18, $19)) and "d"."number" = $20
order by "d"."id" desc
limit $21;

-- listDisputeViews (not overdue, long text)
select "d"."id", "d"."number", "d"."town_id", "d"."jurisdiction_id", "d"."category", "d"."source", "d"."summary", "d"."address_masked", "d"."occurred_on", "d"."people_involved", "d"."grievance_started_on", "d"."tier", "d"."state", "d"."complexity", "d"."risk_grade", "d"."risk_reasons", "d"."deadline_at", "d"."overdue", "d"."incident_ids", "d"."created_at", "d"."updated_at", "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name", (case when not d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED') then 3 when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in ($1, $2, $3, $4, $5, $6) and d.deadline_at < $7)) then 1 when (d.overdue = 0 and d.state in ($8, $9, $10, $11, $12, $13) and d.deadline_at >= $14 and d.deadline_at <= $15) then 2 else 3 end) as "urgency"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = $16
where 1 = 0 and not (d.overdue = 1 or (d.state in ($17, $18, $19, $20, $21, $22) and d.deadline_at < $23)) and (lower("d"."search_text") like lower($24) escape '\')
order by "d"."id" desc
limit $25;

-- listDisputeViews (department staff)
select "d"."id", "d"."number", "d"."town_id", "d"."jurisdiction_id", "d"."category", "d"."source", "d"."summary", "d"."address_masked", "d"."occurred_on", "d"."people_involved", "d"."grievance_started_on", "d"."tier", "d"."state", "d"."complexity", "d"."risk_grade", "d"."risk_reasons", "d"."deadline_at", "d"."overdue", "d"."incident_ids", "d"."created_at", "d"."updated_at", "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name", (case when not d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED') then 3 when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in ($1, $2, $3, $4, $5, $6) and d.deadline_at < $7)) then 1 when (d.overdue = 0 and d.state in ($8, $9, $10, $11, $12, $13) and d.deadline_at >= $14 and d.deadline_at <= $15) then 2 else 3 end) as "urgency"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = $16
where (("d"."town_id" in ($17) and d.id in ((select "dispute_id"
from "dispute_departments"
where "organization_id" in ($18)))))
order by "d"."id" desc
limit $19;

-- listDisputeViews (urgency order, board filters)
select "d"."id", "d"."number", "d"."town_id", "d"."jurisdiction_id", "d"."category", "d"."source", "d"."summary", "d"."address_masked", "d"."occurred_on", "d"."people_involved", "d"."grievance_started_on", "d"."tier", "d"."state", "d"."complexity", "d"."risk_grade", "d"."risk_reasons", "d"."deadline_at", "d"."overdue", "d"."incident_ids", "d"."created_at", "d"."updated_at", "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name", (case when not d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED') then 3 when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in ($1, $2, $3, $4, $5, $6) and d.deadline_at < $7)) then 1 when (d.overdue = 0 and d.state in ($8, $9, $10, $11, $12, $13) and d.deadline_at >= $14 and d.deadline_at <= $15) then 2 else 3 end) as "urgency"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = $16
where ("d"."town_id" in ($17) or "d"."jurisdiction_id" in ($18, $19)) and not d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED') and (d.overdue = 0 and d.state in ($20, $21, $22, $23, $24, $25) and d.deadline_at >= $26 and d.deadline_at <= $27) and "d"."state" = $28 and (select max(t.at)
from dispute_timeline t
where t.dispute_id = d.id and t.to_state = 'CLOSED') >= $29 and (select max(t.at)
from dispute_timeline t
where t.dispute_id = d.id and t.to_state = 'CLOSED') < $30 and ((case when not d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED') then 3 when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in ($31, $32, $33, $34, $35, $36) and d.deadline_at < $37)) then 1 when (d.overdue = 0 and d.state in ($38, $39, $40, $41, $42, $43) and d.deadline_at >= $44 and d.deadline_at <= $45) then 2 else 3 end) > $46 or ((case when not d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED') then 3 when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in ($47, $48, $49, $50, $51, $52) and d.deadline_at < $53)) then 1 when (d.overdue = 0 and d.state in ($54, $55, $56, $57, $58, $59) and d.deadline_at >= $60 and d.deadline_at <= $61) then 2 else 3 end) = $62 and d.id < $63))
order by (case when not d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED') then 3 when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in ($64, $65, $66, $67, $68, $69) and d.deadline_at < $70)) then 1 when (d.overdue = 0 and d.state in ($71, $72, $73, $74, $75, $76) and d.deadline_at >= $77 and d.deadline_at <= $78) then 2 else 3 end), "d"."id" desc
limit $79;

-- listDisputeViews (statistics drill filters)
select "d"."id", "d"."number", "d"."town_id", "d"."jurisdiction_id", "d"."category", "d"."source", "d"."summary", "d"."address_masked", "d"."occurred_on", "d"."people_involved", "d"."grievance_started_on", "d"."tier", "d"."state", "d"."complexity", "d"."risk_grade", "d"."risk_reasons", "d"."deadline_at", "d"."overdue", "d"."incident_ids", "d"."created_at", "d"."updated_at", "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name", (case when not d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED') then 3 when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in ($1, $2, $3, $4, $5, $6) and d.deadline_at < $7)) then 1 when (d.overdue = 0 and d.state in ($8, $9, $10, $11, $12, $13) and d.deadline_at >= $14 and d.deadline_at <= $15) then 2 else 3 end) as "urgency"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = $16
where ("d"."town_id" in ($17) or "d"."jurisdiction_id" in ($18, $19)) and (1 = 1 and "d"."created_at" >= $20 and "d"."created_at" < $21) and exists (select 1
from dispute_timeline as t
where t.dispute_id = d.id and t.to_state = 'RESOLVED' and (1 = 1 and "t"."at" < $22)) and "d"."id" not in (select "m"."dispute_id"
from "mediation_sessions" as "s"
inner join "mediations" as "m" on "m"."id" = "s"."mediation_id"
where "s"."mode" = $23 and (1 = 1)) and "d"."id" in (select "m"."dispute_id"
from "mediation_sessions" as "s"
inner join "mediations" as "m" on "m"."id" = "s"."mediation_id"
where "s"."mode" = $24 and (1 = 1 and "s"."started_at" >= $25))
order by "d"."id" desc
limit $26;

-- listDisputeViewsByIds
select "d".*, "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = $1
where "d"."id" in ($2, $3);

-- countDisputeBoard (no range)
select "d"."tier", "d"."state", "d"."risk_grade", cast(count(*) as integer) as "total", cast(coalesce(sum(case when (d.overdue = 1 or (d.state in ($1, $2, $3, $4, $5, $6) and d.deadline_at < $7)) then 1 else 0 end), 0) as integer) as "overdue", cast(coalesce(sum(case when (d.overdue = 0 and d.state in ($8, $9, $10, $11, $12, $13) and d.deadline_at >= $14 and d.deadline_at <= $15) then 1 else 0 end), 0) as integer) as "due_soon"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in ($16) or "d"."jurisdiction_id" in ($17, $18)) and d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED')
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
where ("d"."town_id" in ($16) or "d"."jurisdiction_id" in ($17, $18)) and d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED')
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

-- listTaskforceMembers
select "m"."person_id", "p"."name", "m"."organization_id", "o"."name" as "organization_name"
from "dispute_taskforce_members" as "m"
inner join "persons" as "p" on "p"."id" = "m"."person_id"
inner join "organizations" as "o" on "o"."id" = "m"."organization_id"
where "m"."dispute_id" = $1
order by "m"."joined_at", "o"."name", "p"."name_pinyin";

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

-- listUserIdsOfPeople
select "id"
from "users"
where "person_id" in ($1) and "status" = $2;
