-- modules/mediation-rooms/room-join-tokens.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertJoinTokenRow
insert into "mediation_room_join_tokens" ("id", "room_id", "participant_id", "token_hash", "expires_at", "used_at", "created_at")
values (?, ?, ?, ?, ?, ?, ?);

-- findJoinTokenRow
select *
from "mediation_room_join_tokens"
where "token_hash" = ?;

-- claimJoinTokenRow
update "mediation_room_join_tokens"
set "used_at" = ?
where "id" = ? and "used_at" is null and "expires_at" > ?;
