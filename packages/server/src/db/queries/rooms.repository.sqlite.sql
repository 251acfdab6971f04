-- modules/mediation-rooms/rooms.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertRoomRow
insert into "mediation_rooms" ("id", "town_id", "jurisdiction_id", "dispute_id", "mediation_id", "status", "max_participants", "opened_by", "opened_by_name", "opened_at", "media_started_at", "closed_at", "closed_by", "close_reason", "expires_at", "record", "outcome", "session_id", "shared_agreement_id", "recording_state", "version", "created_at", "updated_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findRoomRow
select *
from "mediation_rooms"
where "id" = ?;

-- findOpenRoomRow
select *
from "mediation_rooms"
where "id" = ? and "status" = ?;

-- lockRoomRow
update "mediation_rooms"
set "version" = version
where "id" = ?;
select *
from "mediation_rooms"
where "id" = ?;

-- findRoomWithDispute
select "r".*, "d"."number" as "dispute_number", "d"."category" as "dispute_category", "j"."name" as "village_name"
from "mediation_rooms" as "r"
inner join "disputes" as "d" on "d"."id" = "r"."dispute_id"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
where "r"."id" = ?;

-- findOpenRoomOfMediation
select *
from "mediation_rooms"
where "mediation_id" = ? and "status" = ?;

-- listDisputeRoomRows
select "r".*, "d"."number" as "dispute_number", "d"."category" as "dispute_category", "j"."name" as "village_name"
from "mediation_rooms" as "r"
inner join "disputes" as "d" on "d"."id" = "r"."dispute_id"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
where "r"."dispute_id" = ?
order by "r"."opened_at" desc, "r"."id" desc;

-- listScopedRoomRows (open, first page)
select "r".*, "d"."number" as "dispute_number", "d"."category" as "dispute_category", "j"."name" as "village_name"
from "mediation_rooms" as "r"
inner join "disputes" as "d" on "d"."id" = "r"."dispute_id"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
where ("r"."town_id" in (?) or "r"."jurisdiction_id" in (?, ?)) and "r"."status" = ?
order by "r"."opened_at" desc, "r"."id" desc
limit ?;

-- listScopedRoomRows (any status, next page)
select "r".*, "d"."number" as "dispute_number", "d"."category" as "dispute_category", "j"."name" as "village_name"
from "mediation_rooms" as "r"
inner join "disputes" as "d" on "d"."id" = "r"."dispute_id"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
where ("r"."town_id" in (?) or "r"."jurisdiction_id" in (?, ?)) and ("r"."opened_at" < ? or ("r"."opened_at" = ? and "r"."id" < ?))
order by "r"."opened_at" desc, "r"."id" desc
limit ?;

-- updateRoomRow
update "mediation_rooms"
set "record" = ?, "updated_at" = ?, "version" = version + 1
where "id" = ?;

-- closeRoomRow
update "mediation_rooms"
set "closed_at" = ?, "closed_by" = ?, "close_reason" = ?, "outcome" = ?, "record" = ?, "updated_at" = ?, "status" = ?, "version" = version + 1
where "id" = ? and "status" = ?;

-- bumpRoomVersionRow
update "mediation_rooms"
set "version" = version + 1, "updated_at" = ?
where "id" = ?;

-- markRoomMediaStarted
update "mediation_rooms"
set "media_started_at" = ?, "version" = version + 1, "updated_at" = ?
where "id" = ? and "media_started_at" is null;

-- listExpiredRoomRows
select *
from "mediation_rooms"
where "status" = ? and "expires_at" <= ?
order by "expires_at"
limit ?;

-- listRoomStatuses
select "id", "status"
from "mediation_rooms"
where "id" in (?, ?);

-- insertParticipantRow
insert into "mediation_room_participants" ("id", "room_id", "town_id", "account_id", "party_id", "display_name", "kind", "join_method", "status", "joined_at", "admitted_at", "admitted_by", "removed_at", "removed_by", "left_at", "feed_id", "last_seen_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findParticipantRow
select *
from "mediation_room_participants"
where "id" = ?;

-- findAccountParticipantRow
select *
from "mediation_room_participants"
where "room_id" = ? and "account_id" = ?;

-- listParticipantRows
select *
from "mediation_room_participants"
where "room_id" in (?, ?)
order by "joined_at", "id";

-- listParticipantStatuses
select "status"
from "mediation_room_participants"
where "room_id" = ?;

-- listParticipantPersonIds
select "p"."id", "dp"."person_id" as "party_person_id", "u"."person_id" as "account_person_id"
from "mediation_room_participants" as "p"
left join "dispute_parties" as "dp" on "dp"."id" = "p"."party_id"
left join "users" as "u" on "u"."id" = "p"."account_id"
where "p"."room_id" = ?;

-- updateParticipantRow
update "mediation_room_participants"
set "last_seen_at" = ?
where "id" = ?;

-- moveParticipantRow
update "mediation_room_participants"
set "status" = ?, "admitted_at" = ?
where "id" = ? and "status" in (?);

-- clearParticipantFeed
update "mediation_room_participants"
set "feed_id" = ?
where "id" = ? and "feed_id" = ?;
