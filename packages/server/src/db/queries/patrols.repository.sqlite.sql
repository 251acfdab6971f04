-- modules/patrols/patrols.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertPatrolTeamRows
insert into "patrol_teams" ("id", "town_id", "jurisdiction_id", "name", "leader_person_id", "active", "created_at", "updated_at")
values (?, ?, ?, ?, ?, ?, ?, ?);

-- insertPatrolTeamAreaRows
insert into "patrol_team_areas" ("team_id", "area_id", "town_id")
values (?, ?, ?);

-- deletePatrolTeamAreas
delete
from "patrol_team_areas"
where "team_id" = ?;

-- updatePatrolTeamRow
update "patrol_teams"
set "name" = ?, "updated_at" = ?
where "id" = ?;

-- findPatrolTeamView
select "t".*, "leader"."name" as "leader_name", (select cast(count(*) as integer) as "n"
from "patrol_members" as "m"
where "m"."team_id" = "t"."id") as "member_count"
from "patrol_teams" as "t"
inner join "persons" as "leader" on "leader"."id" = "t"."leader_person_id"
where "t"."id" = ?;

-- listPatrolTeamViews (first)
select "t".*, "leader"."name" as "leader_name", (select cast(count(*) as integer) as "n"
from "patrol_members" as "m"
where "m"."team_id" = "t"."id") as "member_count"
from "patrol_teams" as "t"
inner join "persons" as "leader" on "leader"."id" = "t"."leader_person_id"
where ("t"."town_id" in (?) or "t"."jurisdiction_id" in (?, ?))
order by "t"."name", "t"."id"
limit ?;

-- listPatrolTeamViews (active, after)
select "t".*, "leader"."name" as "leader_name", (select cast(count(*) as integer) as "n"
from "patrol_members" as "m"
where "m"."team_id" = "t"."id") as "member_count"
from "patrol_teams" as "t"
inner join "persons" as "leader" on "leader"."id" = "t"."leader_person_id"
where ("t"."town_id" in (?) or "t"."jurisdiction_id" in (?, ?)) and "t"."active" = ? and (t.name > ? or (t.name = ? and t.id > ?))
order by "t"."name", "t"."id"
limit ?;

-- listPatrolTeamAreas
select "a".*, "j"."name", "j"."level", "j"."sort_order"
from "patrol_team_areas" as "a"
inner join "jurisdictions" as "j" on "j"."id" = "a"."area_id"
where "a"."team_id" in (?, ?)
order by "a"."team_id", "j"."sort_order", "j"."name";

-- listPatrolPlaces
select "id", "town_id", "parent_id", "level", "name"
from "jurisdictions"
where "id" in (?, ?);

-- findLeaderCandidate
select "p"."id", "p"."town_id", "p"."jurisdiction_id", "p"."name", (select cast(count(*) as integer) as "n"
from "assignments" as "a"
where "a"."person_id" = "p"."id" and "a"."duty" in (?, ?, ?)) as "duties"
from "persons" as "p"
where "p"."id" = ?;

-- insertPatrolMemberRows
insert into "patrol_members" ("id", "team_id", "town_id", "person_id", "user_id", "joined_at")
values (?, ?, ?, ?, ?, ?);

-- deletePatrolMember
delete
from "patrol_members"
where "id" = ?;

-- findPatrolMember
select *
from "patrol_members"
where "id" = ?;

-- findPatrolMemberByPerson
select *
from "patrol_members"
where "team_id" = ? and "person_id" = ?;

-- listPatrolMemberViews
select "m".*, "p"."name", "p"."phone_masked", "p"."phone_enc", "p"."town_id" as "person_town_id", "p"."jurisdiction_id" as "person_jurisdiction_id", "u"."username"
from "patrol_members" as "m"
inner join "persons" as "p" on "p"."id" = "m"."person_id"
left join "users" as "u" on "u"."id" = "m"."user_id"
where "m"."team_id" in (?)
order by "m"."team_id", "m"."joined_at", "m"."id";

