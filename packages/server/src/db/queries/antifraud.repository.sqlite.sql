-- modules/antifraud/antifraud.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertActivityRows
insert into "antifraud_activities" ("id", "town_id", "jurisdiction_id", "type", "venue", "day", "audience", "note", "recorded_by", "recorded_by_name", "created_at", "updated_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- updateActivityRow
update "antifraud_activities"
set "audience" = ?, "updated_at" = ?
where "id" = ?;

-- deleteActivityRows
delete
from "antifraud_activity_photos"
where "activity_id" = ?;
delete
from "antifraud_activities"
where "id" = ?;

-- findActivityView
select "a".*, "j"."name" as "place_name", "j"."level" as "place_level"
from "antifraud_activities" as "a"
inner join "jurisdictions" as "j" on "j"."id" = "a"."jurisdiction_id"
where "a"."id" = ?;

-- listActivityViews (no filter)
select "a".*, "j"."name" as "place_name", "j"."level" as "place_level"
from "antifraud_activities" as "a"
inner join "jurisdictions" as "j" on "j"."id" = "a"."jurisdiction_id"
where ("a"."town_id" in (?) or "a"."jurisdiction_id" in (?, ?))
order by "a"."day" desc, "a"."id" desc
limit ?;

-- listActivityViews (every filter)
select "a".*, "j"."name" as "place_name", "j"."level" as "place_level"
from "antifraud_activities" as "a"
inner join "jurisdictions" as "j" on "j"."id" = "a"."jurisdiction_id"
where ("a"."town_id" in (?) or "a"."jurisdiction_id" in (?, ?)) and "a"."jurisdiction_id" = ? and "a"."type" = ? and "a"."day" >= ? and "a"."day" <= ? and (a.day < ? or (a.day = ? and a.id < ?))
order by "a"."day" desc, "a"."id" desc
limit ?;

-- listActivityPhotoIds
select "id", "activity_id", "stored_name"
from "antifraud_activity_photos"
where "activity_id" in (?, ?)
order by "activity_id", "id";

-- insertActivityPhotoRows
insert into "antifraud_activity_photos" ("id", "activity_id", "town_id", "jurisdiction_id", "file_name", "stored_name", "media_type", "size", "sha256", "uploaded_by", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findActivityPhotoRow
select *
from "antifraud_activity_photos"
where "id" = ?;

-- listScopeVillages
select "j"."id", "j"."name", "j"."town_id", "j"."path"
from "jurisdictions" as "j"
where "j"."level" in (?, ?) and ("j"."town_id" in (?) or "j"."id" in (?, ?))
order by "j"."path";

-- listBaseRows
select *
from "antifraud_bases"
where "jurisdiction_id" in (?, ?) and "effective_from" <= ?
order by "jurisdiction_id", "effective_from";

-- listStandingInstalls
select "i".*
from "antifraud_installs" as "i"
where "i"."jurisdiction_id" in (?, ?) and "i"."day" = (select max("l"."day") as "day"
from "antifraud_installs" as "l"
where "l"."jurisdiction_id" = "i"."jurisdiction_id" and "l"."day" <= ?)
order by "i"."jurisdiction_id";

-- listVillageHistory
select *
from "antifraud_bases"
where "jurisdiction_id" = ?
order by "effective_from";
select *
from "antifraud_installs"
where "jurisdiction_id" = ?
order by "day";

-- insertBaseRows
insert into "antifraud_bases" ("id", "town_id", "jurisdiction_id", "measure", "count", "effective_from", "recorded_by", "recorded_by_name", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- replaceBaseRow
update "antifraud_bases"
set "town_id" = ?, "jurisdiction_id" = ?, "measure" = ?, "count" = ?, "effective_from" = ?, "recorded_by" = ?, "recorded_by_name" = ?, "created_at" = ?
where "id" = ?;

-- insertInstallRows
insert into "antifraud_installs" ("id", "town_id", "jurisdiction_id", "day", "installs", "recorded_by", "recorded_by_name", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?);

-- replaceInstallRow
update "antifraud_installs"
set "town_id" = ?, "jurisdiction_id" = ?, "day" = ?, "installs" = ?, "recorded_by" = ?, "recorded_by_name" = ?, "created_at" = ?
where "id" = ?;

-- insertFraudCaseRows
insert into "fraud_cases" ("id", "town_id", "jurisdiction_id", "type", "day", "lost_fen", "recovered_fen", "note", "recorded_by", "recorded_by_name", "created_at", "updated_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- updateFraudCaseRow
update "fraud_cases"
set "recovered_fen" = ?, "updated_at" = ?
where "id" = ? and "lost_fen" = ? and "recovered_fen" = ?;

-- findFraudCaseView
select "c".*, "j"."name" as "village_name"
from "fraud_cases" as "c"
inner join "jurisdictions" as "j" on "j"."id" = "c"."jurisdiction_id"
where "c"."id" = ?;

-- listFraudCaseViews (no filter)
select "c".*, "j"."name" as "village_name"
from "fraud_cases" as "c"
inner join "jurisdictions" as "j" on "j"."id" = "c"."jurisdiction_id"
where ("c"."town_id" in (?) or "c"."jurisdiction_id" in (?, ?))
order by "c"."day" desc, "c"."id" desc
limit ?;

-- listFraudCaseViews (every filter)
select "c".*, "j"."name" as "village_name"
from "fraud_cases" as "c"
inner join "jurisdictions" as "j" on "j"."id" = "c"."jurisdiction_id"
where ("c"."town_id" in (?) or "c"."jurisdiction_id" in (?, ?)) and "c"."jurisdiction_id" = ? and "c"."type" = ? and "c"."day" >= ? and "c"."day" <= ? and (c.day < ? or (c.day = ? and c.id < ?))
order by "c"."day" desc, "c"."id" desc
limit ?;
