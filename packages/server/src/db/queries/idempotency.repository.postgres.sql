-- platform/http/idempotency.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- findIdempotencyRow
select *
from "idempotency_keys"
where "user_id" = $1 and "key" = $2;

-- claimIdempotencyKey
insert into "idempotency_keys" ("user_id", "key", "request_hash", "status_code", "response_body", "created_at")
values ($1, $2, $3, $4, $5, $6)
on conflict do nothing;

-- completeIdempotencyRow
update "idempotency_keys"
set "status_code" = $1, "response_body" = $2
where "user_id" = $3 and "key" = $4;

-- releaseIdempotencyKey
delete
from "idempotency_keys"
where "user_id" = $1 and "key" = $2;

-- releaseAbandonedIdempotencyKey
delete
from "idempotency_keys"
where "user_id" = $1 and "key" = $2 and "status_code" = $3 and "created_at" < $4;
