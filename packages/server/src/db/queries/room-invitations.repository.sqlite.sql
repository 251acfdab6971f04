-- modules/mediation-rooms/room-invitations.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertInvitationRow
insert into "mediation_room_invitations" ("id", "room_id", "party_id", "display_name", "kind", "token_hash", "expires_at", "used_at", "participant_id", "revoked_at", "created_by", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findInvitationByTokenHash
select *
from "mediation_room_invitations"
where "token_hash" = ?;

-- findInvitationOfRoom
select "i".*, "u"."display_name" as "created_by_name"
from "mediation_room_invitations" as "i"
left join "users" as "u" on "u"."id" = "i"."created_by"
where "i"."room_id" = ? and "i"."id" = ?;

-- listInvitationsOfRoom
select "i".*, "u"."display_name" as "created_by_name"
from "mediation_room_invitations" as "i"
left join "users" as "u" on "u"."id" = "i"."created_by"
where "i"."room_id" = ?
order by "i"."created_at" desc, "i"."id" desc;

-- claimInvitation
update "mediation_room_invitations"
set "used_at" = ?
where "id" = ? and "used_at" is null and "revoked_at" is null and "expires_at" > ?;

-- setInvitationParticipant
update "mediation_room_invitations"
set "participant_id" = ?
where "id" = ?;

-- revokeInvitation
update "mediation_room_invitations"
set "revoked_at" = ?
where "id" = ? and "used_at" is null and "revoked_at" is null;
