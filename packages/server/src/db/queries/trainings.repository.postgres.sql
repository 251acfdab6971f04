-- modules/rotation/trainings.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- insertTrainingRow
insert into "trainings" ("id", "town_id", "jurisdiction_id", "topic", "trainer", "held_on", "place", "attendee_ids", "created_by", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11);

-- updateTrainingRow
update "trainings"
set "topic" = $1, "trainer" = $2, "held_on" = $3, "place" = $4, "attendee_ids" = $5, "updated_at" = $6
where "id" = $7;

-- findTrainingRow
select *
from "trainings"
where "id" = $1;

-- listTrainingRows (first page)
select *
from "trainings"
where "town_id" = $1
order by "held_on" desc, "id" desc
limit $2;

-- listTrainingRows (after a row)
select *
from "trainings"
where "town_id" = $1 and ("held_on" < $2 or ("held_on" = $3 and "id" < $4))
order by "held_on" desc, "id" desc
limit $5;

-- deleteTrainingRow
delete
from "trainings"
where "id" = $1;

-- insertMaterialRow
insert into "training_materials" ("id", "training_id", "town_id", "jurisdiction_id", "file_name", "stored_name", "media_type", "size", "sha256", "uploaded_by", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11);

-- findMaterialRow
select *
from "training_materials"
where "id" = $1;

-- listMaterialRows
select *
from "training_materials"
where "training_id" in ($1)
order by "id";

-- deleteMaterialRows
delete
from "training_materials"
where "training_id" = $1;
