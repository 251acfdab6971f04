-- platform/audit/audit.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- appendAuditRow
select "seq", "hash"
from "audit_log"
order by "seq" desc
limit ?;
insert into "audit_log" ("at", "user_id", "username", "action", "target_type", "target_id", "outcome", "ip", "request_id", "detail", "seq", "prev_hash", "chain", "hash")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- listAuditRows
select *
from "audit_log"
where "user_id" = ? and "username" = ? and "action" = ? and "target_type" = ? and "target_id" = ? and "at" >= ? and "at" <= ? and "seq" < ?
order by "seq" desc
limit ?;

-- listAuditBatch
select *
from "audit_log"
where "seq" > ?
order by "seq"
limit ?;

-- findAuditRow
select *
from "audit_log"
where "seq" = ?;

-- listAuditActors
select "id", "username", "display_name"
from "users"
where ("id" in (?) or "username" in (?));
