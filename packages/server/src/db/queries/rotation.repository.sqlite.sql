-- modules/rotation/rotation.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- findRotationSettings
select *
from "rotation_settings"
where "town_id" = ?;

-- insertRotationSettings
insert into "rotation_settings" ("town_id", "calendar_seeded_at")
values (?, ?)
on conflict ("town_id") do nothing;

-- listCalendarDayRows
select *
from "rotation_calendar_days"
where "town_id" = ? and "date" >= ? and "date" <= ?
order by "date";

-- insertCalendarDayRows
insert into "rotation_calendar_days" ("town_id", "date", "kind", "name", "updated_at")
values (?, ?, ?, ?, ?);

-- upsertCalendarDayRow
insert into "rotation_calendar_days" ("town_id", "date", "kind", "name", "updated_at")
values (?, ?, ?, ?, ?)
on conflict ("town_id", "date") do update
set "kind" = ?, "name" = ?, "updated_at" = ?;

-- deleteCalendarDayRow
delete
from "rotation_calendar_days"
where "town_id" = ? and "date" = ?;

-- findRotaRow
select *
from "rotas"
where "town_id" = ? and "year" = ?;

-- insertRotaRow
insert into "rotas" ("id", "town_id", "year", "seed", "generated_by", "generated_at")
values (?, ?, ?, ?, ?, ?);

-- updateRotaRow
update "rotas"
set "seed" = ?, "generated_by" = ?, "generated_at" = ?
where "id" = ?;

-- listSlotViews
select "s".*, "v"."name" as "village_name", "v"."path" as "village_path", "p"."name" as "director_name"
from "rota_slots" as "s"
inner join "jurisdictions" as "v" on "v"."id" = "s"."jurisdiction_id"
left join "persons" as "p" on "p"."id" = "s"."director_person_id"
where "s"."town_id" = ? and "s"."year" = ?
order by "s"."start_date", "s"."slot_index";

-- findSlotView
select "s".*, "v"."name" as "village_name", "v"."path" as "village_path", "p"."name" as "director_name"
from "rota_slots" as "s"
inner join "jurisdictions" as "v" on "v"."id" = "s"."jurisdiction_id"
left join "persons" as "p" on "p"."id" = "s"."director_person_id"
where "s"."id" = ?;

-- insertSlotRows
insert into "rota_slots" ("id", "rota_id", "town_id", "jurisdiction_id", "year", "month", "slot_index", "days", "start_date", "end_date", "director_person_id", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- deleteSlotRowsFrom
delete
from "rota_slots"
where "rota_id" = ? and "month" >= ?
returning "id";

-- updateSlotRow
update "rota_slots"
set "jurisdiction_id" = ?, "director_person_id" = ?
where "id" = ?;

-- listCheckInRows
select *
from "rota_check_ins"
where "slot_id" in (?, ?)
order by "date";

-- insertCheckInRow
insert into "rota_check_ins" ("id", "slot_id", "town_id", "jurisdiction_id", "date", "recorded_by", "recorded_at")
values (?, ?, ?, ?, ?, ?, ?)
on conflict ("slot_id", "date") do nothing;

-- listSwapRows
select *
from "rota_swaps"
where "town_id" = ? and "year" = ?
order by "id" desc;

-- findSwapRow
select *
from "rota_swaps"
where "id" = ?;

-- insertSwapRow
insert into "rota_swaps" ("id", "town_id", "jurisdiction_id", "year", "kind", "status", "slot_id", "other_slot_id", "replacement_person_id", "reason", "requested_by", "requested_by_name", "requested_at", "decided_by", "decided_by_name", "decided_at", "decision_note")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- decidePendingSwapRow
update "rota_swaps"
set "status" = ?, "decided_by" = ?, "decided_by_name" = ?, "decided_at" = ?, "decision_note" = ?
where "id" = ? and "status" = ?;

-- withdrawPendingSwaps
update "rota_swaps"
set "status" = ?, "decided_at" = ?
where "status" = ? and ("slot_id" in (?) or "other_slot_id" in (?));

-- listTownVillages
select "id", "name"
from "jurisdictions"
where "town_id" = ? and "level" in (?, ?)
order by "sort_order", "id";

-- listSecurityDirectors
select "jurisdiction_id", "person_id"
from "assignments"
where "duty" = ? and "jurisdiction_id" in (?, ?)
order by "created_at", "id";

-- isTown
select "id"
from "jurisdictions"
where "id" = ? and "level" = ?;

-- anyJurisdictionInTown
select "id"
from "jurisdictions"
where "id" in (?) and "town_id" = ?
limit ?;

-- listTownPeople
select "id", "name"
from "persons"
where "town_id" = ? and "id" in (?);

-- listSessionsBetween
select "ms"."id", "m"."dispute_id", "d"."number", "ms"."started_at", "ms"."mode", "ms"."location"
from "mediation_sessions" as "ms"
inner join "mediations" as "m" on "m"."id" = "ms"."mediation_id"
inner join "disputes" as "d" on "d"."id" = "m"."dispute_id"
where "m"."town_id" = ? and ("m"."town_id" in (?) or "m"."jurisdiction_id" in (?, ?)) and "ms"."started_at" >= ? and "ms"."started_at" < ?
order by "ms"."started_at"
limit ?;

-- listDisputesRegisteredBetween
select "d"."id", "d"."number", "d"."category", "d"."summary", "d"."created_at"
from "disputes" as "d"
where "d"."town_id" = ? and ("d"."town_id" in (?) or "d"."jurisdiction_id" in (?, ?)) and "d"."created_at" >= ? and "d"."created_at" < ?
order by "d"."created_at"
limit ?;

-- listTownsOf
select distinct "town_id"
from "jurisdictions"
where "id" in (?) and "town_id" is not null;

-- listIncidentsReceivedBetween
select "i"."id", "i"."number", "i"."class_name", "i"."summary", "i"."state", "i"."received_at"
from "incidents" as "i"
where "i"."town_id" = ? and ("i"."town_id" in (?) or "i"."jurisdiction_id" in (?, ?)) and "i"."received_at" >= ? and "i"."received_at" < ?
order by "i"."received_at"
limit ?;
