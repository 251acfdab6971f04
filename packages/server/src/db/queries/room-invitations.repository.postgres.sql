-- modules/mediation-rooms/room-invitations.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- insertInvitationRow
insert into "mediation_room_invitations" ("id", "room_id", "party_id", "display_name", "kind", "token_hash", "expires_at", "used_at", "participant_id", "revoked_at", "created_by", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12);

-- findInvitationByTokenHash
select *
from "mediation_room_invitations"
where "token_hash" = $1;

-- findInvitationOfRoom
select "i".*, "u"."display_name" as "created_by_name"
from "mediation_room_invitations" as "i"
left join "users" as "u" on "u"."id" = "i"."created_by"
where "i"."room_id" = $1 and "i"."id" = $2;

-- listInvitationsOfRoom
select "i".*, "u"."display_name" as "created_by_name"
from "mediation_room_invitations" as "i"
left join "users" as "u" on "u"."id" = "i"."created_by"
where "i"."room_id" = $1
order by "i"."created_at" desc, "i"."id" desc;

-- claimInvitation
update "mediation_room_invitations"
set "used_at" = $1
where "id" = $2 and "used_at" is null and "revoked_at" is null and "expires_at" > $3;

-- setInvitationParticipant
update "mediation_room_invitations"
set "participant_id" = $1
where "id" = $2;

-- revokeInvitation
update "mediation_room_invitations"
set "revoked_at" = $1
where "id" = $2 and "used_at" is null and "revoked_at" is null;
