-- modules/meetings/meetings.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- insertMeetingRows
insert into "meetings" ("id", "town_id", "jurisdiction_id", "title", "month", "starts_at", "day", "place", "chair_user_id", "chair_name", "state", "minutes_intel", "minutes_review", "minutes_tasks", "minutes_training", "snapshot", "snapshot_at", "held_at", "closed_at", "created_by", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22);

-- updateMeetingRow
update "meetings"
set "state" = $1, "snapshot_at" = $2
where "id" = $3 and "state" in ($4);

-- findMeetingView
select "m".*, "t"."name" as "town_name"
from "meetings" as "m"
inner join "jurisdictions" as "t" on "t"."id" = "m"."town_id"
where "m"."id" = $1;

-- listMeetingViews (no filter)
select "m".*, "t"."name" as "town_name"
from "meetings" as "m"
inner join "jurisdictions" as "t" on "t"."id" = "m"."town_id"
where ("m"."town_id" in ($1) or "m"."jurisdiction_id" in ($2, $3))
order by "m"."starts_at" desc, "m"."id" desc
limit $4;

-- listMeetingViews (every filter)
select "m".*, "t"."name" as "town_name"
from "meetings" as "m"
inner join "jurisdictions" as "t" on "t"."id" = "m"."town_id"
where ("m"."town_id" in ($1) or "m"."jurisdiction_id" in ($2, $3)) and "m"."town_id" = $4 and "m"."state" = $5 and "m"."day" >= $6 and "m"."day" <= $7 and (m.starts_at < $8 or (m.starts_at = $9 and m.id < $10))
order by "m"."starts_at" desc, "m"."id" desc
limit $11;

-- findPreviousMeetingId
select "id"
from "meetings"
where "town_id" = $1 and "starts_at" < $2 and "state" != $3
order by "starts_at" desc, "id" desc
limit $4;

-- replaceAttendeeRows
delete
from "meeting_attendees"
where "meeting_id" = $1;
insert into "meeting_attendees" ("id", "meeting_id", "town_id", "position", "kind", "name", "user_id", "person_id", "organization_id", "village_id", "title", "present")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12);

-- insertAttendeeRows
insert into "meeting_attendees" ("id", "meeting_id", "town_id", "position", "kind", "name", "user_id", "person_id", "organization_id", "village_id", "title", "present")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12);

-- listAttendeeViews
select "a".*, "o"."name" as "organization_name", "v"."name" as "village_name"
from "meeting_attendees" as "a"
left join "organizations" as "o" on "o"."id" = "a"."organization_id"
left join "jurisdictions" as "v" on "v"."id" = "a"."village_id"
where "a"."meeting_id" in ($1, $2)
order by "a"."meeting_id", "a"."position";

-- countAttendees
select "meeting_id", cast(count(*) as integer) as "count"
from "meeting_attendees"
where "meeting_id" in ($1, $2)
group by "meeting_id";

-- listTownAccounts
select "u"."id", "u"."display_name", "ur"."role", "j"."name" as "place_name"
from "user_roles" as "ur"
inner join "users" as "u" on "u"."id" = "ur"."user_id"
inner join "jurisdictions" as "j" on "j"."id" = "ur"."jurisdiction_id"
where "ur"."role" in ($1, $2) and "u"."status" = $3 and ("j"."id" = $4 or "j"."town_id" = $5)
order by "ur"."role", "u"."display_name", "u"."id";

-- findTownAccount
select "u"."id", "u"."display_name", "u"."person_id"
from "users" as "u"
where "u"."id" = $1 and "u"."status" = $2 and exists (select "ur"."user_id"
from "user_roles" as "ur"
inner join "jurisdictions" as "j" on "j"."id" = "ur"."jurisdiction_id"
where "ur"."user_id" = "u"."id" and ("j"."id" = $3 or "j"."town_id" = $4));

-- listRotaMonth
select "s"."jurisdiction_id" as "village_id", "v"."name" as "village_name", "s"."director_person_id", "p"."name" as "director_name"
from "rota_slots" as "s"
inner join "jurisdictions" as "v" on "v"."id" = "s"."jurisdiction_id"
left join "persons" as "p" on "p"."id" = "s"."director_person_id"
where "s"."town_id" = $1 and "s"."year" = $2 and "s"."month" = $3
order by "s"."start_date", "s"."slot_index";

-- listTownDepartments
select "id", "name", "kind"
from "organizations"
where "town_id" = $1 and "kind" in ($2)
order by "name", "id";

-- findTownPerson
select "id", "name", "organization_id"
from "persons"
where "id" = $1 and "town_id" = $2;
