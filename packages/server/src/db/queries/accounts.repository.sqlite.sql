-- platform/auth/accounts.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- findUserById
select *
from "users"
where "id" = ?;

-- findUserByUsername
select *
from "users"
where "username" = ?;

-- updateUserRow
update "users"
set "failed_logins" = ?, "updated_at" = ?
where "id" = ?;

-- listGrantsOf
select "r"."user_id", "r"."role", "r"."jurisdiction_id", "j"."name", "j"."level", "j"."path", "j"."town_id"
from "user_roles" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
where "r"."user_id" in (?)
order by "r"."created_at";

-- replaceRecoveryCodes
delete
from "recovery_codes"
where "user_id" = ?;
insert into "recovery_codes" ("id", "user_id", "code_hash", "used_at")
values (?, ?, ?, ?), (?, ?, ?, ?);

-- consumeRecoveryCode
update "recovery_codes"
set "used_at" = ?
where "user_id" = ? and "code_hash" = ? and "used_at" is null;

-- countFailedLogin
update "users"
set "failed_logins" = (case when (locked_until is not null and locked_until <= ?) then 0 else failed_logins end) + 1, "locked_until" = case when (case when (locked_until is not null and locked_until <= ?) then 0 else failed_logins end) + 1 >= ? then ?
        when (locked_until is not null and locked_until <= ?) then null else locked_until end, "updated_at" = ?
where "id" = ?
returning "failed_logins", "locked_until";

-- clearFailedLogins
update "users"
set "last_login_at" = ?, "failed_logins" = ?, "locked_until" = ?, "updated_at" = ?
where "id" = ? and ("locked_until" is null or "locked_until" <= ?);
