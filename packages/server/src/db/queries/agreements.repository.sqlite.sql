-- modules/disputes/agreements.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertAgreementRow
insert into "agreements" ("id", "dispute_id", "mediation_id", "kind", "number", "party_ids", "facts", "disputed_matters", "responsibilities", "terms", "performance_manner", "performance_place", "performance_deadline", "content", "recorded_at", "signatures", "mediator_signed_at", "committee_sealed_at", "effective_date", "performed", "created_at", "updated_at", "marked_effective_at", "performance_status", "performance_note", "performance_updated_at", "town_id", "jurisdiction_id")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findAgreementRow
select *
from "agreements"
where "id" = ?;

-- updateAgreementRow
update "agreements"
set "performance_status" = ?
where "id" = ?;

-- listAgreementRows (every filter)
select "a".*
from "agreements" as "a"
where (("a"."town_id" in (?) and "a"."dispute_id" in ((select "dispute_id"
from "dispute_departments"
where "organization_id" in (?))))) and "a"."kind" = ? and "a"."id" < ?
order by "a"."id" desc
limit ?;

-- listAgreementRows (no filter)
select "a".*
from "agreements" as "a"
where ("a"."town_id" in (?) or "a"."jurisdiction_id" in (?, ?))
order by "a"."id" desc
limit ?;

-- listAgreementRowsOfDispute
select *
from "agreements"
where "dispute_id" = ?
order by "id";

-- listAgreementsEffectiveSince
select "a".*, "m"."track"
from "agreements" as "a"
inner join "mediations" as "m" on "m"."id" = "a"."mediation_id"
where "a"."marked_effective_at" is not null and "a"."kind" = ? and "a"."effective_date" >= ? and m.track = 'people';

-- findTownOrganizationName
select "name"
from "organizations"
where "town_id" = ? and "kind" = ?
order by "created_at", "id";
