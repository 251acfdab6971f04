-- modules/patrols/patrols.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

-- insertPatrolTeamRows
insert into "patrol_teams" ("id", "town_id", "jurisdiction_id", "name", "leader_person_id", "active", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8);

-- insertPatrolTeamAreaRows
insert into "patrol_team_areas" ("team_id", "area_id", "town_id")
values ($1, $2, $3);

-- deletePatrolTeamAreas
delete
from "patrol_team_areas"
where "team_id" = $1;

-- updatePatrolTeamRow
update "patrol_teams"
set "name" = $1, "updated_at" = $2
where "id" = $3;

-- findPatrolTeamView
select "t".*, "leader"."name" as "leader_name", (select cast(count(*) as integer) as "n"
from "patrol_members" as "m"
where "m"."team_id" = "t"."id") as "member_count"
from "patrol_teams" as "t"
inner join "persons" as "leader" on "leader"."id" = "t"."leader_person_id"
where "t"."id" = $1;

-- listPatrolTeamViews (first)
select "t".*, "leader"."name" as "leader_name", (select cast(count(*) as integer) as "n"
from "patrol_members" as "m"
where "m"."team_id" = "t"."id") as "member_count"
from "patrol_teams" as "t"
inner join "persons" as "leader" on "leader"."id" = "t"."leader_person_id"
where ("t"."town_id" in ($1) or "t"."jurisdiction_id" in ($2, $3))
order by "t"."name", "t"."id"
limit $4;

-- listPatrolTeamViews (active, after)
select "t".*, "leader"."name" as "leader_name", (select cast(count(*) as integer) as "n"
from "patrol_members" as "m"
where "m"."team_id" = "t"."id") as "member_count"
from "patrol_teams" as "t"
inner join "persons" as "leader" on "leader"."id" = "t"."leader_person_id"
where ("t"."town_id" in ($1) or "t"."jurisdiction_id" in ($2, $3)) and "t"."active" = $4 and (t.name > $5 or (t.name = $6 and t.id > $7))
order by "t"."name", "t"."id"
limit $8;

-- listPatrolTeamAreas
select "a".*, "j"."name", "j"."level", "j"."sort_order"
from "patrol_team_areas" as "a"
inner join "jurisdictions" as "j" on "j"."id" = "a"."area_id"
where "a"."team_id" in ($1, $2)
order by "a"."team_id", "j"."sort_order", "j"."name";

-- listPatrolPlaces
select "id", "town_id", "parent_id", "level", "name"
from "jurisdictions"
where "id" in ($1, $2);

-- findLeaderCandidate
select "p"."id", "p"."town_id", "p"."jurisdiction_id", "p"."name", (select cast(count(*) as integer) as "n"
from "assignments" as "a"
where "a"."person_id" = "p"."id" and "a"."duty" in ($1, $2, $3)) as "duties"
from "persons" as "p"
where "p"."id" = $4;

-- insertPatrolMemberRows
insert into "patrol_members" ("id", "team_id", "town_id", "person_id", "user_id", "joined_at")
values ($1, $2, $3, $4, $5, $6);

-- deletePatrolMember
delete
from "patrol_members"
where "id" = $1;

-- findPatrolMember
select *
from "patrol_members"
where "id" = $1;

-- findPatrolMemberByPerson
select *
from "patrol_members"
where "team_id" = $1 and "person_id" = $2;

-- listPatrolMemberViews
select "m".*, "p"."name", "p"."phone_masked", "p"."phone_enc", "p"."town_id" as "person_town_id", "p"."jurisdiction_id" as "person_jurisdiction_id", "u"."username"
from "patrol_members" as "m"
inner join "persons" as "p" on "p"."id" = "m"."person_id"
left join "users" as "u" on "u"."id" = "m"."user_id"
where "m"."team_id" in ($1)
order by "m"."team_id", "m"."joined_at", "m"."id";

-- insertPatrolShiftRows
insert into "patrol_shifts" ("id", "town_id", "jurisdiction_id", "team_id", "day", "starts_at", "ends_at", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8);

