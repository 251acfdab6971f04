-- modules/mediation-rooms/room-join-tokens.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- insertJoinTokenRow
insert into "mediation_room_join_tokens" ("id", "room_id", "participant_id", "token_hash", "expires_at", "used_at", "created_at")
values ($1, $2, $3, $4, $5, $6, $7);

-- findJoinTokenRow
select *
from "mediation_room_join_tokens"
where "token_hash" = $1;

-- claimJoinTokenRow
update "mediation_room_join_tokens"
set "used_at" = $1
where "id" = $2 and "used_at" is null and "expires_at" > $3;
