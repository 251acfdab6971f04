-- modules/analyses/analyses.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- insertAnalysisRow
insert into "analyses" ("id", "town_id", "jurisdiction_id", "kind", "period_key", "first_day", "state", "sections", "judgement", "generated_at", "created_by", "created_by_name", "created_at", "updated_at", "signed_by", "signed_by_name", "signed_at", "archived_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18);

-- findAnalysisRow
select "a".*, "t"."name" as "town_name"
from "analyses" as "a"
inner join "jurisdictions" as "t" on "t"."id" = "a"."town_id"
where "a"."id" = $1;

-- listAnalysisRows (no filter)
select "a"."id", "a"."town_id", "a"."jurisdiction_id", "a"."kind", "a"."period_key", "a"."first_day", "a"."state", "a"."generated_at", "a"."created_by", "a"."created_by_name", "a"."created_at", "a"."updated_at", "a"."signed_by", "a"."signed_by_name", "a"."signed_at", "a"."archived_at", "t"."name" as "town_name"
from "analyses" as "a"
inner join "jurisdictions" as "t" on "t"."id" = "a"."town_id"
where ("a"."town_id" in ($1) or "a"."jurisdiction_id" in ($2, $3))
order by "a"."first_day" desc, "a"."id" desc
limit $4;

-- listAnalysisRows (every filter)
select "a"."id", "a"."town_id", "a"."jurisdiction_id", "a"."kind", "a"."period_key", "a"."first_day", "a"."state", "a"."generated_at", "a"."created_by", "a"."created_by_name", "a"."created_at", "a"."updated_at", "a"."signed_by", "a"."signed_by_name", "a"."signed_at", "a"."archived_at", "t"."name" as "town_name"
from "analyses" as "a"
inner join "jurisdictions" as "t" on "t"."id" = "a"."town_id"
where ("a"."town_id" in ($1) or "a"."jurisdiction_id" in ($2, $3)) and "a"."kind" = $4 and "a"."state" = $5 and "a"."first_day" >= $6 and "a"."first_day" <= $7 and (a.first_day < $8 or (a.first_day = $9 and a.id < $10))
order by "a"."first_day" desc, "a"."id" desc
limit $11;

-- updateAnalysisDraft (judgement)
update "analyses"
set "judgement" = $1, "updated_at" = $2
where "id" = $3 and "state" = $4;

-- updateAnalysisDraft (regenerated)
update "analyses"
set "sections" = $1, "generated_at" = $2, "updated_at" = $3
where "id" = $4 and "state" = $5;

-- signAnalysisRow
update "analyses"
set "signed_by" = $1, "signed_by_name" = $2, "signed_at" = $3, "updated_at" = $4, "state" = $5
where "id" = $6 and "state" = $7;

-- archiveAnalysisRow
update "analyses"
set "state" = $1, "archived_at" = $2, "updated_at" = $3
where "id" = $4 and "state" = $5;