-- deletePatrolShift
delete
from "patrol_shifts"
where "id" = $1;

-- listPatrolShiftDays
select "day"
from "patrol_shifts"
where "team_id" = $1 and "day" in ($2, $3);

-- findPatrolShiftView
select "s".*, "t"."name" as "team_name", "t"."leader_person_id", "l"."id" as "log_id", (select cast(count(*) as integer) as "n"
from "patrol_check_ins" as "c"
where "c"."shift_id" = "s"."id") as "check_in_count"
from "patrol_shifts" as "s"
inner join "patrol_teams" as "t" on "t"."id" = "s"."team_id"
left join "patrol_logs" as "l" on "l"."shift_id" = "s"."id"
where "s"."id" = $1;

-- listPatrolShiftViews (first)
select "s".*, "t"."name" as "team_name", "t"."leader_person_id", "l"."id" as "log_id", (select cast(count(*) as integer) as "n"
from "patrol_check_ins" as "c"
where "c"."shift_id" = "s"."id") as "check_in_count"
from "patrol_shifts" as "s"
inner join "patrol_teams" as "t" on "t"."id" = "s"."team_id"
left join "patrol_logs" as "l" on "l"."shift_id" = "s"."id"
where ("s"."town_id" in ($1) or "s"."jurisdiction_id" in ($2, $3))
order by "s"."day" desc, "s"."id" desc
limit $4;

-- listPatrolShiftViews (team, days, after)
select "s".*, "t"."name" as "team_name", "t"."leader_person_id", "l"."id" as "log_id", (select cast(count(*) as integer) as "n"
from "patrol_check_ins" as "c"
where "c"."shift_id" = "s"."id") as "check_in_count"
from "patrol_shifts" as "s"
inner join "patrol_teams" as "t" on "t"."id" = "s"."team_id"
left join "patrol_logs" as "l" on "l"."shift_id" = "s"."id"
where ("s"."town_id" in ($1) or "s"."jurisdiction_id" in ($2, $3)) and "s"."team_id" = $4 and "s"."day" >= $5 and "s"."day" <= $6 and (s.day < $7 or (s.day = $8 and s.id < $9))
order by "s"."day" desc, "s"."id" desc
limit $10;