-- insertPatrolShiftRows
insert into "patrol_shifts" ("id", "town_id", "jurisdiction_id", "team_id", "day", "starts_at", "ends_at", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?);

-- deletePatrolShift
delete
from "patrol_shifts"
where "id" = ?;

-- listPatrolShiftDays
select "day"
from "patrol_shifts"
where "team_id" = ? and "day" in (?, ?);

-- findPatrolShiftView
select "s".*, "t"."name" as "team_name", "t"."leader_person_id", "l"."id" as "log_id", (select cast(count(*) as integer) as "n"
from "patrol_check_ins" as "c"
where "c"."shift_id" = "s"."id") as "check_in_count"
from "patrol_shifts" as "s"
inner join "patrol_teams" as "t" on "t"."id" = "s"."team_id"
left join "patrol_logs" as "l" on "l"."shift_id" = "s"."id"
where "s"."id" = ?;

-- listPatrolShiftViews (first)
select "s".*, "t"."name" as "team_name", "t"."leader_person_id", "l"."id" as "log_id", (select cast(count(*) as integer) as "n"
from "patrol_check_ins" as "c"
where "c"."shift_id" = "s"."id") as "check_in_count"
from "patrol_shifts" as "s"
inner join "patrol_teams" as "t" on "t"."id" = "s"."team_id"
left join "patrol_logs" as "l" on "l"."shift_id" = "s"."id"
where ("s"."town_id" in (?) or "s"."jurisdiction_id" in (?, ?))
order by "s"."day" desc, "s"."id" desc
limit ?;

-- listPatrolShiftViews (team, days, after)
select "s".*, "t"."name" as "team_name", "t"."leader_person_id", "l"."id" as "log_id", (select cast(count(*) as integer) as "n"
from "patrol_check_ins" as "c"
where "c"."shift_id" = "s"."id") as "check_in_count"
from "patrol_shifts" as "s"
inner join "patrol_teams" as "t" on "t"."id" = "s"."team_id"
left join "patrol_logs" as "l" on "l"."shift_id" = "s"."id"
where ("s"."town_id" in (?) or "s"."jurisdiction_id" in (?, ?)) and "s"."team_id" = ? and "s"."day" >= ? and "s"."day" <= ? and (s.day < ? or (s.day = ? and s.id < ?))
order by "s"."day" desc, "s"."id" desc
limit ?;

