-- platform/audit/audit.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- appendAuditRow
select pg_advisory_xact_lock(7267001);
select "seq", "hash"
from "audit_log"
order by "seq" desc
limit $1;
insert into "audit_log" ("at", "user_id", "username", "action", "target_type", "target_id", "outcome", "ip", "request_id", "detail", "seq", "prev_hash", "chain", "hash")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14);

-- listAuditRows
select *
from "audit_log"
where "user_id" = $1 and "username" = $2 and "action" = $3 and "target_type" = $4 and "target_id" = $5 and "at" >= $6 and "at" <= $7 and "seq" < $8
order by "seq" desc
limit $9;

-- listAuditBatch
select *
from "audit_log"
where "seq" > $1
order by "seq"
limit $2;

-- findAuditRow
select *
from "audit_log"
where "seq" = $1;

-- listAuditActors
select "id", "username", "display_name"
from "users"
where ("id" in ($1) or "username" in ($2));