-- insertPatrolCheckpointRows
insert into "patrol_checkpoints" ("id", "town_id", "jurisdiction_id", "name", "lat", "lng", "version", "active", "created_at", "updated_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10);

-- updatePatrolCheckpointRow
update "patrol_checkpoints"
set "version" = $1, "updated_at" = $2
where "id" = $3;

-- findPatrolCheckpointView
select "k".*, "v"."name" as "village_name", "v"."parent_id" as "district_id"
from "patrol_checkpoints" as "k"
inner join "jurisdictions" as "v" on "v"."id" = "k"."jurisdiction_id"
where "k"."id" = $1;

-- listPatrolCheckpointViews (first)
select "k".*, "v"."name" as "village_name", "v"."parent_id" as "district_id"
from "patrol_checkpoints" as "k"
inner join "jurisdictions" as "v" on "v"."id" = "k"."jurisdiction_id"
where ("k"."town_id" in ($1) or "k"."jurisdiction_id" in ($2, $3))
order by "v"."name", "k"."name", "k"."id"
limit $4;

-- listPatrolCheckpointViews (village, active, after)
select "k".*, "v"."name" as "village_name", "v"."parent_id" as "district_id"
from "patrol_checkpoints" as "k"
inner join "jurisdictions" as "v" on "v"."id" = "k"."jurisdiction_id"
where ("k"."town_id" in ($1) or "k"."jurisdiction_id" in ($2, $3)) and "k"."jurisdiction_id" = $4 and "k"."active" = $5 and (v.name > $6 or (v.name = $7 and (k.name > $8 or (k.name = $9 and k.id > $10))))
order by "v"."name", "k"."name", "k"."id"
limit $11;

-- listPatrolCheckpointViews (all (print))
select "k".*, "v"."name" as "village_name", "v"."parent_id" as "district_id"
from "patrol_checkpoints" as "k"
inner join "jurisdictions" as "v" on "v"."id" = "k"."jurisdiction_id"
where ("k"."town_id" in ($1) or "k"."jurisdiction_id" in ($2, $3)) and "k"."active" = $4
order by "v"."name", "k"."name", "k"."id";

-- findRotaForCheckIn (member or leader)
select "s"."id" as "shift_id", "s"."team_id", "t"."name" as "team_name", "m"."person_id"
from "patrol_shifts" as "s"
inner join "patrol_teams" as "t" on "t"."id" = "s"."team_id"
inner join "patrol_members" as "m" on "m"."team_id" = "s"."team_id"
where "s"."day" = $1 and "t"."active" = $2 and ("m"."user_id" = $3 or "m"."person_id" = $4) and exists (select "a"."area_id"
from "patrol_team_areas" as "a"
where "a"."team_id" = "s"."team_id" and "a"."area_id" in ($5, $6)) union select "s"."id" as "shift_id", "s"."team_id", "t"."name" as "team_name", "t"."leader_person_id" as "person_id"
from "patrol_shifts" as "s"
inner join "patrol_teams" as "t" on "t"."id" = "s"."team_id"
where "s"."day" = $7 and "t"."active" = $8 and "t"."leader_person_id" = $9 and exists (select "a"."area_id"
from "patrol_team_areas" as "a"
where "a"."team_id" = "s"."team_id" and "a"."area_id" in ($10, $11))
order by "shift_id";

-- findRotaForCheckIn (member only)
select "s"."id" as "shift_id", "s"."team_id", "t"."name" as "team_name", "m"."person_id"
from "patrol_shifts" as "s"
inner join "patrol_teams" as "t" on "t"."id" = "s"."team_id"
inner join "patrol_members" as "m" on "m"."team_id" = "s"."team_id"
where "s"."day" = $1 and "t"."active" = $2 and "m"."user_id" = $3 and exists (select "a"."area_id"
from "patrol_team_areas" as "a"
where "a"."team_id" = "s"."team_id" and "a"."area_id" in ($4))
order by "shift_id";

-- insertPatrolCheckInOnce
insert into "patrol_check_ins" ("id", "town_id", "jurisdiction_id", "checkpoint_id", "shift_id", "team_id", "day", "person_id", "user_id", "at", "lat", "lng", "accuracy", "client_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
on conflict do nothing;

-- insertPatrolCheckInRows
insert into "patrol_check_ins" ("id", "town_id", "jurisdiction_id", "checkpoint_id", "shift_id", "team_id", "day", "person_id", "user_id", "at", "lat", "lng", "accuracy", "client_id")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14);

-- findPatrolCheckInConflict (with clientId)
select *
from "patrol_check_ins"
where (("checkpoint_id" = $1 and "day" = $2 and "person_id" = $3) or ("user_id" = $4 and "client_id" = $5))
order by "at";

-- findPatrolCheckInConflict (without clientId)
select *
from "patrol_check_ins"
where ("checkpoint_id" = $1 and "day" = $2 and "person_id" = $3)
order by "at";

-- findPatrolCheckInView
select "c".*, "k"."name" as "checkpoint_name", "v"."name" as "village_name", "t"."name" as "team_name", "p"."name" as "person_name"
from "patrol_check_ins" as "c"
inner join "patrol_checkpoints" as "k" on "k"."id" = "c"."checkpoint_id"
inner join "jurisdictions" as "v" on "v"."id" = "c"."jurisdiction_id"
inner join "patrol_teams" as "t" on "t"."id" = "c"."team_id"
inner join "persons" as "p" on "p"."id" = "c"."person_id"
where "c"."id" = $1;

-- listPatrolCheckInViews (first)
select "c".*, "k"."name" as "checkpoint_name", "v"."name" as "village_name", "t"."name" as "team_name", "p"."name" as "person_name"
from "patrol_check_ins" as "c"
inner join "patrol_checkpoints" as "k" on "k"."id" = "c"."checkpoint_id"
inner join "jurisdictions" as "v" on "v"."id" = "c"."jurisdiction_id"
inner join "patrol_teams" as "t" on "t"."id" = "c"."team_id"
inner join "persons" as "p" on "p"."id" = "c"."person_id"
where ("c"."town_id" in ($1) or "c"."jurisdiction_id" in ($2, $3))
order by "c"."at" desc, "c"."id" desc
limit $4;

-- listPatrolCheckInViews (filters, after)
select "c".*, "k"."name" as "checkpoint_name", "v"."name" as "village_name", "t"."name" as "team_name", "p"."name" as "person_name"
from "patrol_check_ins" as "c"
inner join "patrol_checkpoints" as "k" on "k"."id" = "c"."checkpoint_id"
inner join "jurisdictions" as "v" on "v"."id" = "c"."jurisdiction_id"
inner join "patrol_teams" as "t" on "t"."id" = "c"."team_id"
inner join "persons" as "p" on "p"."id" = "c"."person_id"
where ("c"."town_id" in ($1) or "c"."jurisdiction_id" in ($2, $3)) and "c"."shift_id" = $4 and "c"."team_id" = $5 and "c"."person_id" = $6 and "c"."day" >= $7 and "c"."day" <= $8 and (c.at < $9 or (c.at = $10 and c.id < $11))
order by "c"."at" desc, "c"."id" desc
limit $12;

-- listPatrolCheckInViews (all)
select "c".*, "k"."name" as "checkpoint_name", "v"."name" as "village_name", "t"."name" as "team_name", "p"."name" as "person_name"
from "patrol_check_ins" as "c"
inner join "patrol_checkpoints" as "k" on "k"."id" = "c"."checkpoint_id"
inner join "jurisdictions" as "v" on "v"."id" = "c"."jurisdiction_id"
inner join "patrol_teams" as "t" on "t"."id" = "c"."team_id"
inner join "persons" as "p" on "p"."id" = "c"."person_id"
where ("c"."town_id" in ($1) or "c"."jurisdiction_id" in ($2, $3))
order by "c"."at" desc, "c"."id" desc;

-- insertPatrolLogRows
insert into "patrol_logs" ("id", "town_id", "jurisdiction_id", "shift_id", "team_id", "day", "note", "written_by", "written_by_name", "created_at")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10);

