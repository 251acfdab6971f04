-- platform/realtime/notifications.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertNotificationRows
insert into "notifications" ("id", "user_id", "kind", "title", "body", "target_type", "target_id", "created_at", "read_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- listNotificationRows
select *
from "notifications"
where "user_id" = ? and "read_at" is null and "id" < ?
order by "id" desc
limit ?;

-- countUnread
select cast(count(*) as integer) as "n"
from "notifications"
where "user_id" = ? and "read_at" is null;

-- markRead (some)
update "notifications"
set "read_at" = ?
where "user_id" = ? and "read_at" is null and "id" in (?, ?);

-- markRead (all)
update "notifications"
set "read_at" = ?
where "user_id" = ? and "read_at" is null;
