-- platform/auth/accounts.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- findUserById
select *
from "users"
where "id" = $1;

-- findUserByUsername
select *
from "users"
where "username" = $1;

-- updateUserRow
update "users"
set "failed_logins" = $1, "updated_at" = $2
where "id" = $3;

-- listGrantsOf
select "r"."user_id", "r"."role", "r"."jurisdiction_id", "j"."name", "j"."level", "j"."path", "j"."town_id"
from "user_roles" as "r"
inner join "jurisdictions" as "j" on "j"."id" = "r"."jurisdiction_id"
where "r"."user_id" in ($1)
order by "r"."created_at";

-- replaceRecoveryCodes
delete
from "recovery_codes"
where "user_id" = $1;
insert into "recovery_codes" ("id", "user_id", "code_hash", "used_at")
values ($1, $2, $3, $4), ($5, $6, $7, $8);

-- consumeRecoveryCode
update "recovery_codes"
set "used_at" = $1
where "user_id" = $2 and "code_hash" = $3 and "used_at" is null;

-- countFailedLogin
update "users"
set "failed_logins" = (case when (locked_until is not null and locked_until <= $1) then 0 else failed_logins end) + 1, "locked_until" = case when (case when (locked_until is not null and locked_until <= $2) then 0 else failed_logins end) + 1 >= $3 then $4
        when (locked_until is not null and locked_until <= $5) then null else locked_until end, "updated_at" = $6
where "id" = $7
returning "failed_logins", "locked_until";

-- clearFailedLogins
update "users"
set "last_login_at" = $1, "failed_logins" = $2, "locked_until" = $3, "updated_at" = $4
where "id" = $5 and ("locked_until" is null or "locked_until" <= $6);
