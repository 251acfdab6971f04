-- platform/jobs/jobs.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- ensureJobRow
insert into "job_leases" ("name", "holder", "lease_until", "started_at", "finished_at")
values (?, ?, ?, ?, ?)
on conflict ("name") do nothing;

-- claimJobLease
update "job_leases"
set "holder" = ?, "lease_until" = ?, "started_at" = ?
where "name" = ? and "lease_until" <= ?;

-- finishJobLease
update "job_leases"
set "lease_until" = ?, "finished_at" = ?
where "name" = ? and "holder" = ?;
