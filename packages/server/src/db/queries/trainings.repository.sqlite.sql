-- modules/rotation/trainings.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertTrainingRow
insert into "trainings" ("id", "town_id", "jurisdiction_id", "topic", "trainer", "held_on", "place", "attendee_ids", "created_by", "created_at", "updated_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- updateTrainingRow
update "trainings"
set "topic" = ?, "trainer" = ?, "held_on" = ?, "place" = ?, "attendee_ids" = ?, "updated_at" = ?
where "id" = ?;

-- findTrainingRow
select *
from "trainings"
where "id" = ?;

-- listTrainingRows (first page)
select *
from "trainings"
where "town_id" = ?
order by "held_on" desc, "id" desc
limit ?;

-- listTrainingRows (after a row)
select *
from "trainings"
where "town_id" = ? and ("held_on" < ? or ("held_on" = ? and "id" < ?))
order by "held_on" desc, "id" desc
limit ?;

-- deleteTrainingRow
delete
from "trainings"
where "id" = ?;

-- insertMaterialRow
insert into "training_materials" ("id", "training_id", "town_id", "jurisdiction_id", "file_name", "stored_name", "media_type", "size", "sha256", "uploaded_by", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findMaterialRow
select *
from "training_materials"
where "id" = ?;

-- listMaterialRows
select *
from "training_materials"
where "training_id" in (?)
order by "id";

-- deleteMaterialRows
delete
from "training_materials"
where "training_id" = ?;
