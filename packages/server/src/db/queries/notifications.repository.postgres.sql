-- platform/realtime/notifications.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- insertNotificationRows
insert into "notifications" ("id", "user_id", "kind", "title", "body", "target_type", "target_id", "created_at", "read_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- listNotificationRows
select *
from "notifications"
where "user_id" = $1 and "read_at" is null and "id" < $2
order by "id" desc
limit $3;

-- countUnread
select cast(count(*) as integer) as "n"
from "notifications"
where "user_id" = $1 and "read_at" is null;

-- markRead (some)
update "notifications"
set "read_at" = $1
where "user_id" = $2 and "read_at" is null and "id" in ($3, $4);

-- markRead (all)
update "notifications"
set "read_at" = $1
where "user_id" = $2 and "read_at" is null;
