-- modules/directory/assignments.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- createAssignmentRow
insert into "assignments" ("id", "town_id", "person_id", "jurisdiction_id", "duty", "since", "created_at")
values ($1, $2, $3, $4, $5, $6, $7);

-- findAssignment
select "a".*, "p"."name" as "person_name", "j"."name" as "jurisdiction_name"
from "assignments" as "a"
inner join "persons" as "p" on "p"."id" = "a"."person_id"
inner join "jurisdictions" as "j" on "j"."id" = "a"."jurisdiction_id"
where "a"."id" = $1;

-- findAssignmentByKey
select *
from "assignments"
where "person_id" = $1 and "jurisdiction_id" = $2 and "duty" = $3;

-- listAssignmentRows
select "a".*, "p"."name" as "person_name", "j"."name" as "jurisdiction_name"
from "assignments" as "a"
inner join "persons" as "p" on "p"."id" = "a"."person_id"
inner join "jurisdictions" as "j" on "j"."id" = "a"."jurisdiction_id"
where ("a"."town_id" in ($1) or "a"."jurisdiction_id" in ($2, $3)) and lower("j"."path") like lower($4) escape '\' and "a"."duty" = $5
order by "j"."path", "a"."duty", "p"."name_pinyin", "a"."id";

-- deleteAssignmentRow
delete
from "assignments"
where "id" = $1;
