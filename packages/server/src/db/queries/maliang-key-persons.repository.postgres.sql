-- demo/maliang-key-persons.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- listDemoResidents
select "p"."id", "p"."name", "p"."jurisdiction_id", "j"."level", "j"."name" as "village_name"
from "persons" as "p"
inner join "jurisdictions" as "j" on "j"."id" = "p"."jurisdiction_id"
where "p"."town_id" = $1 and "p"."kind" = $2 and "j"."level" in ($3, $4)
order by "j"."sort_order", "p"."name_pinyin", "p"."id";

-- findDemoTownId
select "id"
from "jurisdictions"
where "level" = $1;
