-- modules/analyses/analyses.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertAnalysisRow
insert into "analyses" ("id", "town_id", "jurisdiction_id", "kind", "period_key", "first_day", "state", "sections", "judgement", "generated_at", "created_by", "created_by_name", "created_at", "updated_at", "signed_by", "signed_by_name", "signed_at", "archived_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findAnalysisRow
select "a".*, "t"."name" as "town_name"
from "analyses" as "a"
inner join "jurisdictions" as "t" on "t"."id" = "a"."town_id"
where "a"."id" = ?;

-- listAnalysisRows (no filter)
select "a"."id", "a"."town_id", "a"."jurisdiction_id", "a"."kind", "a"."period_key", "a"."first_day", "a"."state", "a"."generated_at", "a"."created_by", "a"."created_by_name", "a"."created_at", "a"."updated_at", "a"."signed_by", "a"."signed_by_name", "a"."signed_at", "a"."archived_at", "t"."name" as "town_name"
from "analyses" as "a"
inner join "jurisdictions" as "t" on "t"."id" = "a"."town_id"
where ("a"."town_id" in (?) or "a"."jurisdiction_id" in (?, ?))
order by "a"."first_day" desc, "a"."id" desc
limit ?;

-- listAnalysisRows (every filter)
select "a"."id", "a"."town_id", "a"."jurisdiction_id", "a"."kind", "a"."period_key", "a"."first_day", "a"."state", "a"."generated_at", "a"."created_by", "a"."created_by_name", "a"."created_at", "a"."updated_at", "a"."signed_by", "a"."signed_by_name", "a"."signed_at", "a"."archived_at", "t"."name" as "town_name"
from "analyses" as "a"
inner join "jurisdictions" as "t" on "t"."id" = "a"."town_id"
where ("a"."town_id" in (?) or "a"."jurisdiction_id" in (?, ?)) and "a"."kind" = ? and "a"."state" = ? and "a"."first_day" >= ? and "a"."first_day" <= ? and (a.first_day < ? or (a.first_day = ? and a.id < ?))
order by "a"."first_day" desc, "a"."id" desc
limit ?;

-- updateAnalysisDraft (judgement)
update "analyses"
set "judgement" = ?, "updated_at" = ?
where "id" = ? and "state" = ?;

-- updateAnalysisDraft (regenerated)
update "analyses"
set "sections" = ?, "generated_at" = ?, "updated_at" = ?
where "id" = ? and "state" = ?;

-- signAnalysisRow
update "analyses"
set "signed_by" = ?, "signed_by_name" = ?, "signed_at" = ?, "updated_at" = ?, "state" = ?
where "id" = ? and "state" = ?;

-- archiveAnalysisRow
update "analyses"
set "state" = ?, "archived_at" = ?, "updated_at" = ?
where "id" = ? and "state" = ?;
