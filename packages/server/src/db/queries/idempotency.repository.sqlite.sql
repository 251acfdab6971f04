-- platform/http/idempotency.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- findIdempotencyRow
select *
from "idempotency_keys"
where "user_id" = ? and "key" = ?;

-- claimIdempotencyKey
insert into "idempotency_keys" ("user_id", "key", "request_hash", "status_code", "response_body", "created_at")
values (?, ?, ?, ?, ?, ?)
on conflict do nothing;

-- completeIdempotencyRow
update "idempotency_keys"
set "status_code" = ?, "response_body" = ?
where "user_id" = ? and "key" = ?;

-- releaseIdempotencyKey
delete
from "idempotency_keys"
where "user_id" = ? and "key" = ?;

-- releaseAbandonedIdempotencyKey
delete
from "idempotency_keys"
where "user_id" = ? and "key" = ? and "status_code" = ? and "created_at" < ?;
