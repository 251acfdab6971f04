-- modules/assessments/assessments.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- listOfficerRows
select "a"."person_id", "p"."name", "a"."town_id", "v"."id" as "village_id", "v"."name" as "village_name", "d"."id" as "district_id", "d"."name" as "district_name"
from "assignments" as "a"
inner join "persons" as "p" on "p"."id" = "a"."person_id"
inner join "jurisdictions" as "v" on "v"."id" = "a"."jurisdiction_id"
inner join "jurisdictions" as "d" on "d"."id" = "v"."parent_id"
where "a"."duty" = $1 and ("a"."town_id" in ($2) or "a"."jurisdiction_id" in ($3, $4))
order by "d"."path", "v"."path", "p"."name_pinyin", "a"."person_id";

-- listOfficerRowsInDistricts
select "a"."person_id", "p"."name", "a"."town_id", "v"."id" as "village_id", "v"."name" as "village_name", "d"."id" as "district_id", "d"."name" as "district_name"
from "assignments" as "a"
inner join "persons" as "p" on "p"."id" = "a"."person_id"
inner join "jurisdictions" as "v" on "v"."id" = "a"."jurisdiction_id"
inner join "jurisdictions" as "d" on "d"."id" = "v"."parent_id"
where "a"."duty" = $1 and "d"."id" in ($2, $3)
order by "d"."path", "v"."path", "p"."name_pinyin", "a"."person_id";

-- findOfficerRow
select "a"."person_id", "p"."name", "a"."town_id", "v"."id" as "village_id", "v"."name" as "village_name", "d"."id" as "district_id", "d"."name" as "district_name"
from "assignments" as "a"
inner join "persons" as "p" on "p"."id" = "a"."person_id"
inner join "jurisdictions" as "v" on "v"."id" = "a"."jurisdiction_id"
inner join "jurisdictions" as "d" on "d"."id" = "v"."parent_id"
where "a"."duty" = $1 and "a"."person_id" = $2
order by "v"."path"
limit $3;

-- lockOfficer
update "persons"
set "id" = "id"
where "id" = $1;

-- findUserPersonId
select "person_id"
from "users"
where "id" = $1;

-- findAssessmentSettingsRow
select *
from "assessment_settings"
where "town_id" = $1;

-- listAssessmentSettingsRows
select *
from "assessment_settings"
where "town_id" in ($1);

-- saveAssessmentSettingsRow
insert into "assessment_settings" ("town_id", "settings", "updated_at", "updated_by", "updated_by_name")
values ($1, $2, $3, $4, $5)
on conflict ("town_id") do update
set "settings" = $6, "updated_at" = $7, "updated_by" = $8, "updated_by_name" = $9;

-- insertAdjustmentRow
insert into "assessment_adjustments" ("id", "town_id", "jurisdiction_id", "person_id", "month", "item", "kind", "points_tenths", "reason", "actor_id", "actor_name", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12);

-- listAdjustmentRows
select *
from "assessment_adjustments"
where "town_id" = $1 and "month" = $2 and "person_id" in ($3, $4)
order by "id";

-- insertSignoffRow
insert into "assessment_signoffs" ("id", "town_id", "jurisdiction_id", "person_id", "month", "total_tenths", "snapshot", "signed_by", "signed_by_name", "signed_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10);

-- findSignoffRow
select *
from "assessment_signoffs"
where "person_id" = $1 and "month" = $2;

-- listSignoffTotals
select "person_id", "total_tenths", "signed_at"
from "assessment_signoffs"
where "month" = $1 and "person_id" in ($2, $3);

-- listSignoffRows
select *
from "assessment_signoffs"
where "month" = $1 and "person_id" in ($2, $3);

-- listDutyEvidenceRows
select "l"."id", "l"."type", "l"."occurred_at", "l"."officer_person_id", "l"."place", "v"."name" as "village_name"
from "duty_logs" as "l"
inner join "jurisdictions" as "v" on "v"."id" = "l"."jurisdiction_id"
where "l"."town_id" = $1 and "l"."officer_person_id" in ($2, $3) and "l"."occurred_at" >= $4 and "l"."occurred_at" < $5
order by "l"."occurred_at", "l"."id";

-- listMediationEvidenceRows
select "m"."id", "m"."dispute_id", "m"."track", "m"."started_at", "m"."mediator_ids", "d"."number"
from "mediations" as "m"
inner join "disputes" as "d" on "d"."id" = "m"."dispute_id"
where "m"."town_id" = $1 and "m"."started_at" >= $2 and "m"."started_at" < $3
order by "m"."started_at", "m"."id";

-- listFollowUpEvidenceRows
select "f"."id", "f"."dispute_id", "f"."visited_at", "u"."person_id", "d"."number"
from "follow_ups" as "f"
inner join "users" as "u" on "u"."id" = "f"."visitor_id"
inner join "disputes" as "d" on "d"."id" = "f"."dispute_id"
where "f"."town_id" = $1 and "u"."person_id" in ($2, $3) and "f"."visited_at" >= $4 and "f"."visited_at" < $5
order by "f"."visited_at", "f"."id";

-- listIncidentAckEvidenceRows
select "i"."id", "i"."number", "u"."person_id", "t"."at", "i"."received_at", "i"."dispatched_at", "i"."acked_at", "i"."arrived_at", "i"."arrival_target_minutes", "i"."disposition"
from "incident_timeline" as "t"
inner join "users" as "u" on "u"."id" = "t"."actor_id"
inner join "incidents" as "i" on "i"."id" = "t"."incident_id"
where "t"."town_id" = $1 and "t"."event" = $2 and "u"."person_id" in ($3, $4) and "t"."at" >= $5 and "t"."at" < $6
order by "t"."at", "t"."id";
