-- modules/incidents/incidents.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- incidentClassFor
select "code", "name", "category", "dispute", "arrival_target_minutes", "active"
from "incident_classes"
where "town_id" = $1 and ("code" = $2 or "id" = (select "id"
from "incident_classes"
where "town_id" = $3
limit $4))
order by case when code = $5 then 0 else 1 end
limit $6;

-- findIncidentView
select "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name", "o"."name" as "department_name", "dup"."number" as "duplicate_of_number", "d"."number" as "dispute_number", "u"."display_name" as "responsible_officer_name", "i".*
from "incidents" as "i"
inner join "jurisdictions" as "j" on "j"."id" = "i"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = $1
left join "organizations" as "o" on "o"."id" = "i"."department_id"
left join "incidents" as "dup" on "dup"."id" = "i"."duplicate_of_id"
left join "disputes" as "d" on "d"."id" = "i"."dispute_id"
left join "users" as "u" on "u"."id" = "i"."responsible_officer_id"
where "i"."id" = $2;

-- listIncidentViews (every filter)
select "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name", "o"."name" as "department_name", "dup"."number" as "duplicate_of_number", "d"."number" as "dispute_number", "u"."display_name" as "responsible_officer_name", "i"."id", "i"."town_id", "i"."jurisdiction_id", "i"."number", "i"."source", "i"."class_code", "i"."class_name", "i"."category", "i"."dispute", "i"."summary", "i"."address_masked", "i"."latitude", "i"."longitude", "i"."state", "i"."disposition", "i"."case_kind", "i"."case_number", "i"."department_id", "i"."duplicate_of_id", "i"."dispute_id", "i"."responsible_officer_id", "i"."received_at", "i"."dispatched_at", "i"."acked_at", "i"."arrived_at", "i"."handling_at", "i"."feedback_at", "i"."reviewed_at", "i"."closed_at", "i"."arrival_target_minutes", "i"."arrival_deadline_at", "i"."arrival_late", "i"."feedback", "i"."created_at", "i"."updated_at"
from "incidents" as "i"
inner join "jurisdictions" as "j" on "j"."id" = "i"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = $1
left join "organizations" as "o" on "o"."id" = "i"."department_id"
left join "incidents" as "dup" on "dup"."id" = "i"."duplicate_of_id"
left join "disputes" as "d" on "d"."id" = "i"."dispute_id"
left join "users" as "u" on "u"."id" = "i"."responsible_officer_id"
where (("i"."town_id" in ($2) or "i"."jurisdiction_id" in ($3, $4)) and i.class_code = $5 and i.category = $6 and i.state = $7 and lower("j"."path") like lower($8) escape '\' and (i.arrival_late = 1 or (i.arrived_at is null and i.state <> 'CLOSED' and i.arrival_deadline_at <= $9)) and i.dispute = $10 and i.state <> 'CLOSED' and i.dispute_id is not null and i.received_at >= $11 and i.received_at < $12 and cast((cast(substr("i"."received_at", 12, 2) as integer) + 8) % 24 as varchar(2)) = $13 and i.number = $14 and i.id in (select p.incident_id
from incident_parties as p
where (p.id_number_bidx = $15 or p.phone_bidx = $16)) and (lower("i"."search_text") like lower($17) escape '\' or lower("i"."party_keys") like lower($18) escape '\')) and (i.received_at < $19 or (i.received_at = $20 and i.id < $21))
order by "i"."received_at" desc, "i"."id" desc
limit $22;

-- listIncidentViews (not late, closed, Chinese text)
select "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name", "o"."name" as "department_name", "dup"."number" as "duplicate_of_number", "d"."number" as "dispute_number", "u"."display_name" as "responsible_officer_name", "i"."id", "i"."town_id", "i"."jurisdiction_id", "i"."number", "i"."source", "i"."class_code", "i"."class_name", "i"."category", "i"."dispute", "i"."summary", "i"."address_masked", "i"."latitude", "i"."longitude", "i"."state", "i"."disposition", "i"."case_kind", "i"."case_number", "i"."department_id", "i"."duplicate_of_id", "i"."dispute_id", "i"."responsible_officer_id", "i"."received_at", "i"."dispatched_at", "i"."acked_at", "i"."arrived_at", "i"."handling_at", "i"."feedback_at", "i"."reviewed_at", "i"."closed_at", "i"."arrival_target_minutes", "i"."arrival_deadline_at", "i"."arrival_late", "i"."feedback", "i"."created_at", "i"."updated_at"
from "incidents" as "i"
inner join "jurisdictions" as "j" on "j"."id" = "i"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = $1
left join "organizations" as "o" on "o"."id" = "i"."department_id"
left join "incidents" as "dup" on "dup"."id" = "i"."duplicate_of_id"
left join "disputes" as "d" on "d"."id" = "i"."dispute_id"
left join "users" as "u" on "u"."id" = "i"."responsible_officer_id"
where (("i"."town_id" in ($2) or "i"."jurisdiction_id" in ($3, $4)) and not (i.arrival_late = 1 or (i.arrived_at is null and i.state <> 'CLOSED' and i.arrival_deadline_at <= $5)) and i.dispute = $6 and i.state = 'CLOSED' and i.dispute_id is null and lower("i"."search_text") like lower($7) escape '\')
order by "i"."received_at" desc, "i"."id" desc
limit $8;

-- listIncidentViews (no filter)
select "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name", "o"."name" as "department_name", "dup"."number" as "duplicate_of_number", "d"."number" as "dispute_number", "u"."display_name" as "responsible_officer_name", "i"."id", "i"."town_id", "i"."jurisdiction_id", "i"."number", "i"."source", "i"."class_code", "i"."class_name", "i"."category", "i"."dispute", "i"."summary", "i"."address_masked", "i"."latitude", "i"."longitude", "i"."state", "i"."disposition", "i"."case_kind", "i"."case_number", "i"."department_id", "i"."duplicate_of_id", "i"."dispute_id", "i"."responsible_officer_id", "i"."received_at", "i"."dispatched_at", "i"."acked_at", "i"."arrived_at", "i"."handling_at", "i"."feedback_at", "i"."reviewed_at", "i"."closed_at", "i"."arrival_target_minutes", "i"."arrival_deadline_at", "i"."arrival_late", "i"."feedback", "i"."created_at", "i"."updated_at"
from "incidents" as "i"
inner join "jurisdictions" as "j" on "j"."id" = "i"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = $1
left join "organizations" as "o" on "o"."id" = "i"."department_id"
left join "incidents" as "dup" on "dup"."id" = "i"."duplicate_of_id"
left join "disputes" as "d" on "d"."id" = "i"."dispute_id"
left join "users" as "u" on "u"."id" = "i"."responsible_officer_id"
where (("i"."town_id" in ($2) or "i"."jurisdiction_id" in ($3, $4)))
order by "i"."received_at" desc, "i"."id" desc
limit $5;

-- insertIncidentRow
insert into "incidents" ("id", "town_id", "jurisdiction_id", "number", "source", "class_code", "class_name", "category", "dispute", "summary", "address_enc", "address_bidx", "address_masked", "latitude", "longitude", "state", "disposition", "case_kind", "case_number", "department_id", "duplicate_of_id", "dispute_id", "responsible_officer_id", "received_at", "dispatched_at", "acked_at", "arrived_at", "handling_at", "feedback_at", "reviewed_at", "closed_at", "arrival_target_minutes", "arrival_deadline_at", "arrival_late", "feedback", "search_text", "party_keys", "created_by", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40);

-- updateIncidentRow
update "incidents"
set "state" = $1, "updated_at" = $2
where "id" = $3;

-- lockIncidentRow
update "incidents"
set "updated_at" = "updated_at"
where "id" = $1;

-- insertIncidentPartyRows
insert into "incident_parties" ("id", "incident_id", "town_id", "jurisdiction_id", "person_id", "role", "name", "name_pinyin", "name_initials", "sex", "id_number_enc", "id_number_bidx", "id_number_masked", "phone_enc", "phone_bidx", "phone_masked", "address_enc", "address_masked", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19);

-- listIncidentPartyRows
select *
from "incident_parties"
where "incident_id" in ($1, $2)
order by "incident_id", "id";

-- listIncidentPartyNames
select "incident_id", "name"
from "incident_parties"
where "incident_id" in ($1, $2)
order by "incident_id", "id";

-- listTownPolice
select "ur"."user_id", "u"."display_name", "ur"."role"
from "user_roles" as "ur"
inner join "jurisdictions" as "j" on "j"."id" = "ur"."jurisdiction_id"
inner join "users" as "u" on "u"."id" = "ur"."user_id"
where "ur"."role" in ($1, $2) and "u"."status" = $3 and "j"."town_id" = $4
order by "u"."display_name", "ur"."user_id", "ur"."role";

-- insertIncidentTimelineRow
insert into "incident_timeline" ("id", "incident_id", "town_id", "jurisdiction_id", "at", "event", "actor_id", "actor_name", "from_state", "to_state", "note", "ref_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12);

-- listIncidentTimelineRows
select *
from "incident_timeline"
where "incident_id" = $1
order by "id";

-- findIntakePlace
select "j"."id", "j"."level", "j"."name", "j"."path", "j"."town_id", "t"."name" as "town_name", "v"."name" as "village_name"
from "jurisdictions" as "j"
left join "jurisdictions" as "t" on "t"."id" = "j"."town_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = $1
where "j"."id" = $2;

-- insertIncidentTimelineRows
insert into "incident_timeline" ("id", "incident_id", "town_id", "jurisdiction_id", "at", "event", "actor_id", "actor_name", "from_state", "to_state", "note", "ref_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12), ($13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24);

-- listIncidentRepeats
select *
from (select "l"."incident_id" as "incident_id", "l"."other_id" as "other_id", "o"."number" as "other_number", "o"."received_at" as "other_received_at", "l"."reason" as "reason"
from "incident_links" as "l"
inner join "incidents" as "o" on "o"."id" = "l"."other_id"
where "l"."incident_id" in ($1, $2) union all select "l"."other_id" as "incident_id", "l"."incident_id" as "other_id", "o"."number" as "other_number", "o"."received_at" as "other_received_at", "l"."reason" as "reason"
from "incident_links" as "l"
inner join "incidents" as "o" on "o"."id" = "l"."incident_id"
where "l"."other_id" in ($3, $4)) as "r"
order by "r"."incident_id", "r"."other_received_at" desc, "r"."other_id", "r"."reason";

-- countIncidentTodos
select cast(coalesce(sum(case when i.state = 'DISPATCHED' then 1 else 0 end), 0) as integer) as "unacknowledged", cast(coalesce(sum(case when i.state = 'ACKED' and (i.arrival_late = 1 or (i.arrived_at is null and i.state <> 'CLOSED' and i.arrival_deadline_at <= $1)) then 1 else 0 end), 0) as integer) as "late"
from "incidents" as "i"
where ("i"."town_id" in ($2) or "i"."jurisdiction_id" in ($3, $4)) and "i"."state" in ($5, $6);
