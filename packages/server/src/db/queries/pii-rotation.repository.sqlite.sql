-- ops/pii-rotation.repository.ts on sqlite: the SQL each function sends. Generated: npm run sql:snapshots

-- listEncryptedPersonPii (persons)
select "id", "id_number_enc", "phone_enc", "address_enc"
from "persons"
where ("id_number_enc" is not null or "phone_enc" is not null or "address_enc" is not null);

-- listEncryptedPersonPii (dispute_parties)
select "id", "id_number_enc", "phone_enc", "address_enc"
from "dispute_parties"
where ("id_number_enc" is not null or "phone_enc" is not null or "address_enc" is not null);

-- listEncryptedPersonPii (incident_parties)
select "id", "id_number_enc", "phone_enc", "address_enc"
from "incident_parties"
where ("id_number_enc" is not null or "phone_enc" is not null or "address_enc" is not null);

-- updatePersonPiiCipher (persons)
update "persons"
set "id_number_enc" = ?, "id_number_bidx" = ?, "phone_enc" = ?, "phone_bidx" = ?, "address_enc" = ?
where "id" = ?;

-- updatePersonPiiCipher (dispute_parties)
update "dispute_parties"
set "id_number_enc" = ?, "id_number_bidx" = ?, "phone_enc" = ?, "phone_bidx" = ?, "address_enc" = ?
where "id" = ?;

-- updatePersonPiiCipher (incident_parties)
update "incident_parties"
set "id_number_enc" = ?, "id_number_bidx" = ?, "phone_enc" = ?, "phone_bidx" = ?, "address_enc" = ?
where "id" = ?;

-- listUsersWithMfaSecrets
select "id", "mfa_secret_enc", "mfa_pending_secret_enc"
from "users"
where ("mfa_secret_enc" is not null or "mfa_pending_secret_enc" is not null);

-- updateUserMfaCipher
update "users"
set "mfa_secret_enc" = ?, "mfa_pending_secret_enc" = ?
where "id" = ?;

-- listEncryptedIncidentAddresses
select "id", "address_enc"
from "incidents"
where "address_enc" is not null;

-- updateIncidentAddressCipher
update "incidents"
set "address_enc" = ?, "address_bidx" = ?
where "id" = ?;

-- listEncryptedDisputeAddresses
select "id", "address_enc"
from "disputes"
where "address_enc" is not null;

-- updateDisputeAddressCipher
update "disputes"
set "address_enc" = ?
where "id" = ?;

-- listEncryptedHazardPhones
select "id", "phone_enc"
from "hazards"
where "phone_enc" is not null;

-- listEncryptedCameraSources
select "id", "source_enc"
from "cameras";

-- updateCameraSourceCipher
update "cameras"
set "source_enc" = ?
where "id" = ?;

-- updateHazardPhoneCipher
update "hazards"
set "phone_enc" = ?, "phone_bidx" = ?
where "id" = ?;

-- listEncryptedKeyPersons
select "id", "person_enc", "basis_enc"
from "key_persons";

-- updateKeyPersonCipher
update "key_persons"
set "person_enc" = ?, "person_bidx" = ?, "basis_enc" = ?
where "id" = ?;
