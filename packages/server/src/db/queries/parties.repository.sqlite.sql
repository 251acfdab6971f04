-- modules/disputes/parties.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertPartyRows
insert into "dispute_parties" ("id", "dispute_id", "town_id", "jurisdiction_id", "person_id", "role", "name", "name_pinyin", "name_initials", "sex", "ethnicity", "age", "occupation", "id_number_enc", "id_number_bidx", "id_number_masked", "phone_enc", "phone_bidx", "phone_masked", "address_enc", "address_masked", "agent", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- listPartyRows
select *
from "dispute_parties"
where "dispute_id" in (?)
order by "dispute_id", "id";

-- listPartyNames
select "dispute_id", "name"
from "dispute_parties"
where "dispute_id" in (?, ?)
order by "dispute_id", "id";

-- findPartyRow
select *
from "dispute_parties"
where "dispute_id" = ? and "id" = ?;

-- updatePartyRow
update "dispute_parties"
set "name" = ?
where "dispute_id" = ? and "id" = ?;

-- countPersonsInTown
select cast(count(*) as integer) as "n"
from "persons"
where "id" in (?, ?) and "town_id" = ?;
