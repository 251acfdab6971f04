-- modules/assessments/assessments.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- listOfficerRows
select "a"."person_id", "p"."name", "a"."town_id", "v"."id" as "village_id", "v"."name" as "village_name", "d"."id" as "district_id", "d"."name" as "district_name"
from "assignments" as "a"
inner join "persons" as "p" on "p"."id" = "a"."person_id"
inner join "jurisdictions" as "v" on "v"."id" = "a"."jurisdiction_id"
inner join "jurisdictions" as "d" on "d"."id" = "v"."parent_id"
where "a"."duty" = ? and ("a"."town_id" in (?) or "a"."jurisdiction_id" in (?, ?))
order by "d"."path", "v"."path", "p"."name_pinyin", "a"."person_id";

-- listOfficerRowsInDistricts
select "a"."person_id", "p"."name", "a"."town_id", "v"."id" as "village_id", "v"."name" as "village_name", "d"."id" as "district_id", "d"."name" as "district_name"
from "assignments" as "a"
inner join "persons" as "p" on "p"."id" = "a"."person_id"
inner join "jurisdictions" as "v" on "v"."id" = "a"."jurisdiction_id"
inner join "jurisdictions" as "d" on "d"."id" = "v"."parent_id"
where "a"."duty" = ? and "d"."id" in (?, ?)
order by "d"."path", "v"."path", "p"."name_pinyin", "a"."person_id";

-- findOfficerRow
select "a"."person_id", "p"."name", "a"."town_id", "v"."id" as "village_id", "v"."name" as "village_name", "d"."id" as "district_id", "d"."name" as "district_name"
from "assignments" as "a"
inner join "persons" as "p" on "p"."id" = "a"."person_id"
inner join "jurisdictions" as "v" on "v"."id" = "a"."jurisdiction_id"
inner join "jurisdictions" as "d" on "d"."id" = "v"."parent_id"
where "a"."duty" = ? and "a"."person_id" = ?
order by "v"."path"
limit ?;

-- lockOfficer
update "persons"
set "id" = "id"
where "id" = ?;

-- findUserPersonId
select "person_id"
from "users"
where "id" = ?;

-- findAssessmentSettingsRow
select *
from "assessment_settings"
where "town_id" = ?;

-- listAssessmentSettingsRows
select *
from "assessment_settings"
where "town_id" in (?);

-- saveAssessmentSettingsRow
insert into "assessment_settings" ("town_id", "settings", "updated_at", "updated_by", "updated_by_name")
values (?, ?, ?, ?, ?)
on conflict ("town_id") do update
set "settings" = ?, "updated_at" = ?, "updated_by" = ?, "updated_by_name" = ?;

-- insertAdjustmentRow
insert into "assessment_adjustments" ("id", "town_id", "jurisdiction_id", "person_id", "month", "item", "kind", "points_tenths", "reason", "actor_id", "actor_name", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- listAdjustmentRows
select *
from "assessment_adjustments"
where "town_id" = ? and "month" = ? and "person_id" in (?, ?)
order by "id";

-- insertSignoffRow
insert into "assessment_signoffs" ("id", "town_id", "jurisdiction_id", "person_id", "month", "total_tenths", "snapshot", "signed_by", "signed_by_name", "signed_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findSignoffRow
select *
from "assessment_signoffs"
where "person_id" = ? and "month" = ?;

-- listSignoffTotals
select "person_id", "total_tenths", "signed_at"
from "assessment_signoffs"
where "month" = ? and "person_id" in (?, ?);

-- listSignoffRows
select *
from "assessment_signoffs"
where "month" = ? and "person_id" in (?, ?);

-- listDutyEvidenceRows
select "l"."id", "l"."type", "l"."occurred_at", "l"."officer_person_id", "l"."place", "v"."name" as "village_name"
from "duty_logs" as "l"
inner join "jurisdictions" as "v" on "v"."id" = "l"."jurisdiction_id"
where "l"."town_id" = ? and "l"."officer_person_id" in (?, ?) and "l"."occurred_at" >= ? and "l"."occurred_at" < ?
order by "l"."occurred_at", "l"."id";

-- listMediationEvidenceRows
select "m"."id", "m"."dispute_id", "m"."track", "m"."started_at", "m"."mediator_ids", "d"."number"
from "mediations" as "m"
inner join "disputes" as "d" on "d"."id" = "m"."dispute_id"
where "m"."town_id" = ? and "m"."started_at" >= ? and "m"."started_at" < ?
order by "m"."started_at", "m"."id";

-- listFollowUpEvidenceRows
select "f"."id", "f"."dispute_id", "f"."visited_at", "u"."person_id", "d"."number"
from "follow_ups" as "f"
inner join "users" as "u" on "u"."id" = "f"."visitor_id"
inner join "disputes" as "d" on "d"."id" = "f"."dispute_id"
where "f"."town_id" = ? and "u"."person_id" in (?, ?) and "f"."visited_at" >= ? and "f"."visited_at" < ?
order by "f"."visited_at", "f"."id";

-- listIncidentAckEvidenceRows
select "i"."id", "i"."number", "u"."person_id", "t"."at", "i"."received_at", "i"."dispatched_at", "i"."acked_at", "i"."arrived_at", "i"."arrival_target_minutes", "i"."disposition"
from "incident_timeline" as "t"
inner join "users" as "u" on "u"."id" = "t"."actor_id"
inner join "incidents" as "i" on "i"."id" = "t"."incident_id"
where "t"."town_id" = ? and "t"."event" = ? and "u"."person_id" in (?, ?) and "t"."at" >= ? and "t"."at" < ?
order by "t"."at", "t"."id";
