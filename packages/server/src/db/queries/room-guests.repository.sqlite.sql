-- modules/mediation-rooms/room-guests.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertGuestSessionRow
insert into "mediation_room_guest_sessions" ("id", "participant_id", "room_id", "csrf_hash", "created_at", "expires_at")
values (?, ?, ?, ?, ?, ?);

-- findGuestSession
select "s"."id", "s"."csrf_hash", "s"."expires_at", "p"."id" as "participant_id", "p"."room_id", "p"."status", "p"."account_id", "p"."party_id", "p"."display_name", "r"."town_id", "r"."dispute_id", "r"."status" as "room_status", "r"."shared_agreement_id"
from "mediation_room_guest_sessions" as "s"
inner join "mediation_room_participants" as "p" on "p"."id" = "s"."participant_id"
inner join "mediation_rooms" as "r" on "r"."id" = "s"."room_id"
where "s"."id" = ?;

-- insertDraftConfirmation
insert into "mediation_room_draft_confirmations" ("id", "room_id", "participant_id", "agreement_id", "content_hash", "confirmed_at")
values (?, ?, ?, ?, ?, ?)
on conflict ("participant_id", "agreement_id", "content_hash") do nothing;

-- findDraftConfirmation
select *
from "mediation_room_draft_confirmations"
where "participant_id" = ? and "agreement_id" = ? and "content_hash" = ?;

-- listDraftConfirmations
select "c".*, "p"."display_name"
from "mediation_room_draft_confirmations" as "c"
inner join "mediation_room_participants" as "p" on "p"."id" = "c"."participant_id"
where "c"."room_id" = ?
order by "c"."confirmed_at" desc, "c"."id" desc;
