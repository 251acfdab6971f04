-- demo/maliang-key-persons.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- listDemoResidents
select "p"."id", "p"."name", "p"."jurisdiction_id", "j"."level", "j"."name" as "village_name"
from "persons" as "p"
inner join "jurisdictions" as "j" on "j"."id" = "p"."jurisdiction_id"
where "p"."town_id" = ? and "p"."kind" = ? and "j"."level" in (?, ?)
order by "j"."sort_order", "p"."name_pinyin", "p"."id";

-- findDemoTownId
select "id"
from "jurisdictions"
where "level" = ?;
