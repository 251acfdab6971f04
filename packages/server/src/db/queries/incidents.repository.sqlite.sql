-- modules/incidents/incidents.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- incidentClassFor
select "code", "name", "category", "dispute", "arrival_target_minutes", "active"
from "incident_classes"
where "town_id" = ? and ("code" = ? or "id" = (select "id"
from "incident_classes"
where "town_id" = ?
limit ?))
order by case when code = ? then 0 else 1 end
limit ?;

-- findIncidentView
select "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name", "o"."name" as "department_name", "dup"."number" as "duplicate_of_number", "d"."number" as "dispute_number", "u"."display_name" as "responsible_officer_name", "i".*
from "incidents" as "i"
inner join "jurisdictions" as "j" on "j"."id" = "i"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = ?
left join "organizations" as "o" on "o"."id" = "i"."department_id"
left join "incidents" as "dup" on "dup"."id" = "i"."duplicate_of_id"
left join "disputes" as "d" on "d"."id" = "i"."dispute_id"
left join "users" as "u" on "u"."id" = "i"."responsible_officer_id"
where "i"."id" = ?;

-- listIncidentViews (every filter)
select "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name", "o"."name" as "department_name", "dup"."number" as "duplicate_of_number", "d"."number" as "dispute_number", "u"."display_name" as "responsible_officer_name", "i"."id", "i"."town_id", "i"."jurisdiction_id", "i"."number", "i"."source", "i"."class_code", "i"."class_name", "i"."category", "i"."dispute", "i"."summary", "i"."address_masked", "i"."latitude", "i"."longitude", "i"."state", "i"."disposition", "i"."case_kind", "i"."case_number", "i"."department_id", "i"."duplicate_of_id", "i"."dispute_id", "i"."responsible_officer_id", "i"."received_at", "i"."dispatched_at", "i"."acked_at", "i"."arrived_at", "i"."handling_at", "i"."feedback_at", "i"."reviewed_at", "i"."closed_at", "i"."arrival_target_minutes", "i"."arrival_deadline_at", "i"."arrival_late", "i"."feedback", "i"."created_at", "i"."updated_at"
from "incidents" as "i"
inner join "jurisdictions" as "j" on "j"."id" = "i"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = ?
left join "organizations" as "o" on "o"."id" = "i"."department_id"
left join "incidents" as "dup" on "dup"."id" = "i"."duplicate_of_id"
left join "disputes" as "d" on "d"."id" = "i"."dispute_id"
left join "users" as "u" on "u"."id" = "i"."responsible_officer_id"
where (("i"."town_id" in (?) or "i"."jurisdiction_id" in (?, ?)) and i.class_code = ? and i.category = ? and i.state = ? and lower("j"."path") like lower(?) escape '\' and (i.arrival_late = 1 or (i.arrived_at is null and i.state <> 'CLOSED' and i.arrival_deadline_at <= ?)) and i.dispute = ? and i.state <> 'CLOSED' and i.dispute_id is not null and i.received_at >= ? and i.received_at < ? and cast((cast(substr("i"."received_at", 12, 2) as integer) + 8) % 24 as varchar(2)) = ? and i.number = ? and i.id in (select p.incident_id
from incident_parties as p
where (p.id_number_bidx = ? or p.phone_bidx = ?)) and (lower("i"."search_text") like lower(?) escape '\' or lower("i"."party_keys") like lower(?) escape '\')) and (i.received_at < ? or (i.received_at = ? and i.id < ?))
order by "i"."received_at" desc, "i"."id" desc
limit ?;

-- listIncidentViews (not late, closed, Chinese text)
select "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name", "o"."name" as "department_name", "dup"."number" as "duplicate_of_number", "d"."number" as "dispute_number", "u"."display_name" as "responsible_officer_name", "i"."id", "i"."town_id", "i"."jurisdiction_id", "i"."number", "i"."source", "i"."class_code", "i"."class_name", "i"."category", "i"."dispute", "i"."summary", "i"."address_masked", "i"."latitude", "i"."longitude", "i"."state", "i"."disposition", "i"."case_kind", "i"."case_number", "i"."department_id", "i"."duplicate_of_id", "i"."dispute_id", "i"."responsible_officer_id", "i"."received_at", "i"."dispatched_at", "i"."acked_at", "i"."arrived_at", "i"."handling_at", "i"."feedback_at", "i"."reviewed_at", "i"."closed_at", "i"."arrival_target_minutes", "i"."arrival_deadline_at", "i"."arrival_late", "i"."feedback", "i"."created_at", "i"."updated_at"
from "incidents" as "i"
inner join "jurisdictions" as "j" on "j"."id" = "i"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = ?
left join "organizations" as "o" on "o"."id" = "i"."department_id"
left join "incidents" as "dup" on "dup"."id" = "i"."duplicate_of_id"
left join "disputes" as "d" on "d"."id" = "i"."dispute_id"
left join "users" as "u" on "u"."id" = "i"."responsible_officer_id"
where (("i"."town_id" in (?) or "i"."jurisdiction_id" in (?, ?)) and not (i.arrival_late = 1 or (i.arrived_at is null and i.state <> 'CLOSED' and i.arrival_deadline_at <= ?)) and i.dispute = ? and i.state = 'CLOSED' and i.dispute_id is null and lower("i"."search_text") like lower(?) escape '\')
order by "i"."received_at" desc, "i"."id" desc
limit ?;

-- listIncidentViews (no filter)
select "j"."name" as "jurisdiction_name", "j"."path" as "jurisdiction_path", "v"."name" as "village_name", "o"."name" as "department_name", "dup"."number" as "duplicate_of_number", "d"."number" as "dispute_number", "u"."display_name" as "responsible_officer_name", "i"."id", "i"."town_id", "i"."jurisdiction_id", "i"."number", "i"."source", "i"."class_code", "i"."class_name", "i"."category", "i"."dispute", "i"."summary", "i"."address_masked", "i"."latitude", "i"."longitude", "i"."state", "i"."disposition", "i"."case_kind", "i"."case_number", "i"."department_id", "i"."duplicate_of_id", "i"."dispute_id", "i"."responsible_officer_id", "i"."received_at", "i"."dispatched_at", "i"."acked_at", "i"."arrived_at", "i"."handling_at", "i"."feedback_at", "i"."reviewed_at", "i"."closed_at", "i"."arrival_target_minutes", "i"."arrival_deadline_at", "i"."arrival_late", "i"."feedback", "i"."created_at", "i"."updated_at"
from "incidents" as "i"
inner join "jurisdictions" as "j" on "j"."id" = "i"."jurisdiction_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = ?
left join "organizations" as "o" on "o"."id" = "i"."department_id"
left join "incidents" as "dup" on "dup"."id" = "i"."duplicate_of_id"
left join "disputes" as "d" on "d"."id" = "i"."dispute_id"
left join "users" as "u" on "u"."id" = "i"."responsible_officer_id"
where (("i"."town_id" in (?) or "i"."jurisdiction_id" in (?, ?)))
order by "i"."received_at" desc, "i"."id" desc
limit ?;

-- insertIncidentRow
insert into "incidents" ("id", "town_id", "jurisdiction_id", "number", "source", "class_code", "class_name", "category", "dispute", "summary", "address_enc", "address_bidx", "address_masked", "latitude", "longitude", "state", "disposition", "case_kind", "case_number", "department_id", "duplicate_of_id", "dispute_id", "responsible_officer_id", "received_at", "dispatched_at", "acked_at", "arrived_at", "handling_at", "feedback_at", "reviewed_at", "closed_at", "arrival_target_minutes", "arrival_deadline_at", "arrival_late", "feedback", "search_text", "party_keys", "created_by", "created_at", "updated_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- updateIncidentRow
update "incidents"
set "state" = ?, "updated_at" = ?
where "id" = ?;

-- lockIncidentRow
update "incidents"
set "updated_at" = "updated_at"
where "id" = ?;

-- insertIncidentPartyRows
insert into "incident_parties" ("id", "incident_id", "town_id", "jurisdiction_id", "person_id", "role", "name", "name_pinyin", "name_initials", "sex", "id_number_enc", "id_number_bidx", "id_number_masked", "phone_enc", "phone_bidx", "phone_masked", "address_enc", "address_masked", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- listIncidentPartyRows
select *
from "incident_parties"
where "incident_id" in (?, ?)
order by "incident_id", "id";

-- listIncidentPartyNames
select "incident_id", "name"
from "incident_parties"
where "incident_id" in (?, ?)
order by "incident_id", "id";

-- listTownPolice
select "ur"."user_id", "u"."display_name", "ur"."role"
from "user_roles" as "ur"
inner join "jurisdictions" as "j" on "j"."id" = "ur"."jurisdiction_id"
inner join "users" as "u" on "u"."id" = "ur"."user_id"
where "ur"."role" in (?, ?) and "u"."status" = ? and "j"."town_id" = ?
order by "u"."display_name", "ur"."user_id", "ur"."role";

-- insertIncidentTimelineRow
insert into "incident_timeline" ("id", "incident_id", "town_id", "jurisdiction_id", "at", "event", "actor_id", "actor_name", "from_state", "to_state", "note", "ref_id")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- listIncidentTimelineRows
select *
from "incident_timeline"
where "incident_id" = ?
order by "id";

-- findIntakePlace
select "j"."id", "j"."level", "j"."name", "j"."path", "j"."town_id", "t"."name" as "town_name", "v"."name" as "village_name"
from "jurisdictions" as "j"
left join "jurisdictions" as "t" on "t"."id" = "j"."town_id"
left join "jurisdictions" as "v" on "v"."id" = "j"."parent_id" and "j"."level" = ?
where "j"."id" = ?;

-- insertIncidentTimelineRows
insert into "incident_timeline" ("id", "incident_id", "town_id", "jurisdiction_id", "at", "event", "actor_id", "actor_name", "from_state", "to_state", "note", "ref_id")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- listIncidentRepeats
select *
from (select "l"."incident_id" as "incident_id", "l"."other_id" as "other_id", "o"."number" as "other_number", "o"."received_at" as "other_received_at", "l"."reason" as "reason"
from "incident_links" as "l"
inner join "incidents" as "o" on "o"."id" = "l"."other_id"
where "l"."incident_id" in (?, ?) union all select "l"."other_id" as "incident_id", "l"."incident_id" as "other_id", "o"."number" as "other_number", "o"."received_at" as "other_received_at", "l"."reason" as "reason"
from "incident_links" as "l"
inner join "incidents" as "o" on "o"."id" = "l"."incident_id"
where "l"."other_id" in (?, ?)) as "r"
order by "r"."incident_id", "r"."other_received_at" desc, "r"."other_id", "r"."reason";

-- countIncidentTodos
select cast(coalesce(sum(case when i.state = 'DISPATCHED' then 1 else 0 end), 0) as integer) as "unacknowledged", cast(coalesce(sum(case when i.state = 'ACKED' and (i.arrival_late = 1 or (i.arrived_at is null and i.state <> 'CLOSED' and i.arrival_deadline_at <= ?)) then 1 else 0 end), 0) as integer) as "late"
from "incidents" as "i"
where ("i"."town_id" in (?) or "i"."jurisdiction_id" in (?, ?)) and "i"."state" in (?, ?);
