-- modules/duty/duty-logs.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertDutyLogRows
insert into "duty_logs" ("id", "town_id", "jurisdiction_id", "type", "occurred_at", "occurred_on", "officer_user_id", "officer_person_id", "officer_name", "place", "note", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- insertDutyLinkRows
insert into "duty_log_links" ("duty_log_id", "kind", "target_id", "label", "town_id", "jurisdiction_id")
values (?, ?, ?, ?, ?, ?);

-- findDutyLogView
select "l".*, "v"."name" as "village_name"
from "duty_logs" as "l"
inner join "jurisdictions" as "v" on "v"."id" = "l"."jurisdiction_id"
where "l"."id" = ?;

-- listDutyLogViews (no filter)
select "l".*, "v"."name" as "village_name"
from "duty_logs" as "l"
inner join "jurisdictions" as "v" on "v"."id" = "l"."jurisdiction_id"
where ("l"."town_id" in (?) or "l"."jurisdiction_id" in (?, ?))
order by "l"."occurred_at" desc, "l"."id" desc
limit ?;

-- listDutyLogViews (villages only)
select "l".*, "v"."name" as "village_name"
from "duty_logs" as "l"
inner join "jurisdictions" as "v" on "v"."id" = "l"."jurisdiction_id"
where ("l"."jurisdiction_id" in (?)) and "l"."town_id" in (select "town_id"
from "jurisdictions"
where "id" in (?))
order by "l"."occurred_at" desc, "l"."id" desc
limit ?;

-- listDutyLogViews (every filter)
select "l".*, "v"."name" as "village_name"
from "duty_logs" as "l"
inner join "jurisdictions" as "v" on "v"."id" = "l"."jurisdiction_id"
where ("l"."town_id" in (?) or "l"."jurisdiction_id" in (?, ?)) and "l"."jurisdiction_id" = ? and "l"."officer_user_id" = ? and "l"."type" = ? and "l"."occurred_on" >= ? and "l"."occurred_on" <= ? and (l.occurred_at < ? or (l.occurred_at = ? and l.id < ?))
order by "l"."occurred_at" desc, "l"."id" desc
limit ?;

-- listDutyLinkRows
select "duty_log_links".*, "incidents"."town_id" as "incident_town_id", "incidents"."jurisdiction_id" as "incident_jurisdiction_id", "disputes"."town_id" as "dispute_town_id", "disputes"."jurisdiction_id" as "dispute_jurisdiction_id"
from "duty_log_links"
left join "incidents" on "incidents"."id" = "duty_log_links"."target_id" and "duty_log_links"."kind" = ?
left join "disputes" on "disputes"."id" = "duty_log_links"."target_id" and "duty_log_links"."kind" = ?
where "duty_log_id" in (?, ?)
order by "duty_log_id", "kind", "target_id";

-- listDutyPhotoIds
select "id", "duty_log_id"
from "duty_log_photos"
where "duty_log_id" in (?, ?)
order by "duty_log_id", "id";

-- countDutyCalendar
select "l"."occurred_on", "l"."type", cast(count(*) as integer) as "count"
from "duty_logs" as "l"
where "l"."officer_user_id" = ? and "l"."occurred_at" >= ? and "l"."occurred_at" < ? and ("l"."town_id" in (?) or "l"."jurisdiction_id" in (?, ?))
group by "l"."occurred_on", "l"."type"
order by "l"."occurred_on";

-- listDutyOfficers
select "l"."officer_user_id", max(l.officer_name) as "officer_name", max(v.name) as "village_name", cast(count(*) as integer) as "count"
from "duty_logs" as "l"
inner join "jurisdictions" as "v" on "v"."id" = "l"."jurisdiction_id"
where ("l"."town_id" in (?) or "l"."jurisdiction_id" in (?, ?)) and "l"."occurred_on" >= ?
group by "l"."officer_user_id"
order by "village_name", "officer_name";

-- insertDutyPhotoRow
insert into "duty_log_photos" ("id", "duty_log_id", "town_id", "jurisdiction_id", "file_name", "stored_name", "media_type", "size", "sha256", "uploaded_by", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findDutyPhotoRow
select *
from "duty_log_photos"
where "id" = ?;
