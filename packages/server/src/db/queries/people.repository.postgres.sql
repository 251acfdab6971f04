-- modules/directory/people.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- findPersonView
select "p"."id", "p"."town_id", "p"."jurisdiction_id", "p"."name", "p"."name_pinyin", "p"."name_initials", "p"."sex", "p"."ethnicity", "p"."kind", "p"."title", "p"."organization_id", "p"."id_number_masked", "p"."phone_masked", "p"."address_masked", "p"."created_at", "p"."updated_at", "j"."name" as "jurisdiction_name", "o"."name" as "organization_name"
from "persons" as "p"
inner join "jurisdictions" as "j" on "j"."id" = "p"."jurisdiction_id"
left join "organizations" as "o" on "o"."id" = "p"."organization_id"
where "p"."id" = $1;

-- findPersonRow
select *
from "persons"
where "id" = $1;

-- findPersonIdByIdNumberIndex
select "id"
from "persons"
where "id_number_bidx" = $1 and ("town_id" in ($2) or "jurisdiction_id" in ($3, $4)) and "id" != $5;

-- listTakenIdNumberIndexes
select "id_number_bidx"
from "persons"
where "id_number_bidx" in ($1, $2) and ("town_id" in ($3) or "jurisdiction_id" in ($4, $5));

-- listPersonRows (name, place and kind)
select "p"."id", "p"."town_id", "p"."jurisdiction_id", "p"."name", "p"."name_pinyin", "p"."name_initials", "p"."sex", "p"."ethnicity", "p"."kind", "p"."title", "p"."organization_id", "p"."id_number_masked", "p"."phone_masked", "p"."address_masked", "p"."created_at", "p"."updated_at", "j"."name" as "jurisdiction_name", "o"."name" as "organization_name"
from "persons" as "p"
inner join "jurisdictions" as "j" on "j"."id" = "p"."jurisdiction_id"
left join "organizations" as "o" on "o"."id" = "p"."organization_id"
where ("p"."town_id" in ($1) or "p"."jurisdiction_id" in ($2, $3)) and (lower("p"."name") like lower($4) escape '\' or lower("p"."name_pinyin") like lower($5) escape '\' or lower("p"."name_initials") like lower($6) escape '\') and lower("j"."path") like lower($7) escape '\' and "p"."kind" = $8 and ("p"."name_pinyin", "p"."id") > ($9, $10)
order by "p"."name_pinyin", "p"."id"
limit $11;

-- listPersonRows (blind index)
select "p"."id", "p"."town_id", "p"."jurisdiction_id", "p"."name", "p"."name_pinyin", "p"."name_initials", "p"."sex", "p"."ethnicity", "p"."kind", "p"."title", "p"."organization_id", "p"."id_number_masked", "p"."phone_masked", "p"."address_masked", "p"."created_at", "p"."updated_at", "j"."name" as "jurisdiction_name", "o"."name" as "organization_name"
from "persons" as "p"
inner join "jurisdictions" as "j" on "j"."id" = "p"."jurisdiction_id"
left join "organizations" as "o" on "o"."id" = "p"."organization_id"
where ("p"."town_id" in ($1) or "p"."jurisdiction_id" in ($2, $3)) and "p"."phone_bidx" = $4
order by "p"."name_pinyin", "p"."id"
limit $5;

-- listPersonRows (one organisation's staff)
select "p"."id", "p"."town_id", "p"."jurisdiction_id", "p"."name", "p"."name_pinyin", "p"."name_initials", "p"."sex", "p"."ethnicity", "p"."kind", "p"."title", "p"."organization_id", "p"."id_number_masked", "p"."phone_masked", "p"."address_masked", "p"."created_at", "p"."updated_at", "j"."name" as "jurisdiction_name", "o"."name" as "organization_name"
from "persons" as "p"
inner join "jurisdictions" as "j" on "j"."id" = "p"."jurisdiction_id"
left join "organizations" as "o" on "o"."id" = "p"."organization_id"
where ("p"."town_id" in ($1) or "p"."jurisdiction_id" in ($2, $3)) and "p"."kind" = $4 and "p"."organization_id" = $5
order by "p"."name_pinyin", "p"."id"
limit $6;

-- insertPersonRow
insert into "persons" ("id", "town_id", "jurisdiction_id", "name", "name_pinyin", "name_initials", "sex", "ethnicity", "kind", "title", "organization_id", "id_number_enc", "id_number_bidx", "id_number_masked", "phone_enc", "phone_bidx", "phone_masked", "address_enc", "address_masked", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21);

-- insertPersonRows
insert into "persons" ("id", "town_id", "jurisdiction_id", "name", "name_pinyin", "name_initials", "sex", "ethnicity", "kind", "title", "organization_id", "id_number_enc", "id_number_bidx", "id_number_masked", "phone_enc", "phone_bidx", "phone_masked", "address_enc", "address_masked", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21), ($22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42);

-- updatePersonRow
update "persons"
set "name" = $1, "updated_at" = $2
where "id" = $3;
