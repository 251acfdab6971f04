-- demo/maliang-incidents.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertIncidentRowSet
insert into "incidents" ("id", "town_id", "jurisdiction_id", "number", "source", "class_code", "class_name", "category", "dispute", "summary", "address_enc", "address_bidx", "address_masked", "latitude", "longitude", "state", "disposition", "case_kind", "case_number", "department_id", "duplicate_of_id", "dispute_id", "responsible_officer_id", "received_at", "dispatched_at", "acked_at", "arrived_at", "handling_at", "feedback_at", "reviewed_at", "closed_at", "arrival_target_minutes", "arrival_deadline_at", "arrival_late", "feedback", "search_text", "party_keys", "created_by", "created_at", "updated_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
insert into "incident_parties" ("id", "incident_id", "town_id", "jurisdiction_id", "person_id", "role", "name", "name_pinyin", "name_initials", "sex", "id_number_enc", "id_number_bidx", "id_number_masked", "phone_enc", "phone_bidx", "phone_masked", "address_enc", "address_masked", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
insert into "incident_timeline" ("id", "incident_id", "town_id", "jurisdiction_id", "at", "event", "actor_id", "actor_name", "from_state", "to_state", "note", "ref_id")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
insert into "incident_links" ("incident_id", "other_id", "town_id", "jurisdiction_id", "reason", "created_at")
values (?, ?, ?, ?, ?, ?);

-- listIncidentSourcedDisputes
select "id", "jurisdiction_id", "category", "summary", "created_at", "flag_threats", "flag_weapons", "flag_domestic_violence", "flag_mental_disorder", "grievance_started_on", "people_involved"
from "disputes"
where "town_id" = ? and "source" = ?
order by "created_at", "id";

-- listVillagePopulations
select "id", "population"
from "jurisdictions"
where "level" in (?, ?)
order by "sort_order", "id";

-- listOfficersWithoutAccount
select "p"."id" as "person_id", "p"."name", "a"."jurisdiction_id"
from "assignments" as "a"
inner join "persons" as "p" on "p"."id" = "a"."person_id"
inner join "jurisdictions" as "j" on "j"."id" = "a"."jurisdiction_id"
left join "users" as "u" on "u"."person_id" = "p"."id"
where "a"."duty" = ? and "u"."id" is null
order by "j"."sort_order", "j"."id";

-- linkDisputesToIncidents
update "disputes"
set "incident_ids" = ?, "occurred_on" = ?, "risk_grade" = ?, "risk_reasons" = ?
where "id" = ?;
update "dispute_risk_history"
set "grade" = ?, "reasons" = ?
where "dispute_id" = ? and "at" = ?;
