-- platform/auth/sessions.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- createSessionRow
insert into "sessions" ("id", "user_id", "csrf_token", "created_at", "last_seen_at", "expires_at", "ip", "user_agent")
values ($1, $2, $3, $4, $5, $6, $7, $8);

-- findSessionWithUser
select "s"."id", "s"."user_id", "s"."csrf_token", "s"."last_seen_at", "s"."expires_at", "u"."username", "u"."display_name", "u"."status", "u"."mfa_enabled", "u"."password_changed_at", "u"."must_change_password"
from "sessions" as "s"
inner join "users" as "u" on "u"."id" = "s"."user_id"
where "s"."id" = $1;

-- touchSession
update "sessions"
set "last_seen_at" = $1
where "id" = $2;

-- deleteSession
delete
from "sessions"
where "id" = $1;

-- deleteSessionsOfUser
delete
from "sessions"
where "user_id" = $1;

-- deleteOtherSessionsOfUser
delete
from "sessions"
where "user_id" = $1 and "id" != $2;
