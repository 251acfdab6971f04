-- modules/coverage/coverage.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- listCoveragePlaces
select "id", "parent_id", "level", "name"
from "jurisdictions"
where "town_id" = $1 and "level" in ($2, $3, $4)
order by "sort_order", "path";

-- listPolicePosts
select "id", "jurisdiction_id", "name", "phone"
from "organizations"
where "town_id" = $1 and "kind" = $2
order by "name", "id";

-- listCoverageHolders
select "a"."person_id", "a"."jurisdiction_id", "a"."duty" as "duty", "p"."name", "p"."title", "p"."town_id", "p"."jurisdiction_id" as "person_jurisdiction_id", "p"."phone_masked"
from "assignments" as "a"
inner join "persons" as "p" on "p"."id" = "a"."person_id"
where "a"."town_id" = $1 and "a"."duty" in ($2, $3)
order by "p"."name_pinyin", "a"."person_id";

-- listPhoneCiphertexts (none)
-- (no query)

-- listPhoneCiphertexts (some)
select "id", "phone_enc"
from "persons"
where "id" in ($1, $2);

-- listStandInRows (all)
select "s".*, "j"."name" as "jurisdiction_name", "ap"."name" as "absent_name", "sp"."name" as "stand_in_name"
from "coverage_stand_ins" as "s"
inner join "jurisdictions" as "j" on "j"."id" = "s"."jurisdiction_id"
inner join "persons" as "ap" on "ap"."id" = "s"."absent_person_id"
left join "persons" as "sp" on "sp"."id" = "s"."stand_in_person_id"
where "s"."town_id" = $1
order by "s"."from_day" desc, "s"."id" desc;

-- listStandInRows (open on a day)
select "s".*, "j"."name" as "jurisdiction_name", "ap"."name" as "absent_name", "sp"."name" as "stand_in_name"
from "coverage_stand_ins" as "s"
inner join "jurisdictions" as "j" on "j"."id" = "s"."jurisdiction_id"
inner join "persons" as "ap" on "ap"."id" = "s"."absent_person_id"
left join "persons" as "sp" on "sp"."id" = "s"."stand_in_person_id"
where "s"."town_id" = $1 and "s"."to_day" >= $2 and "s"."from_day" <= $3 and "s"."ended_at" is null
order by "s"."from_day" desc, "s"."id" desc;

-- findStandIn
select "s".*, "j"."name" as "jurisdiction_name", "ap"."name" as "absent_name", "sp"."name" as "stand_in_name"
from "coverage_stand_ins" as "s"
inner join "jurisdictions" as "j" on "j"."id" = "s"."jurisdiction_id"
inner join "persons" as "ap" on "ap"."id" = "s"."absent_person_id"
left join "persons" as "sp" on "sp"."id" = "s"."stand_in_person_id"
where "s"."id" = $1;

-- findOverlappingStandIn
select "id"
from "coverage_stand_ins"
where "absent_person_id" = $1 and "jurisdiction_id" = $2 and "duty" = $3 and "ended_at" is null and "from_day" <= $4 and "to_day" >= $5;

-- insertStandInRow
insert into "coverage_stand_ins" ("id", "town_id", "jurisdiction_id", "duty", "absent_person_id", "stand_in_person_id", "from_day", "to_day", "reason", "created_by", "created_by_name", "created_at", "ended_at", "ended_by", "ended_by_name")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15);

-- endStandInRow
update "coverage_stand_ins"
set "ended_at" = $1, "ended_by" = $2, "ended_by_name" = $3
where "id" = $4 and "ended_at" is null;
