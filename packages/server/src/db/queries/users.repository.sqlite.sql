-- modules/users/users.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- findUserUnder
select *
from "users"
where "id" = ? and (exists (select 1
from user_roles r join jurisdictions j on j.id = r.jurisdiction_id
   
where r.user_id = users.id and (lower("j"."path") like lower(?) escape '\')) or not exists (select 1
from user_roles r
where r.user_id = users.id));

-- createUserRow
insert into "users" ("id", "username", "display_name", "person_id", "password_hash", "password_changed_at", "must_change_password", "status", "failed_logins", "locked_until", "mfa_enabled", "mfa_secret_enc", "mfa_pending_secret_enc", "last_login_at", "created_at", "updated_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- listUserRows
select *
from "users"
where (exists (select 1
from user_roles r join jurisdictions j on j.id = r.jurisdiction_id
   
where r.user_id = users.id and (lower("j"."path") like lower(?) escape '\')) or not exists (select 1
from user_roles r
where r.user_id = users.id)) and (lower("username") like lower(?) escape '\' or lower("display_name") like lower(?) escape '\') and "username" > ?
order by "username"
limit ?;

-- replaceGrants
delete
from "user_roles"
where "user_id" = ?;
insert into "user_roles" ("id", "user_id", "role", "jurisdiction_id", "created_at")
values (?, ?, ?, ?, ?);
