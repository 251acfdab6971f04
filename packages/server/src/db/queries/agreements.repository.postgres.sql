-- modules/disputes/agreements.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- insertAgreementRow
insert into "agreements" ("id", "dispute_id", "mediation_id", "kind", "number", "party_ids", "facts", "disputed_matters", "responsibilities", "terms", "performance_manner", "performance_place", "performance_deadline", "content", "recorded_at", "signatures", "mediator_signed_at", "committee_sealed_at", "effective_date", "performed", "created_at", "updated_at", "marked_effective_at", "performance_status", "performance_note", "performance_updated_at", "town_id", "jurisdiction_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28);

-- findAgreementRow
select *
from "agreements"
where "id" = $1;

-- updateAgreementRow
update "agreements"
set "performance_status" = $1
where "id" = $2;

-- listAgreementRows (every filter)
select "a".*
from "agreements" as "a"
where (("a"."town_id" in ($1) and "a"."dispute_id" in ((select "dispute_id"
from "dispute_departments"
where "organization_id" in ($2))))) and "a"."kind" = $3 and "a"."id" < $4
order by "a"."id" desc
limit $5;

-- listAgreementRows (no filter)
select "a".*
from "agreements" as "a"
where ("a"."town_id" in ($1) or "a"."jurisdiction_id" in ($2, $3))
order by "a"."id" desc
limit $4;

-- listAgreementRowsOfDispute
select *
from "agreements"
where "dispute_id" = $1
order by "id";

-- listAgreementsEffectiveSince
select "a".*, "m"."track"
from "agreements" as "a"
inner join "mediations" as "m" on "m"."id" = "a"."mediation_id"
where "a"."marked_effective_at" is not null and "a"."kind" = $1 and "a"."effective_date" >= $2 and m.track = 'people';

-- findTownOrganizationName
select "name"
from "organizations"
where "town_id" = $1 and "kind" = $2
order by "created_at", "id";
