-- modules/disputes/disputes.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- findDisputeView
select "d".*, "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = ?
where "d"."id" = ?;

-- findDisputeRow
select *
from "disputes"
where "id" = ?;

-- listDisputeViews (no filter)
select "d"."id", "d"."number", "d"."town_id", "d"."jurisdiction_id", "d"."category", "d"."source", "d"."summary", "d"."address_masked", "d"."occurred_on", "d"."people_involved", "d"."grievance_started_on", "d"."tier", "d"."state", "d"."complexity", "d"."risk_grade", "d"."risk_reasons", "d"."deadline_at", "d"."overdue", "d"."incident_ids", "d"."created_at", "d"."updated_at", "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name", (case when not d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED') then 3 when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at < ?)) then 1 when (d.overdue = 0 and d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at >= ? and d.deadline_at <= ?) then 2 else 3 end) as "urgency"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = ?
where ("d"."town_id" in (?) or "d"."jurisdiction_id" in (?, ?))
order by "d"."id" desc
limit ?;

-- listDisputeViews (every filter, short text)
select "d"."id", "d"."number", "d"."town_id", "d"."jurisdiction_id", "d"."category", "d"."source", "d"."summary", "d"."address_masked", "d"."occurred_on", "d"."people_involved", "d"."grievance_started_on", "d"."tier", "d"."state", "d"."complexity", "d"."risk_grade", "d"."risk_reasons", "d"."deadline_at", "d"."overdue", "d"."incident_ids", "d"."created_at", "d"."updated_at", "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name", (case when not d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED') then 3 when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at < ?)) then 1 when (d.overdue = 0 and d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at >= ? and d.deadline_at <= ?) then 2 else 3 end) as "urgency"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = ?
where ("d"."town_id" in (?) or "d"."jurisdiction_id" in (?, ?)) and "d"."tier" = ? and "d"."state" = ? and "d"."category" = ? and "d"."risk_grade" = ? and lower("j"."path") like lower(?) escape '\' and (d.overdue = 1 or (d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at < ?)) and "d"."grievance_started_on" <= ? and "d"."id" in (select "dispute_id"
from "dispute_departments"
where "organization_id" in (?)) and (lower("d"."search_text") like lower(?) escape '\') and "d"."id" < ?
order by "d"."id" desc
limit ?;

-- listDisputeViews (case number)
select "d"."id", "d"."number", "d"."town_id", "d"."jurisdiction_id", "d"."category", "d"."source", "d"."summary", "d"."address_masked", "d"."occurred_on", "d"."people_involved", "d"."grievance_started_on", "d"."tier", "d"."state", "d"."complexity", "d"."risk_grade", "d"."risk_reasons", "d"."deadline_at", "d"."overdue", "d"."incident_ids", "d"."created_at", "d"."updated_at", "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name", (case when not d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED') then 3 when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at < ?)) then 1 when (d.overdue = 0 and d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at >= ? and d.deadline_at <= ?) then 2 else 3 end) as "urgency"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = ?
where ("d"."town_id" in (?) or "d"."jurisdiction_id" in (?, ?)) and "d"."number" = ?
order by "d"."id" desc
limit ?;

-- listDisputeViews (not overdue, long text)
select "d"."id", "d"."number", "d"."town_id", "d"."jurisdiction_id", "d"."category", "d"."source", "d"."summary", "d"."address_masked", "d"."occurred_on", "d"."people_involved", "d"."grievance_started_on", "d"."tier", "d"."state", "d"."complexity", "d"."risk_grade", "d"."risk_reasons", "d"."deadline_at", "d"."overdue", "d"."incident_ids", "d"."created_at", "d"."updated_at", "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name", (case when not d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED') then 3 when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at < ?)) then 1 when (d.overdue = 0 and d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at >= ? and d.deadline_at <= ?) then 2 else 3 end) as "urgency"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = ?
where 1 = 0 and not (d.overdue = 1 or (d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at < ?)) and (d.id in (select dispute_id
from disputes_fts
where disputes_fts match ?))
order by "d"."id" desc
limit ?;

-- listDisputeViews (department staff)
select "d"."id", "d"."number", "d"."town_id", "d"."jurisdiction_id", "d"."category", "d"."source", "d"."summary", "d"."address_masked", "d"."occurred_on", "d"."people_involved", "d"."grievance_started_on", "d"."tier", "d"."state", "d"."complexity", "d"."risk_grade", "d"."risk_reasons", "d"."deadline_at", "d"."overdue", "d"."incident_ids", "d"."created_at", "d"."updated_at", "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name", (case when not d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED') then 3 when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at < ?)) then 1 when (d.overdue = 0 and d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at >= ? and d.deadline_at <= ?) then 2 else 3 end) as "urgency"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = ?
where (("d"."town_id" in (?) and d.id in ((select "dispute_id"
from "dispute_departments"
where "organization_id" in (?)))))
order by "d"."id" desc
limit ?;

-- listDisputeViews (urgency order, board filters)
select "d"."id", "d"."number", "d"."town_id", "d"."jurisdiction_id", "d"."category", "d"."source", "d"."summary", "d"."address_masked", "d"."occurred_on", "d"."people_involved", "d"."grievance_started_on", "d"."tier", "d"."state", "d"."complexity", "d"."risk_grade", "d"."risk_reasons", "d"."deadline_at", "d"."overdue", "d"."incident_ids", "d"."created_at", "d"."updated_at", "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name", (case when not d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED') then 3 when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at < ?)) then 1 when (d.overdue = 0 and d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at >= ? and d.deadline_at <= ?) then 2 else 3 end) as "urgency"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = ?
where ("d"."town_id" in (?) or "d"."jurisdiction_id" in (?, ?)) and not d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED') and (d.overdue = 0 and d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at >= ? and d.deadline_at <= ?) and "d"."state" = ? and (select max(t.at)
from dispute_timeline t
where t.dispute_id = d.id and t.to_state = 'CLOSED') >= ? and (select max(t.at)
from dispute_timeline t
where t.dispute_id = d.id and t.to_state = 'CLOSED') < ? and ((case when not d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED') then 3 when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at < ?)) then 1 when (d.overdue = 0 and d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at >= ? and d.deadline_at <= ?) then 2 else 3 end) > ? or ((case when not d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED') then 3 when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at < ?)) then 1 when (d.overdue = 0 and d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at >= ? and d.deadline_at <= ?) then 2 else 3 end) = ? and d.id < ?))
order by (case when not d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED') then 3 when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at < ?)) then 1 when (d.overdue = 0 and d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at >= ? and d.deadline_at <= ?) then 2 else 3 end), "d"."id" desc
limit ?;

-- listDisputeViews (statistics drill filters)
select "d"."id", "d"."number", "d"."town_id", "d"."jurisdiction_id", "d"."category", "d"."source", "d"."summary", "d"."address_masked", "d"."occurred_on", "d"."people_involved", "d"."grievance_started_on", "d"."tier", "d"."state", "d"."complexity", "d"."risk_grade", "d"."risk_reasons", "d"."deadline_at", "d"."overdue", "d"."incident_ids", "d"."created_at", "d"."updated_at", "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name", (case when not d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED') then 3 when d.risk_grade = 'red' then 0 when (d.overdue = 1 or (d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at < ?)) then 1 when (d.overdue = 0 and d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at >= ? and d.deadline_at <= ?) then 2 else 3 end) as "urgency"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = ?
where ("d"."town_id" in (?) or "d"."jurisdiction_id" in (?, ?)) and (1 = 1 and "d"."created_at" >= ? and "d"."created_at" < ?) and exists (select 1
from dispute_timeline as t
where t.dispute_id = d.id and t.to_state = 'RESOLVED' and (1 = 1 and "t"."at" < ?)) and "d"."id" not in (select "m"."dispute_id"
from "mediation_sessions" as "s"
inner join "mediations" as "m" on "m"."id" = "s"."mediation_id"
where "s"."mode" = ? and (1 = 1)) and "d"."id" in (select "m"."dispute_id"
from "mediation_sessions" as "s"
inner join "mediations" as "m" on "m"."id" = "s"."mediation_id"
where "s"."mode" = ? and (1 = 1 and "s"."started_at" >= ?))
order by "d"."id" desc
limit ?;

-- listDisputeViewsByIds
select "d".*, "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = ?
where "d"."id" in (?, ?);

-- countDisputeBoard (no range)
select "d"."tier", "d"."state", "d"."risk_grade", cast(count(*) as integer) as "total", cast(coalesce(sum(case when (d.overdue = 1 or (d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at < ?)) then 1 else 0 end), 0) as integer) as "overdue", cast(coalesce(sum(case when (d.overdue = 0 and d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at >= ? and d.deadline_at <= ?) then 1 else 0 end), 0) as integer) as "due_soon"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in (?) or "d"."jurisdiction_id" in (?, ?)) and d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED')
group by "d"."tier", "d"."state", "d"."risk_grade";
select cast(coalesce(sum(case when c.closed_at >= ? then 1 else 0 end), 0) as integer) as "this_month", cast(coalesce(sum(case when c.closed_at >= ? then 1 else 0 end), 0) as integer) as "this_year", cast(coalesce(sum(case when 1 = 1 then 1 else 0 end), 0) as integer) as "in_range"
from (select (select max(t.at)
from dispute_timeline t
where t.dispute_id = d.id and t.to_state = 'CLOSED') as "closed_at"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in (?) or "d"."jurisdiction_id" in (?, ?)) and "d"."state" = ?) as "c";

-- countDisputeBoard (range)
select "d"."tier", "d"."state", "d"."risk_grade", cast(count(*) as integer) as "total", cast(coalesce(sum(case when (d.overdue = 1 or (d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at < ?)) then 1 else 0 end), 0) as integer) as "overdue", cast(coalesce(sum(case when (d.overdue = 0 and d.state in (?, ?, ?, ?, ?, ?) and d.deadline_at >= ? and d.deadline_at <= ?) then 1 else 0 end), 0) as integer) as "due_soon"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in (?) or "d"."jurisdiction_id" in (?, ?)) and d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED')
group by "d"."tier", "d"."state", "d"."risk_grade";
select cast(coalesce(sum(case when c.closed_at >= ? then 1 else 0 end), 0) as integer) as "this_month", cast(coalesce(sum(case when c.closed_at >= ? then 1 else 0 end), 0) as integer) as "this_year", cast(coalesce(sum(case when 1 = 1 and c.closed_at >= ? and c.closed_at < ? then 1 else 0 end), 0) as integer) as "in_range"
from (select (select max(t.at)
from dispute_timeline t
where t.dispute_id = d.id and t.to_state = 'CLOSED') as "closed_at"
from "disputes" as "d"
inner join "jurisdictions" as "j" on "j"."id" = "d"."jurisdiction_id"
where ("d"."town_id" in (?) or "d"."jurisdiction_id" in (?, ?)) and "d"."state" = ?) as "c";

