-- modules/coverage/district-officer.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- listDistrictOfficerRows
select "a"."person_id", "p"."name", (select min("u"."id") as "id"
from "users" as "u"
where "u"."person_id" = "p"."id" and "u"."status" = ?) as "user_id", "s"."id" as "leave_id", "s"."stand_in_person_id", "sp"."name" as "stand_in_name", (select min("su"."id") as "id"
from "users" as "su"
where "su"."person_id" = "s"."stand_in_person_id" and "su"."status" = ?) as "stand_in_user_id"
from "jurisdictions" as "v"
inner join "assignments" as "a" on "a"."jurisdiction_id" = "v"."parent_id" and "a"."duty" = ?
inner join "persons" as "p" on "p"."id" = "a"."person_id"
left join "coverage_stand_ins" as "s" on "s"."absent_person_id" = "a"."person_id" and "s"."jurisdiction_id" = "a"."jurisdiction_id" and "s"."duty" = "a"."duty" and "s"."from_day" <= ? and "s"."to_day" >= ? and "s"."ended_at" is null
left join "persons" as "sp" on "sp"."id" = "s"."stand_in_person_id"
where "v"."id" = ?
order by "p"."name_pinyin", "a"."person_id", "s"."created_at" desc;

-- listVillageAuxiliaryRows
select "a"."person_id", "p"."name", (select min("u"."id") as "id"
from "users" as "u"
where "u"."person_id" = "p"."id" and "u"."status" = ?) as "user_id"
from "assignments" as "a"
inner join "persons" as "p" on "p"."id" = "a"."person_id"
where "a"."jurisdiction_id" = ? and "a"."duty" = ?
order by "p"."name_pinyin", "a"."person_id";
