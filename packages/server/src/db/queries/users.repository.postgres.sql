-- modules/users/users.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- findUserUnder
select *
from "users"
where "id" = $1 and (exists (select 1
from user_roles r join jurisdictions j on j.id = r.jurisdiction_id
   
where r.user_id = users.id and (lower("j"."path") like lower($2) escape '\')) or not exists (select 1
from user_roles r
where r.user_id = users.id));

-- createUserRow
insert into "users" ("id", "username", "display_name", "person_id", "password_hash", "password_changed_at", "must_change_password", "status", "failed_logins", "locked_until", "mfa_enabled", "mfa_secret_enc", "mfa_pending_secret_enc", "last_login_at", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16);

-- listUserRows
select *
from "users"
where (exists (select 1
from user_roles r join jurisdictions j on j.id = r.jurisdiction_id
   
where r.user_id = users.id and (lower("j"."path") like lower($1) escape '\')) or not exists (select 1
from user_roles r
where r.user_id = users.id)) and (lower("username") like lower($2) escape '\' or lower("display_name") like lower($3) escape '\') and "username" > $4
order by "username"
limit $5;

-- replaceGrants
delete
from "user_roles"
where "user_id" = $1;
insert into "user_roles" ("id", "user_id", "role", "jurisdiction_id", "created_at")
values ($1, $2, $3, $4, $5);
