-- modules/meetings/meetings.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertMeetingRows
insert into "meetings" ("id", "town_id", "jurisdiction_id", "title", "month", "starts_at", "day", "place", "chair_user_id", "chair_name", "state", "minutes_intel", "minutes_review", "minutes_tasks", "minutes_training", "snapshot", "snapshot_at", "held_at", "closed_at", "created_by", "created_at", "updated_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- updateMeetingRow
update "meetings"
set "state" = ?, "snapshot_at" = ?
where "id" = ? and "state" in (?);

-- findMeetingView
select "m".*, "t"."name" as "town_name"
from "meetings" as "m"
inner join "jurisdictions" as "t" on "t"."id" = "m"."town_id"
where "m"."id" = ?;

-- listMeetingViews (no filter)
select "m".*, "t"."name" as "town_name"
from "meetings" as "m"
inner join "jurisdictions" as "t" on "t"."id" = "m"."town_id"
where ("m"."town_id" in (?) or "m"."jurisdiction_id" in (?, ?))
order by "m"."starts_at" desc, "m"."id" desc
limit ?;

-- listMeetingViews (every filter)
select "m".*, "t"."name" as "town_name"
from "meetings" as "m"
inner join "jurisdictions" as "t" on "t"."id" = "m"."town_id"
where ("m"."town_id" in (?) or "m"."jurisdiction_id" in (?, ?)) and "m"."town_id" = ? and "m"."state" = ? and "m"."day" >= ? and "m"."day" <= ? and (m.starts_at < ? or (m.starts_at = ? and m.id < ?))
order by "m"."starts_at" desc, "m"."id" desc
limit ?;

-- findPreviousMeetingId
select "id"
from "meetings"
where "town_id" = ? and "starts_at" < ? and "state" != ?
order by "starts_at" desc, "id" desc
limit ?;

-- replaceAttendeeRows
delete
from "meeting_attendees"
where "meeting_id" = ?;
insert into "meeting_attendees" ("id", "meeting_id", "town_id", "position", "kind", "name", "user_id", "person_id", "organization_id", "village_id", "title", "present")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- insertAttendeeRows
insert into "meeting_attendees" ("id", "meeting_id", "town_id", "position", "kind", "name", "user_id", "person_id", "organization_id", "village_id", "title", "present")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- listAttendeeViews
select "a".*, "o"."name" as "organization_name", "v"."name" as "village_name"
from "meeting_attendees" as "a"
left join "organizations" as "o" on "o"."id" = "a"."organization_id"
left join "jurisdictions" as "v" on "v"."id" = "a"."village_id"
where "a"."meeting_id" in (?, ?)
order by "a"."meeting_id", "a"."position";

-- countAttendees
select "meeting_id", cast(count(*) as integer) as "count"
from "meeting_attendees"
where "meeting_id" in (?, ?)
group by "meeting_id";

-- listTownAccounts
select "u"."id", "u"."display_name", "ur"."role", "j"."name" as "place_name"
from "user_roles" as "ur"
inner join "users" as "u" on "u"."id" = "ur"."user_id"
inner join "jurisdictions" as "j" on "j"."id" = "ur"."jurisdiction_id"
where "ur"."role" in (?, ?) and "u"."status" = ? and ("j"."id" = ? or "j"."town_id" = ?)
order by "ur"."role", "u"."display_name", "u"."id";

-- findTownAccount
select "u"."id", "u"."display_name", "u"."person_id"
from "users" as "u"
where "u"."id" = ? and "u"."status" = ? and exists (select "ur"."user_id"
from "user_roles" as "ur"
inner join "jurisdictions" as "j" on "j"."id" = "ur"."jurisdiction_id"
where "ur"."user_id" = "u"."id" and ("j"."id" = ? or "j"."town_id" = ?));

-- listRotaMonth
select "s"."jurisdiction_id" as "village_id", "v"."name" as "village_name", "s"."director_person_id", "p"."name" as "director_name"
from "rota_slots" as "s"
inner join "jurisdictions" as "v" on "v"."id" = "s"."jurisdiction_id"
left join "persons" as "p" on "p"."id" = "s"."director_person_id"
where "s"."town_id" = ? and "s"."year" = ? and "s"."month" = ?
order by "s"."start_date", "s"."slot_index";

-- listTownDepartments
select "id", "name", "kind"
from "organizations"
where "town_id" = ? and "kind" in (?)
order by "name", "id";

-- findTownPerson
select "id", "name", "organization_id"
from "persons"
where "id" = ? and "town_id" = ?;
