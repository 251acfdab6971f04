-- modules/duty/duty-logs.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- insertDutyLogRows
insert into "duty_logs" ("id", "town_id", "jurisdiction_id", "type", "occurred_at", "occurred_on", "officer_user_id", "officer_person_id", "officer_name", "place", "note", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12), ($13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24);

-- insertDutyLinkRows
insert into "duty_log_links" ("duty_log_id", "kind", "target_id", "label", "town_id", "jurisdiction_id")
values ($1, $2, $3, $4, $5, $6);

-- findDutyLogView
select "l".*, "v"."name" as "village_name"
from "duty_logs" as "l"
inner join "jurisdictions" as "v" on "v"."id" = "l"."jurisdiction_id"
where "l"."id" = $1;

-- listDutyLogViews (no filter)
select "l".*, "v"."name" as "village_name"
from "duty_logs" as "l"
inner join "jurisdictions" as "v" on "v"."id" = "l"."jurisdiction_id"
where ("l"."town_id" in ($1) or "l"."jurisdiction_id" in ($2, $3))
order by "l"."occurred_at" desc, "l"."id" desc
limit $4;

-- listDutyLogViews (villages only)
select "l".*, "v"."name" as "village_name"
from "duty_logs" as "l"
inner join "jurisdictions" as "v" on "v"."id" = "l"."jurisdiction_id"
where ("l"."jurisdiction_id" in ($1)) and "l"."town_id" in (select "town_id"
from "jurisdictions"
where "id" in ($2))
order by "l"."occurred_at" desc, "l"."id" desc
limit $3;

-- listDutyLogViews (every filter)
select "l".*, "v"."name" as "village_name"
from "duty_logs" as "l"
inner join "jurisdictions" as "v" on "v"."id" = "l"."jurisdiction_id"
where ("l"."town_id" in ($1) or "l"."jurisdiction_id" in ($2, $3)) and "l"."jurisdiction_id" = $4 and "l"."officer_user_id" = $5 and "l"."type" = $6 and "l"."occurred_on" >= $7 and "l"."occurred_on" <= $8 and (l.occurred_at < $9 or (l.occurred_at = $10 and l.id < $11))
order by "l"."occurred_at" desc, "l"."id" desc
limit $12;

-- listDutyLinkRows
select "duty_log_links".*, "incidents"."town_id" as "incident_town_id", "incidents"."jurisdiction_id" as "incident_jurisdiction_id", "disputes"."town_id" as "dispute_town_id", "disputes"."jurisdiction_id" as "dispute_jurisdiction_id"
from "duty_log_links"
left join "incidents" on "incidents"."id" = "duty_log_links"."target_id" and "duty_log_links"."kind" = $1
left join "disputes" on "disputes"."id" = "duty_log_links"."target_id" and "duty_log_links"."kind" = $2
where "duty_log_id" in ($3, $4)
order by "duty_log_id", "kind", "target_id";

-- listDutyPhotoIds
select "id", "duty_log_id"
from "duty_log_photos"
where "duty_log_id" in ($1, $2)
order by "duty_log_id", "id";

-- countDutyCalendar
select "l"."occurred_on", "l"."type", cast(count(*) as integer) as "count"
from "duty_logs" as "l"
where "l"."officer_user_id" = $1 and "l"."occurred_at" >= $2 and "l"."occurred_at" < $3 and ("l"."town_id" in ($4) or "l"."jurisdiction_id" in ($5, $6))
group by "l"."occurred_on", "l"."type"
order by "l"."occurred_on";

-- listDutyOfficers
select "l"."officer_user_id", max(l.officer_name) as "officer_name", max(v.name) as "village_name", cast(count(*) as integer) as "count"
from "duty_logs" as "l"
inner join "jurisdictions" as "v" on "v"."id" = "l"."jurisdiction_id"
where ("l"."town_id" in ($1) or "l"."jurisdiction_id" in ($2, $3)) and "l"."occurred_on" >= $4
group by "l"."officer_user_id"
order by "village_name", "officer_name";

-- insertDutyPhotoRow
insert into "duty_log_photos" ("id", "duty_log_id", "town_id", "jurisdiction_id", "file_name", "stored_name", "media_type", "size", "sha256", "uploaded_by", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11);

-- findDutyPhotoRow
select *
from "duty_log_photos"
where "id" = $1;
