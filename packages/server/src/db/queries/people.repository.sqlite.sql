-- modules/directory/people.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- findPersonView
select "p"."id", "p"."town_id", "p"."jurisdiction_id", "p"."name", "p"."name_pinyin", "p"."name_initials", "p"."sex", "p"."ethnicity", "p"."kind", "p"."title", "p"."organization_id", "p"."id_number_masked", "p"."phone_masked", "p"."address_masked", "p"."created_at", "p"."updated_at", "j"."name" as "jurisdiction_name", "o"."name" as "organization_name"
from "persons" as "p"
inner join "jurisdictions" as "j" on "j"."id" = "p"."jurisdiction_id"
left join "organizations" as "o" on "o"."id" = "p"."organization_id"
where "p"."id" = ?;

-- findPersonRow
select *
from "persons"
where "id" = ?;

-- findPersonIdByIdNumberIndex
select "id"
from "persons"
where "id_number_bidx" = ? and ("town_id" in (?) or "jurisdiction_id" in (?, ?)) and "id" != ?;

-- listTakenIdNumberIndexes
select "id_number_bidx"
from "persons"
where "id_number_bidx" in (?, ?) and ("town_id" in (?) or "jurisdiction_id" in (?, ?));

-- listPersonRows (name, place and kind)
select "p"."id", "p"."town_id", "p"."jurisdiction_id", "p"."name", "p"."name_pinyin", "p"."name_initials", "p"."sex", "p"."ethnicity", "p"."kind", "p"."title", "p"."organization_id", "p"."id_number_masked", "p"."phone_masked", "p"."address_masked", "p"."created_at", "p"."updated_at", "j"."name" as "jurisdiction_name", "o"."name" as "organization_name"
from "persons" as "p"
inner join "jurisdictions" as "j" on "j"."id" = "p"."jurisdiction_id"
left join "organizations" as "o" on "o"."id" = "p"."organization_id"
where ("p"."town_id" in (?) or "p"."jurisdiction_id" in (?, ?)) and (lower("p"."name") like lower(?) escape '\' or lower("p"."name_pinyin") like lower(?) escape '\' or lower("p"."name_initials") like lower(?) escape '\') and lower("j"."path") like lower(?) escape '\' and "p"."kind" = ? and ("p"."name_pinyin", "p"."id") > (?, ?)
order by "p"."name_pinyin", "p"."id"
limit ?;

-- listPersonRows (blind index)
select "p"."id", "p"."town_id", "p"."jurisdiction_id", "p"."name", "p"."name_pinyin", "p"."name_initials", "p"."sex", "p"."ethnicity", "p"."kind", "p"."title", "p"."organization_id", "p"."id_number_masked", "p"."phone_masked", "p"."address_masked", "p"."created_at", "p"."updated_at", "j"."name" as "jurisdiction_name", "o"."name" as "organization_name"
from "persons" as "p"
inner join "jurisdictions" as "j" on "j"."id" = "p"."jurisdiction_id"
left join "organizations" as "o" on "o"."id" = "p"."organization_id"
where ("p"."town_id" in (?) or "p"."jurisdiction_id" in (?, ?)) and "p"."phone_bidx" = ?
order by "p"."name_pinyin", "p"."id"
limit ?;

-- listPersonRows (one organisation's staff)
select "p"."id", "p"."town_id", "p"."jurisdiction_id", "p"."name", "p"."name_pinyin", "p"."name_initials", "p"."sex", "p"."ethnicity", "p"."kind", "p"."title", "p"."organization_id", "p"."id_number_masked", "p"."phone_masked", "p"."address_masked", "p"."created_at", "p"."updated_at", "j"."name" as "jurisdiction_name", "o"."name" as "organization_name"
from "persons" as "p"
inner join "jurisdictions" as "j" on "j"."id" = "p"."jurisdiction_id"
left join "organizations" as "o" on "o"."id" = "p"."organization_id"
where ("p"."town_id" in (?) or "p"."jurisdiction_id" in (?, ?)) and "p"."kind" = ? and "p"."organization_id" = ?
order by "p"."name_pinyin", "p"."id"
limit ?;

-- insertPersonRow
insert into "persons" ("id", "town_id", "jurisdiction_id", "name", "name_pinyin", "name_initials", "sex", "ethnicity", "kind", "title", "organization_id", "id_number_enc", "id_number_bidx", "id_number_masked", "phone_enc", "phone_bidx", "phone_masked", "address_enc", "address_masked", "created_at", "updated_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- insertPersonRows
insert into "persons" ("id", "town_id", "jurisdiction_id", "name", "name_pinyin", "name_initials", "sex", "ethnicity", "kind", "title", "organization_id", "id_number_enc", "id_number_bidx", "id_number_masked", "phone_enc", "phone_bidx", "phone_masked", "address_enc", "address_masked", "created_at", "updated_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- updatePersonRow
update "persons"
set "name" = ?, "updated_at" = ?
where "id" = ?;
