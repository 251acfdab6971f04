-- modules/antifraud/antifraud.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- insertActivityRows
insert into "antifraud_activities" ("id", "town_id", "jurisdiction_id", "type", "venue", "day", "audience", "note", "recorded_by", "recorded_by_name", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12);

-- updateActivityRow
update "antifraud_activities"
set "audience" = $1, "updated_at" = $2
where "id" = $3;

-- deleteActivityRows
delete
from "antifraud_activity_photos"
where "activity_id" = $1;
delete
from "antifraud_activities"
where "id" = $1;

-- findActivityView
select "a".*, "j"."name" as "place_name", "j"."level" as "place_level"
from "antifraud_activities" as "a"
inner join "jurisdictions" as "j" on "j"."id" = "a"."jurisdiction_id"
where "a"."id" = $1;

-- listActivityViews (no filter)
select "a".*, "j"."name" as "place_name", "j"."level" as "place_level"
from "antifraud_activities" as "a"
inner join "jurisdictions" as "j" on "j"."id" = "a"."jurisdiction_id"
where ("a"."town_id" in ($1) or "a"."jurisdiction_id" in ($2, $3))
order by "a"."day" desc, "a"."id" desc
limit $4;

-- listActivityViews (every filter)
select "a".*, "j"."name" as "place_name", "j"."level" as "place_level"
from "antifraud_activities" as "a"
inner join "jurisdictions" as "j" on "j"."id" = "a"."jurisdiction_id"
where ("a"."town_id" in ($1) or "a"."jurisdiction_id" in ($2, $3)) and "a"."jurisdiction_id" = $4 and "a"."type" = $5 and "a"."day" >= $6 and "a"."day" <= $7 and (a.day < $8 or (a.day = $9 and a.id < $10))
order by "a"."day" desc, "a"."id" desc
limit $11;

-- listActivityPhotoIds
select "id", "activity_id", "stored_name"
from "antifraud_activity_photos"
where "activity_id" in ($1, $2)
order by "activity_id", "id";

-- insertActivityPhotoRows
insert into "antifraud_activity_photos" ("id", "activity_id", "town_id", "jurisdiction_id", "file_name", "stored_name", "media_type", "size", "sha256", "uploaded_by", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11);

-- findActivityPhotoRow
select *
from "antifraud_activity_photos"
where "id" = $1;

-- listScopeVillages
select "j"."id", "j"."name", "j"."town_id", "j"."path"
from "jurisdictions" as "j"
where "j"."level" in ($1, $2) and ("j"."town_id" in ($3) or "j"."id" in ($4, $5))
order by "j"."path";

-- listBaseRows
select *
from "antifraud_bases"
where "jurisdiction_id" in ($1, $2) and "effective_from" <= $3
order by "jurisdiction_id", "effective_from";

-- listStandingInstalls
select "i".*
from "antifraud_installs" as "i"
where "i"."jurisdiction_id" in ($1, $2) and "i"."day" = (select max("l"."day") as "day"
from "antifraud_installs" as "l"
where "l"."jurisdiction_id" = "i"."jurisdiction_id" and "l"."day" <= $3)
order by "i"."jurisdiction_id";

-- listVillageHistory
select *
from "antifraud_bases"
where "jurisdiction_id" = $1
order by "effective_from";
select *
from "antifraud_installs"
where "jurisdiction_id" = $1
order by "day";

-- insertBaseRows
insert into "antifraud_bases" ("id", "town_id", "jurisdiction_id", "measure", "count", "effective_from", "recorded_by", "recorded_by_name", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- replaceBaseRow
update "antifraud_bases"
set "town_id" = $1, "jurisdiction_id" = $2, "measure" = $3, "count" = $4, "effective_from" = $5, "recorded_by" = $6, "recorded_by_name" = $7, "created_at" = $8
where "id" = $9;

-- insertInstallRows
insert into "antifraud_installs" ("id", "town_id", "jurisdiction_id", "day", "installs", "recorded_by", "recorded_by_name", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8);

-- replaceInstallRow
update "antifraud_installs"
set "town_id" = $1, "jurisdiction_id" = $2, "day" = $3, "installs" = $4, "recorded_by" = $5, "recorded_by_name" = $6, "created_at" = $7
where "id" = $8;

-- insertFraudCaseRows
insert into "fraud_cases" ("id", "town_id", "jurisdiction_id", "type", "day", "lost_fen", "recovered_fen", "note", "recorded_by", "recorded_by_name", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12);

-- updateFraudCaseRow
update "fraud_cases"
set "recovered_fen" = $1, "updated_at" = $2
where "id" = $3 and "lost_fen" = $4 and "recovered_fen" = $5;

-- findFraudCaseView
select "c".*, "j"."name" as "village_name"
from "fraud_cases" as "c"
inner join "jurisdictions" as "j" on "j"."id" = "c"."jurisdiction_id"
where "c"."id" = $1;

-- listFraudCaseViews (no filter)
select "c".*, "j"."name" as "village_name"
from "fraud_cases" as "c"
inner join "jurisdictions" as "j" on "j"."id" = "c"."jurisdiction_id"
where ("c"."town_id" in ($1) or "c"."jurisdiction_id" in ($2, $3))
order by "c"."day" desc, "c"."id" desc
limit $4;

-- listFraudCaseViews (every filter)
select "c".*, "j"."name" as "village_name"
from "fraud_cases" as "c"
inner join "jurisdictions" as "j" on "j"."id" = "c"."jurisdiction_id"
where ("c"."town_id" in ($1) or "c"."jurisdiction_id" in ($2, $3)) and "c"."jurisdiction_id" = $4 and "c"."type" = $5 and "c"."day" >= $6 and "c"."day" <= $7 and (c.day < $8 or (c.day = $9 and c.id < $10))
order by "c"."day" desc, "c"."id" desc
limit $11;
