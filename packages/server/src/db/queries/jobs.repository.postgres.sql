-- platform/jobs/jobs.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- ensureJobRow
insert into "job_leases" ("name", "holder", "lease_until", "started_at", "finished_at")
values ($1, $2, $3, $4, $5)
on conflict ("name") do nothing;

-- claimJobLease
update "job_leases"
set "holder" = $1, "lease_until" = $2, "started_at" = $3
where "name" = $4 and "lease_until" <= $5;

-- finishJobLease
update "job_leases"
set "lease_until" = $1, "finished_at" = $2
where "name" = $3 and "holder" = $4;
