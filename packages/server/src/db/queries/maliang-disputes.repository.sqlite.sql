-- demo/maliang-disputes.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- insertChunked
insert into "incident_links" ("incident_id", "other_id", "town_id", "jurisdiction_id", "reason", "created_at")
values (?, ?, ?, ?, ?, ?);

-- insertDisputeRowSet
insert into "disputes" ("id", "town_id", "jurisdiction_id", "number", "category", "source", "summary", "address_enc", "address_masked", "occurred_on", "people_involved", "grievance_started_on", "tier", "state", "complexity", "risk_grade", "risk_reasons", "flag_threats", "flag_weapons", "flag_domestic_violence", "flag_mental_disorder", "incident_ids", "tier_entered_at", "deadline_at", "overdue", "search_text", "party_keys", "created_by", "created_at", "updated_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
insert into "dispute_parties" ("id", "dispute_id", "town_id", "jurisdiction_id", "person_id", "role", "name", "name_pinyin", "name_initials", "sex", "ethnicity", "age", "occupation", "id_number_enc", "id_number_bidx", "id_number_masked", "phone_enc", "phone_bidx", "phone_masked", "address_enc", "address_masked", "agent", "created_at")
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
insert into "disputes_fts" ("dispute_id", "body")
values (?, ?);

-- advanceSequence
insert into "dispute_sequences" ("town_id", "year", "kind", "last_seq")
values (?, ?, ?, ?)
on conflict ("town_id", "year", "kind") do update
set "last_seq" = case when dispute_sequences.last_seq > excluded.last_seq then dispute_sequences.last_seq else excluded.last_seq end;
