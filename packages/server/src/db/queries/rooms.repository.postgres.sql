-- modules/mediation-rooms/rooms.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- insertRoomRow
insert into "mediation_rooms" ("id", "town_id", "jurisdiction_id", "dispute_id", "mediation_id", "status", "max_participants", "opened_by", "opened_by_name", "opened_at", "media_started_at", "closed_at", "closed_by", "close_reason", "expires_at", "record", "outcome", "session_id", "shared_agreement_id", "recording_state", "version", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23);

-- findRoomRow
select *
from "mediation_rooms"
where "id" = $1;

-- findOpenRoomRow
select *
from "mediation_rooms"
where "id" = $1 and "status" = $2;

-- lockRoomRow
update "mediation_rooms"
set "version" = version
where "id" = $1;
select *
from "mediation_rooms"
where "id" = $1;

-- findRoomWithDispute
select "r".*, "d"."number" as "dispute_number", "d"."category" as "dispute_category", "j"."name" as "village_name"
from "mediation_rooms" as "r"
inner join "disputes" as "d" on "d"."id" = "r"."dispute_id"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
where "r"."id" = $1;

-- findOpenRoomOfMediation
select *
from "mediation_rooms"
where "mediation_id" = $1 and "status" = $2;

-- listDisputeRoomRows
select "r".*, "d"."number" as "dispute_number", "d"."category" as "dispute_category", "j"."name" as "village_name"
from "mediation_rooms" as "r"
inner join "disputes" as "d" on "d"."id" = "r"."dispute_id"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
where "r"."dispute_id" = $1
order by "r"."opened_at" desc, "r"."id" desc;

-- listScopedRoomRows (open, first page)
select "r".*, "d"."number" as "dispute_number", "d"."category" as "dispute_category", "j"."name" as "village_name"
from "mediation_rooms" as "r"
inner join "disputes" as "d" on "d"."id" = "r"."dispute_id"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
where ("r"."town_id" in ($1) or "r"."jurisdiction_id" in ($2, $3)) and "r"."status" = $4
order by "r"."opened_at" desc, "r"."id" desc
limit $5;

-- listScopedRoomRows (any status, next page)
select "r".*, "d"."number" as "dispute_number", "d"."category" as "dispute_category", "j"."name" as "village_name"
from "mediation_rooms" as "r"
inner join "disputes" as "d" on "d"."id" = "r"."dispute_id"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
where ("r"."town_id" in ($1) or "r"."jurisdiction_id" in ($2, $3)) and ("r"."opened_at" < $4 or ("r"."opened_at" = $5 and "r"."id" < $6))
order by "r"."opened_at" desc, "r"."id" desc
limit $7;

-- updateRoomRow
update "mediation_rooms"
set "record" = $1, "updated_at" = $2, "version" = version + 1
where "id" = $3;

-- closeRoomRow
update "mediation_rooms"
set "closed_at" = $1, "closed_by" = $2, "close_reason" = $3, "outcome" = $4, "record" = $5, "updated_at" = $6, "status" = $7, "version" = version + 1
where "id" = $8 and "status" = $9;

-- bumpRoomVersionRow
update "mediation_rooms"
set "version" = version + 1, "updated_at" = $1
where "id" = $2;

-- markRoomMediaStarted
update "mediation_rooms"
set "media_started_at" = $1, "version" = version + 1, "updated_at" = $2
where "id" = $3 and "media_started_at" is null;

-- listExpiredRoomRows
select *
from "mediation_rooms"
where "status" = $1 and "expires_at" <= $2
order by "expires_at"
limit $3;

-- listRoomStatuses
select "id", "status"
from "mediation_rooms"
where "id" in ($1, $2);

-- insertParticipantRow
insert into "mediation_room_participants" ("id", "room_id", "town_id", "account_id", "party_id", "display_name", "kind", "join_method", "status", "joined_at", "admitted_at", "admitted_by", "removed_at", "removed_by", "left_at", "feed_id", "last_seen_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17);

-- findParticipantRow
select *
from "mediation_room_participants"
where "id" = $1;

-- findAccountParticipantRow
select *
from "mediation_room_participants"
where "room_id" = $1 and "account_id" = $2;

-- listParticipantRows
select *
from "mediation_room_participants"
where "room_id" in ($1, $2)
order by "joined_at", "id";

-- listParticipantStatuses
select "status"
from "mediation_room_participants"
where "room_id" = $1;

-- listParticipantPersonIds
select "p"."id", "dp"."person_id" as "party_person_id", "u"."person_id" as "account_person_id"
from "mediation_room_participants" as "p"
left join "dispute_parties" as "dp" on "dp"."id" = "p"."party_id"
left join "users" as "u" on "u"."id" = "p"."account_id"
where "p"."room_id" = $1;

-- updateParticipantRow
update "mediation_room_participants"
set "last_seen_at" = $1
where "id" = $2;

-- moveParticipantRow
update "mediation_room_participants"
set "status" = $1, "admitted_at" = $2
where "id" = $3 and "status" in ($4);

-- clearParticipantFeed
update "mediation_room_participants"
set "feed_id" = $1
where "id" = $2 and "feed_id" = $3;
