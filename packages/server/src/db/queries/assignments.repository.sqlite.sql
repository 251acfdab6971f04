-- modules/directory/assignments.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- createAssignmentRow
insert into "assignments" ("id", "town_id", "person_id", "jurisdiction_id", "duty", "since", "created_at")
values (?, ?, ?, ?, ?, ?, ?);

-- findAssignment
select "a".*, "p"."name" as "person_name", "j"."name" as "jurisdiction_name"
from "assignments" as "a"
inner join "persons" as "p" on "p"."id" = "a"."person_id"
inner join "jurisdictions" as "j" on "j"."id" = "a"."jurisdiction_id"
where "a"."id" = ?;

-- findAssignmentByKey
select *
from "assignments"
where "person_id" = ? and "jurisdiction_id" = ? and "duty" = ?;

-- listAssignmentRows
select "a".*, "p"."name" as "person_name", "j"."name" as "jurisdiction_name"
from "assignments" as "a"
inner join "persons" as "p" on "p"."id" = "a"."person_id"
inner join "jurisdictions" as "j" on "j"."id" = "a"."jurisdiction_id"
where ("a"."town_id" in (?) or "a"."jurisdiction_id" in (?, ?)) and lower("j"."path") like lower(?) escape '\' and "a"."duty" = ?
order by "j"."path", "a"."duty", "p"."name_pinyin", "a"."id";

-- deleteAssignmentRow
delete
from "assignments"
where "id" = ?;
