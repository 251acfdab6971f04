-- platform/auth/sessions.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- createSessionRow
insert into "sessions" ("id", "user_id", "csrf_token", "created_at", "last_seen_at", "expires_at", "ip", "user_agent")
values (?, ?, ?, ?, ?, ?, ?, ?);

-- findSessionWithUser
select "s"."id", "s"."user_id", "s"."csrf_token", "s"."last_seen_at", "s"."expires_at", "u"."username", "u"."display_name", "u"."status", "u"."mfa_enabled", "u"."password_changed_at", "u"."must_change_password"
from "sessions" as "s"
inner join "users" as "u" on "u"."id" = "s"."user_id"
where "s"."id" = ?;

-- touchSession
update "sessions"
set "last_seen_at" = ?
where "id" = ?;

-- deleteSession
delete
from "sessions"
where "id" = ?;

-- deleteSessionsOfUser
delete
from "sessions"
where "user_id" = ?;

-- deleteOtherSessionsOfUser
delete
from "sessions"
where "user_id" = ? and "id" != ?;