-- insertPatrolCheckpointRows
insert into "patrol_checkpoints" ("id", "town_id", "jurisdiction_id", "name", "lat", "lng", "version", "active", "created_at", "updated_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- updatePatrolCheckpointRow
update "patrol_checkpoints"
set "version" = ?, "updated_at" = ?
where "id" = ?;

-- findPatrolCheckpointView
select "k".*, "v"."name" as "village_name", "v"."parent_id" as "district_id"
from "patrol_checkpoints" as "k"
inner join "jurisdictions" as "v" on "v"."id" = "k"."jurisdiction_id"
where "k"."id" = ?;

-- listPatrolCheckpointViews (first)
select "k".*, "v"."name" as "village_name", "v"."parent_id" as "district_id"
from "patrol_checkpoints" as "k"
inner join "jurisdictions" as "v" on "v"."id" = "k"."jurisdiction_id"
where ("k"."town_id" in (?) or "k"."jurisdiction_id" in (?, ?))
order by "v"."name", "k"."name", "k"."id"
limit ?;

-- listPatrolCheckpointViews (village, active, after)
select "k".*, "v"."name" as "village_name", "v"."parent_id" as "district_id"
from "patrol_checkpoints" as "k"
inner join "jurisdictions" as "v" on "v"."id" = "k"."jurisdiction_id"
where ("k"."town_id" in (?) or "k"."jurisdiction_id" in (?, ?)) and "k"."jurisdiction_id" = ? and "k"."active" = ? and (v.name > ? or (v.name = ? and (k.name > ? or (k.name = ? and k.id > ?))))
order by "v"."name", "k"."name", "k"."id"
limit ?;

-- listPatrolCheckpointViews (all (print))
select "k".*, "v"."name" as "village_name", "v"."parent_id" as "district_id"
from "patrol_checkpoints" as "k"
inner join "jurisdictions" as "v" on "v"."id" = "k"."jurisdiction_id"
where ("k"."town_id" in (?) or "k"."jurisdiction_id" in (?, ?)) and "k"."active" = ?
order by "v"."name", "k"."name", "k"."id";

-- findRotaForCheckIn (member or leader)
select "s"."id" as "shift_id", "s"."team_id", "t"."name" as "team_name", "m"."person_id"
from "patrol_shifts" as "s"
inner join "patrol_teams" as "t" on "t"."id" = "s"."team_id"
inner join "patrol_members" as "m" on "m"."team_id" = "s"."team_id"
where "s"."day" = ? and "t"."active" = ? and ("m"."user_id" = ? or "m"."person_id" = ?) and exists (select "a"."area_id"
from "patrol_team_areas" as "a"
where "a"."team_id" = "s"."team_id" and "a"."area_id" in (?, ?)) union select "s"."id" as "shift_id", "s"."team_id", "t"."name" as "team_name", "t"."leader_person_id" as "person_id"
from "patrol_shifts" as "s"
inner join "patrol_teams" as "t" on "t"."id" = "s"."team_id"
where "s"."day" = ? and "t"."active" = ? and "t"."leader_person_id" = ? and exists (select "a"."area_id"
from "patrol_team_areas" as "a"
where "a"."team_id" = "s"."team_id" and "a"."area_id" in (?, ?))
order by "shift_id";

-- findRotaForCheckIn (member only)
select "s"."id" as "shift_id", "s"."team_id", "t"."name" as "team_name", "m"."person_id"
from "patrol_shifts" as "s"
inner join "patrol_teams" as "t" on "t"."id" = "s"."team_id"
inner join "patrol_members" as "m" on "m"."team_id" = "s"."team_id"
where "s"."day" = ? and "t"."active" = ? and "m"."user_id" = ? and exists (select "a"."area_id"
from "patrol_team_areas" as "a"
where "a"."team_id" = "s"."team_id" and "a"."area_id" in (?))
order by "shift_id";

-- insertPatrolCheckInOnce
insert into "patrol_check_ins" ("id", "town_id", "jurisdiction_id", "checkpoint_id", "shift_id", "team_id", "day", "person_id", "user_id", "at", "lat", "lng", "accuracy", "client_id")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
on conflict do nothing;

-- insertPatrolCheckInRows
insert into "patrol_check_ins" ("id", "town_id", "jurisdiction_id", "checkpoint_id", "shift_id", "team_id", "day", "person_id", "user_id", "at", "lat", "lng", "accuracy", "client_id")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findPatrolCheckInConflict (with clientId)
select *
from "patrol_check_ins"
where (("checkpoint_id" = ? and "day" = ? and "person_id" = ?) or ("user_id" = ? and "client_id" = ?))
order by "at";

-- findPatrolCheckInConflict (without clientId)
select *
from "patrol_check_ins"
where ("checkpoint_id" = ? and "day" = ? and "person_id" = ?)
order by "at";

-- findPatrolCheckInView
select "c".*, "k"."name" as "checkpoint_name", "v"."name" as "village_name", "t"."name" as "team_name", "p"."name" as "person_name"
from "patrol_check_ins" as "c"
inner join "patrol_checkpoints" as "k" on "k"."id" = "c"."checkpoint_id"
inner join "jurisdictions" as "v" on "v"."id" = "c"."jurisdiction_id"
inner join "patrol_teams" as "t" on "t"."id" = "c"."team_id"
inner join "persons" as "p" on "p"."id" = "c"."person_id"
where "c"."id" = ?;

-- listPatrolCheckInViews (first)
select "c".*, "k"."name" as "checkpoint_name", "v"."name" as "village_name", "t"."name" as "team_name", "p"."name" as "person_name"
from "patrol_check_ins" as "c"
inner join "patrol_checkpoints" as "k" on "k"."id" = "c"."checkpoint_id"
inner join "jurisdictions" as "v" on "v"."id" = "c"."jurisdiction_id"
inner join "patrol_teams" as "t" on "t"."id" = "c"."team_id"
inner join "persons" as "p" on "p"."id" = "c"."person_id"
where ("c"."town_id" in (?) or "c"."jurisdiction_id" in (?, ?))
order by "c"."at" desc, "c"."id" desc
limit ?;

-- listPatrolCheckInViews (filters, after)
select "c".*, "k"."name" as "checkpoint_name", "v"."name" as "village_name", "t"."name" as "team_name", "p"."name" as "person_name"
from "patrol_check_ins" as "c"
inner join "patrol_checkpoints" as "k" on "k"."id" = "c"."checkpoint_id"
inner join "jurisdictions" as "v" on "v"."id" = "c"."jurisdiction_id"
inner join "patrol_teams" as "t" on "t"."id" = "c"."team_id"
inner join "persons" as "p" on "p"."id" = "c"."person_id"
where ("c"."town_id" in (?) or "c"."jurisdiction_id" in (?, ?)) and "c"."shift_id" = ? and "c"."team_id" = ? and "c"."person_id" = ? and "c"."day" >= ? and "c"."day" <= ? and (c.at < ? or (c.at = ? and c.id < ?))
order by "c"."at" desc, "c"."id" desc
limit ?;

-- listPatrolCheckInViews (all)
select "c".*, "k"."name" as "checkpoint_name", "v"."name" as "village_name", "t"."name" as "team_name", "p"."name" as "person_name"
from "patrol_check_ins" as "c"
inner join "patrol_checkpoints" as "k" on "k"."id" = "c"."checkpoint_id"
inner join "jurisdictions" as "v" on "v"."id" = "c"."jurisdiction_id"
inner join "patrol_teams" as "t" on "t"."id" = "c"."team_id"
inner join "persons" as "p" on "p"."id" = "c"."person_id"
where ("c"."town_id" in (?) or "c"."jurisdiction_id" in (?, ?))
order by "c"."at" desc, "c"."id" desc;

-- insertPatrolLogRows
insert into "patrol_logs" ("id", "town_id", "jurisdiction_id", "shift_id", "team_id", "day", "note", "written_by", "written_by_name", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- insertPatrolFindingRows
insert into "patrol_findings" ("id", "log_id", "town_id", "jurisdiction_id", "day", "kind", "note", "village_id", "hazard_id", "incident_id", "sort_order")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- findPatrolLogView
select "l".*, "t"."name" as "team_name", "t"."leader_person_id", (select cast(count(*) as integer) as "n"
from "patrol_check_ins" as "c"
where "c"."shift_id" = "l"."shift_id") as "check_in_count"
from "patrol_logs" as "l"
inner join "patrol_teams" as "t" on "t"."id" = "l"."team_id"
where "l"."id" = ?;

-- findPatrolLogIdOfShift
select "id"
from "patrol_logs"
where "shift_id" = ?;

-- listPatrolLogViews (first)
select "l".*, "t"."name" as "team_name", "t"."leader_person_id", (select cast(count(*) as integer) as "n"
from "patrol_check_ins" as "c"
where "c"."shift_id" = "l"."shift_id") as "check_in_count"
from "patrol_logs" as "l"
inner join "patrol_teams" as "t" on "t"."id" = "l"."team_id"
where ("l"."town_id" in (?) or "l"."jurisdiction_id" in (?, ?))
order by "l"."day" desc, "l"."id" desc
limit ?;

-- listPatrolLogViews (filters, after)
select "l".*, "t"."name" as "team_name", "t"."leader_person_id", (select cast(count(*) as integer) as "n"
from "patrol_check_ins" as "c"
where "c"."shift_id" = "l"."shift_id") as "check_in_count"
from "patrol_logs" as "l"
inner join "patrol_teams" as "t" on "t"."id" = "l"."team_id"
where ("l"."town_id" in (?) or "l"."jurisdiction_id" in (?, ?)) and "l"."team_id" = ? and "l"."day" >= ? and "l"."day" <= ? and exists (select "f"."id"
from "patrol_findings" as "f"
where "f"."log_id" = "l"."id" and "f"."kind" = ?) and (l.day < ? or (l.day = ? and l.id < ?))
order by "l"."day" desc, "l"."id" desc
limit ?;

-- listPatrolLogViews (all)
select "l".*, "t"."name" as "team_name", "t"."leader_person_id", (select cast(count(*) as integer) as "n"
from "patrol_check_ins" as "c"
where "c"."shift_id" = "l"."shift_id") as "check_in_count"
from "patrol_logs" as "l"
inner join "patrol_teams" as "t" on "t"."id" = "l"."team_id"
where ("l"."town_id" in (?) or "l"."jurisdiction_id" in (?, ?))
order by "l"."day" desc, "l"."id" desc;

-- listPatrolFindings
select *
from "patrol_findings"
where "log_id" in (?, ?)
order by "log_id", "sort_order";

-- listPatrolHoursRows (town)
select "c"."person_id", "c"."shift_id", "c"."team_id", "s"."starts_at", "s"."ends_at", "p"."name" as "person_name", "t"."name" as "team_name", "p"."phone_masked", "p"."phone_enc", "p"."town_id" as "person_town_id", "p"."jurisdiction_id" as "person_jurisdiction_id", min("c"."at") as "first_at", max("c"."at") as "last_at"
from "patrol_check_ins" as "c"
inner join "patrol_shifts" as "s" on "s"."id" = "c"."shift_id"
inner join "patrol_teams" as "t" on "t"."id" = "c"."team_id"
inner join "persons" as "p" on "p"."id" = "c"."person_id"
where ("s"."town_id" in (?) or "s"."jurisdiction_id" in (?, ?)) and "c"."day" >= ? and "c"."day" <= ?
group by "c"."person_id", "c"."shift_id", "c"."team_id", "s"."starts_at", "s"."ends_at", "p"."name", "t"."name", "p"."phone_masked", "p"."phone_enc", "p"."town_id", "p"."jurisdiction_id"
order by "t"."name", "p"."name", "c"."person_id", "c"."shift_id";

-- listPatrolHoursRows (team)
select "c"."person_id", "c"."shift_id", "c"."team_id", "s"."starts_at", "s"."ends_at", "p"."name" as "person_name", "t"."name" as "team_name", "p"."phone_masked", "p"."phone_enc", "p"."town_id" as "person_town_id", "p"."jurisdiction_id" as "person_jurisdiction_id", min("c"."at") as "first_at", max("c"."at") as "last_at"
from "patrol_check_ins" as "c"
inner join "patrol_shifts" as "s" on "s"."id" = "c"."shift_id"
inner join "patrol_teams" as "t" on "t"."id" = "c"."team_id"
inner join "persons" as "p" on "p"."id" = "c"."person_id"
where ("s"."town_id" in (?) or "s"."jurisdiction_id" in (?, ?)) and "c"."day" >= ? and "c"."day" <= ? and "c"."team_id" = ?
group by "c"."person_id", "c"."shift_id", "c"."team_id", "s"."starts_at", "s"."ends_at", "p"."name", "t"."name", "p"."phone_masked", "p"."phone_enc", "p"."town_id", "p"."jurisdiction_id"
order by "t"."name", "p"."name", "c"."person_id", "c"."shift_id";

-- listPatrolUserIdsOfPerson
select "id"
from "users"
where "person_id" = ? and "status" = ?
order by "id";

-- findPatrolPerson
select "id", "town_id", "jurisdiction_id", "name"
from "persons"
where "id" = ?;
