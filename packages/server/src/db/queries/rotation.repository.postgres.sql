-- modules/rotation/rotation.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- findRotationSettings
select *
from "rotation_settings"
where "town_id" = $1;

-- insertRotationSettings
insert into "rotation_settings" ("town_id", "calendar_seeded_at")
values ($1, $2)
on conflict ("town_id") do nothing;

-- listCalendarDayRows
select *
from "rotation_calendar_days"
where "town_id" = $1 and "date" >= $2 and "date" <= $3
order by "date";

-- insertCalendarDayRows
insert into "rotation_calendar_days" ("town_id", "date", "kind", "name", "updated_at")
values ($1, $2, $3, $4, $5);

-- upsertCalendarDayRow
insert into "rotation_calendar_days" ("town_id", "date", "kind", "name", "updated_at")
values ($1, $2, $3, $4, $5)
on conflict ("town_id", "date") do update
set "kind" = $6, "name" = $7, "updated_at" = $8;

-- deleteCalendarDayRow
delete
from "rotation_calendar_days"
where "town_id" = $1 and "date" = $2;

-- findRotaRow
select *
from "rotas"
where "town_id" = $1 and "year" = $2;

-- insertRotaRow
insert into "rotas" ("id", "town_id", "year", "seed", "generated_by", "generated_at")
values ($1, $2, $3, $4, $5, $6);

-- updateRotaRow
update "rotas"
set "seed" = $1, "generated_by" = $2, "generated_at" = $3
where "id" = $4;

-- listSlotViews
select "s".*, "v"."name" as "village_name", "v"."path" as "village_path", "p"."name" as "director_name"
from "rota_slots" as "s"
inner join "jurisdictions" as "v" on "v"."id" = "s"."jurisdiction_id"
left join "persons" as "p" on "p"."id" = "s"."director_person_id"
where "s"."town_id" = $1 and "s"."year" = $2
order by "s"."start_date", "s"."slot_index";

-- findSlotView
select "s".*, "v"."name" as "village_name", "v"."path" as "village_path", "p"."name" as "director_name"
from "rota_slots" as "s"
inner join "jurisdictions" as "v" on "v"."id" = "s"."jurisdiction_id"
left join "persons" as "p" on "p"."id" = "s"."director_person_id"
where "s"."id" = $1;

-- insertSlotRows
insert into "rota_slots" ("id", "rota_id", "town_id", "jurisdiction_id", "year", "month", "slot_index", "days", "start_date", "end_date", "director_person_id", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12);

-- deleteSlotRowsFrom
delete
from "rota_slots"
where "rota_id" = $1 and "month" >= $2
returning "id";

-- updateSlotRow
update "rota_slots"
set "jurisdiction_id" = $1, "director_person_id" = $2
where "id" = $3;

-- listCheckInRows
select *
from "rota_check_ins"
where "slot_id" in ($1, $2)
order by "date";

-- insertCheckInRow
insert into "rota_check_ins" ("id", "slot_id", "town_id", "jurisdiction_id", "date", "recorded_by", "recorded_at")
values ($1, $2, $3, $4, $5, $6, $7)
on conflict ("slot_id", "date") do nothing;

-- listSwapRows
select *
from "rota_swaps"
where "town_id" = $1 and "year" = $2
order by "id" desc;

-- findSwapRow
select *
from "rota_swaps"
where "id" = $1;

-- insertSwapRow
insert into "rota_swaps" ("id", "town_id", "jurisdiction_id", "year", "kind", "status", "slot_id", "other_slot_id", "replacement_person_id", "reason", "requested_by", "requested_by_name", "requested_at", "decided_by", "decided_by_name", "decided_at", "decision_note")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17);

-- decidePendingSwapRow
update "rota_swaps"
set "status" = $1, "decided_by" = $2, "decided_by_name" = $3, "decided_at" = $4, "decision_note" = $5
where "id" = $6 and "status" = $7;

-- withdrawPendingSwaps
update "rota_swaps"
set "status" = $1, "decided_at" = $2
where "status" = $3 and ("slot_id" in ($4) or "other_slot_id" in ($5));

-- listTownVillages
select "id", "name"
from "jurisdictions"
where "town_id" = $1 and "level" in ($2, $3)
order by "sort_order", "id";

-- listSecurityDirectors
select "jurisdiction_id", "person_id"
from "assignments"
where "duty" = $1 and "jurisdiction_id" in ($2, $3)
order by "created_at", "id";

-- isTown
select "id"
from "jurisdictions"
where "id" = $1 and "level" = $2;

-- anyJurisdictionInTown
select "id"
from "jurisdictions"
where "id" in ($1) and "town_id" = $2
limit $3;

-- listTownPeople
select "id", "name"
from "persons"
where "town_id" = $1 and "id" in ($2);

-- listSessionsBetween
select "ms"."id", "m"."dispute_id", "d"."number", "ms"."started_at", "ms"."mode", "ms"."location"
from "mediation_sessions" as "ms"
inner join "mediations" as "m" on "m"."id" = "ms"."mediation_id"
inner join "disputes" as "d" on "d"."id" = "m"."dispute_id"
where "m"."town_id" = $1 and ("m"."town_id" in ($2) or "m"."jurisdiction_id" in ($3, $4)) and "ms"."started_at" >= $5 and "ms"."started_at" < $6
order by "ms"."started_at"
limit $7;

-- listDisputesRegisteredBetween
select "d"."id", "d"."number", "d"."category", "d"."summary", "d"."created_at"
from "disputes" as "d"
where "d"."town_id" = $1 and ("d"."town_id" in ($2) or "d"."jurisdiction_id" in ($3, $4)) and "d"."created_at" >= $5 and "d"."created_at" < $6
order by "d"."created_at"
limit $7;

-- listTownsOf
select distinct "town_id"
from "jurisdictions"
where "id" in ($1) and "town_id" is not null;

-- listIncidentsReceivedBetween
select "i"."id", "i"."number", "i"."class_name", "i"."summary", "i"."state", "i"."received_at"
from "incidents" as "i"
where "i"."town_id" = $1 and ("i"."town_id" in ($2) or "i"."jurisdiction_id" in ($3, $4)) and "i"."received_at" >= $5 and "i"."received_at" < $6
order by "i"."received_at"
limit $7;