-- insertPatrolFindingRows
insert into "patrol_findings" ("id", "log_id", "town_id", "jurisdiction_id", "day", "kind", "note", "village_id", "hazard_id", "incident_id", "sort_order")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11);

-- findPatrolLogView
select "l".*, "t"."name" as "team_name", "t"."leader_person_id", (select cast(count(*) as integer) as "n"
from "patrol_check_ins" as "c"
where "c"."shift_id" = "l"."shift_id") as "check_in_count"
from "patrol_logs" as "l"
inner join "patrol_teams" as "t" on "t"."id" = "l"."team_id"
where "l"."id" = $1;

-- findPatrolLogIdOfShift
select "id"
from "patrol_logs"
where "shift_id" = $1;

-- listPatrolLogViews (first)
select "l".*, "t"."name" as "team_name", "t"."leader_person_id", (select cast(count(*) as integer) as "n"
from "patrol_check_ins" as "c"
where "c"."shift_id" = "l"."shift_id") as "check_in_count"
from "patrol_logs" as "l"
inner join "patrol_teams" as "t" on "t"."id" = "l"."team_id"
where ("l"."town_id" in ($1) or "l"."jurisdiction_id" in ($2, $3))
order by "l"."day" desc, "l"."id" desc
limit $4;

-- listPatrolLogViews (filters, after)
select "l".*, "t"."name" as "team_name", "t"."leader_person_id", (select cast(count(*) as integer) as "n"
from "patrol_check_ins" as "c"
where "c"."shift_id" = "l"."shift_id") as "check_in_count"
from "patrol_logs" as "l"
inner join "patrol_teams" as "t" on "t"."id" = "l"."team_id"
where ("l"."town_id" in ($1) or "l"."jurisdiction_id" in ($2, $3)) and "l"."team_id" = $4 and "l"."day" >= $5 and "l"."day" <= $6 and exists (select "f"."id"
from "patrol_findings" as "f"
where "f"."log_id" = "l"."id" and "f"."kind" = $7) and (l.day < $8 or (l.day = $9 and l.id < $10))
order by "l"."day" desc, "l"."id" desc
limit $11;

