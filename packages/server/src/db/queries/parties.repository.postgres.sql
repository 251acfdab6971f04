-- modules/disputes/parties.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- insertPartyRows
insert into "dispute_parties" ("id", "dispute_id", "town_id", "jurisdiction_id", "person_id", "role", "name", "name_pinyin", "name_initials", "sex", "ethnicity", "age", "occupation", "id_number_enc", "id_number_bidx", "id_number_masked", "phone_enc", "phone_bidx", "phone_masked", "address_enc", "address_masked", "agent", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23);

-- listPartyRows
select *
from "dispute_parties"
where "dispute_id" in ($1)
order by "dispute_id", "id";

-- listPartyNames
select "dispute_id", "name"
from "dispute_parties"
where "dispute_id" in ($1, $2)
order by "dispute_id", "id";

-- findPartyRow
select *
from "dispute_parties"
where "dispute_id" = $1 and "id" = $2;

-- updatePartyRow
update "dispute_parties"
set "name" = $1
where "dispute_id" = $2 and "id" = $3;

-- countPersonsInTown
select cast(count(*) as integer) as "n"
from "persons"
where "id" in ($1, $2) and "town_id" = $3;