-- insertDisputeRow
insert into "disputes" ("id", "town_id", "jurisdiction_id", "number", "category", "source", "summary", "address_enc", "address_masked", "occurred_on", "people_involved", "grievance_started_on", "tier", "state", "complexity", "risk_grade", "risk_reasons", "flag_threats", "flag_weapons", "flag_domestic_violence", "flag_mental_disorder", "incident_ids", "tier_entered_at", "deadline_at", "overdue", "search_text", "party_keys", "created_by", "created_at", "updated_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- updateDisputeRow
update "disputes"
set "state" = ?, "updated_at" = ?
where "id" = ?;

-- nextSequence
insert into "dispute_sequences" ("town_id", "year", "kind", "last_seq")
values (?, ?, ?, ?)
on conflict ("town_id", "year", "kind") do update
set "last_seq" = dispute_sequences.last_seq + 1
returning "last_seq";

-- insertTimelineRow
insert into "dispute_timeline" ("id", "dispute_id", "at", "event", "actor_id", "actor_name", "from_state", "to_state", "from_tier", "to_tier", "reason", "explanation", "route", "department_ids", "ref_id")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- listTimelineRows
select *
from "dispute_timeline"
where "dispute_id" = ?
order by "id";

-- insertRiskHistoryRow
insert into "dispute_risk_history" ("id", "dispute_id", "at", "grade", "reasons", "actor_id")
values (?, ?, ?, ?, ?, ?);

-- listRiskHistoryRows
select *
from "dispute_risk_history"
where "dispute_id" = ?
order by "id";

-- listDepartmentIds
select "dispute_id", "organization_id"
from "dispute_departments"
where "dispute_id" in (?, ?)
order by "assigned_at", "organization_id";

-- insertDepartments
insert into "dispute_departments" ("dispute_id", "organization_id", "assigned_at")
values (?, ?, ?), (?, ?, ?)
on conflict ("dispute_id", "organization_id") do nothing;

-- insertTaskforceMembers
insert into "dispute_taskforce_members" ("dispute_id", "person_id", "organization_id", "joined_at")
values (?, ?, ?, ?)
on conflict ("dispute_id", "person_id") do nothing;

-- listTaskforceMembers
select "m"."person_id", "p"."name", "m"."organization_id", "o"."name" as "organization_name"
from "dispute_taskforce_members" as "m"
inner join "persons" as "p" on "p"."id" = "m"."person_id"
inner join "organizations" as "o" on "o"."id" = "m"."organization_id"
where "m"."dispute_id" = ?
order by "m"."joined_at", "o"."name", "p"."name_pinyin";

-- listOrganizations
select *
from "organizations"
where "id" in (?);

-- listPersonOrganizations
select "id", "organization_id", "town_id"
from "persons"
where "id" in (?);

-- listDisputesDueBy
select *
from "disputes"
where "state" in (?, ?, ?, ?, ?, ?) and "deadline_at" is not null and "deadline_at" <= ?;

-- claimReminder
insert into "dispute_reminders" ("key", "dispute_id", "sent_at")
values (?, ?, ?)
on conflict ("key") do nothing
returning "key";

-- listUsersWithRoleOver
select distinct "ur"."user_id"
from "user_roles" as "ur"
inner join "jurisdictions" as "j" on "j"."id" = "ur"."jurisdiction_id"
inner join "users" as "u" on "u"."id" = "ur"."user_id"
where "ur"."role" in (?, ?) and "u"."status" = ? and ? like "j"."path" || '%';

-- listDepartmentUsers
select distinct "u"."id"
from "users" as "u"
inner join "persons" as "p" on "p"."id" = "u"."person_id"
inner join "user_roles" as "ur" on "ur"."user_id" = "u"."id"
where "ur"."role" = ? and "u"."status" = ? and "p"."organization_id" in (?);

-- listUserIdsOfPeople
select "id"
from "users"
where "person_id" in (?) and "status" = ?;