-- listPatrolLogViews (all)
select "l".*, "t"."name" as "team_name", "t"."leader_person_id", (select cast(count(*) as integer) as "n"
from "patrol_check_ins" as "c"
where "c"."shift_id" = "l"."shift_id") as "check_in_count"
from "patrol_logs" as "l"
inner join "patrol_teams" as "t" on "t"."id" = "l"."team_id"
where ("l"."town_id" in ($1) or "l"."jurisdiction_id" in ($2, $3))
order by "l"."day" desc, "l"."id" desc;

-- listPatrolFindings
select *
from "patrol_findings"
where "log_id" in ($1, $2)
order by "log_id", "sort_order";

-- listPatrolHoursRows (town)
select "c"."person_id", "c"."shift_id", "c"."team_id", "s"."starts_at", "s"."ends_at", "p"."name" as "person_name", "t"."name" as "team_name", "p"."phone_masked", "p"."phone_enc", "p"."town_id" as "person_town_id", "p"."jurisdiction_id" as "person_jurisdiction_id", min("c"."at") as "first_at", max("c"."at") as "last_at"
from "patrol_check_ins" as "c"
inner join "patrol_shifts" as "s" on "s"."id" = "c"."shift_id"
inner join "patrol_teams" as "t" on "t"."id" = "c"."team_id"
inner join "persons" as "p" on "p"."id" = "c"."person_id"
where ("s"."town_id" in ($1) or "s"."jurisdiction_id" in ($2, $3)) and "c"."day" >= $4 and "c"."day" <= $5
group by "c"."person_id", "c"."shift_id", "c"."team_id", "s"."starts_at", "s"."ends_at", "p"."name", "t"."name", "p"."phone_masked", "p"."phone_enc", "p"."town_id", "p"."jurisdiction_id"
order by "t"."name", "p"."name", "c"."person_id", "c"."shift_id";

-- listPatrolHoursRows (team)
select "c"."person_id", "c"."shift_id", "c"."team_id", "s"."starts_at", "s"."ends_at", "p"."name" as "person_name", "t"."name" as "team_name", "p"."phone_masked", "p"."phone_enc", "p"."town_id" as "person_town_id", "p"."jurisdiction_id" as "person_jurisdiction_id", min("c"."at") as "first_at", max("c"."at") as "last_at"
from "patrol_check_ins" as "c"
inner join "patrol_shifts" as "s" on "s"."id" = "c"."shift_id"
inner join "patrol_teams" as "t" on "t"."id" = "c"."team_id"
inner join "persons" as "p" on "p"."id" = "c"."person_id"
where ("s"."town_id" in ($1) or "s"."jurisdiction_id" in ($2, $3)) and "c"."day" >= $4 and "c"."day" <= $5 and "c"."team_id" = $6
group by "c"."person_id", "c"."shift_id", "c"."team_id", "s"."starts_at", "s"."ends_at", "p"."name", "t"."name", "p"."phone_masked", "p"."phone_enc", "p"."town_id", "p"."jurisdiction_id"
order by "t"."name", "p"."name", "c"."person_id", "c"."shift_id";

-- listPatrolUserIdsOfPerson
select "id"
from "users"
where "person_id" = $1 and "status" = $2
order by "id";

-- findPatrolPerson
select "id", "town_id", "jurisdiction_id", "name"
from "persons"
where "id" = $1;
