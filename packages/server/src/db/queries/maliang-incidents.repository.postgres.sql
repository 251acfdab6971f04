-- demo/maliang-incidents.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- insertIncidentRowSet
insert into "incidents" ("id", "town_id", "jurisdiction_id", "number", "source", "class_code", "class_name", "category", "dispute", "summary", "address_enc", "address_bidx", "address_masked", "latitude", "longitude", "state", "disposition", "case_kind", "case_number", "department_id", "duplicate_of_id", "dispute_id", "responsible_officer_id", "received_at", "dispatched_at", "acked_at", "arrived_at", "handling_at", "feedback_at", "reviewed_at", "closed_at", "arrival_target_minutes", "arrival_deadline_at", "arrival_late", "feedback", "search_text", "party_keys", "created_by", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40);
insert into "incident_parties" ("id", "incident_id", "town_id", "jurisdiction_id", "person_id", "role", "name", "name_pinyin", "name_initials", "sex", "id_number_enc", "id_number_bidx", "id_number_masked", "phone_enc", "phone_bidx", "phone_masked", "address_enc", "address_masked", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19);
insert into "incident_timeline" ("id", "incident_id", "town_id", "jurisdiction_id", "at", "event", "actor_id", "actor_name", "from_state", "to_state", "note", "ref_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12);
insert into "incident_links" ("incident_id", "other_id", "town_id", "jurisdiction_id", "reason", "created_at")
values ($1, $2, $3, $4, $5, $6);

-- listIncidentSourcedDisputes
select "id", "jurisdiction_id", "category", "summary", "created_at", "flag_threats", "flag_weapons", "flag_domestic_violence", "flag_mental_disorder", "grievance_started_on", "people_involved"
from "disputes"
where "town_id" = $1 and "source" = $2
order by "created_at", "id";

-- listVillagePopulations
select "id", "population"
from "jurisdictions"
where "level" in ($1, $2)
order by "sort_order", "id";

-- listOfficersWithoutAccount
select "p"."id" as "person_id", "p"."name", "a"."jurisdiction_id"
from "assignments" as "a"
inner join "persons" as "p" on "p"."id" = "a"."person_id"
inner join "jurisdictions" as "j" on "j"."id" = "a"."jurisdiction_id"
left join "users" as "u" on "u"."person_id" = "p"."id"
where "a"."duty" = $1 and "u"."id" is null
order by "j"."sort_order", "j"."id";

-- linkDisputesToIncidents
update "disputes"
set "incident_ids" = $1, "occurred_on" = $2, "risk_grade" = $3, "risk_reasons" = $4
where "id" = $5;
update "dispute_risk_history"
set "grade" = $1, "reasons" = $2
where "dispute_id" = $3 and "at" = $4;
