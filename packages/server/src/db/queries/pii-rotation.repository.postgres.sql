-- ops/pii-rotation.repository.ts on postgres: the SQL each function sends. Generated: npm run sql:snapshots

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
set "id_number_enc" = $1, "id_number_bidx" = $2, "phone_enc" = $3, "phone_bidx" = $4, "address_enc" = $5
where "id" = $6;

-- updatePersonPiiCipher (dispute_parties)
update "dispute_parties"
set "id_number_enc" = $1, "id_number_bidx" = $2, "phone_enc" = $3, "phone_bidx" = $4, "address_enc" = $5
where "id" = $6;

-- updatePersonPiiCipher (incident_parties)
update "incident_parties"
set "id_number_enc" = $1, "id_number_bidx" = $2, "phone_enc" = $3, "phone_bidx" = $4, "address_enc" = $5
where "id" = $6;

-- listUsersWithMfaSecrets
select "id", "mfa_secret_enc", "mfa_pending_secret_enc"
from "users"
where ("mfa_secret_enc" is not null or "mfa_pending_secret_enc" is not null);

-- updateUserMfaCipher
update "users"
set "mfa_secret_enc" = $1, "mfa_pending_secret_enc" = $2
where "id" = $3;

-- listEncryptedIncidentAddresses
select "id", "address_enc"
from "incidents"
where "address_enc" is not null;

-- updateIncidentAddressCipher
update "incidents"
set "address_enc" = $1, "address_bidx" = $2
where "id" = $3;

-- listEncryptedDisputeAddresses
select "id", "address_enc"
from "disputes"
where "address_enc" is not null;

-- updateDisputeAddressCipher
update "disputes"
set "address_enc" = $1
where "id" = $2;

-- listEncryptedHazardPhones
select "id", "phone_enc"
from "hazards"
where "phone_enc" is not null;

-- listEncryptedCameraSources
select "id", "source_enc"
from "cameras";

-- updateCameraSourceCipher
update "cameras"
set "source_enc" = $1
where "id" = $2;

-- updateHazardPhoneCipher
update "hazards"
set "phone_enc" = $1, "phone_bidx" = $2
where "id" = $3;

-- listEncryptedKeyPersons
select "id", "person_enc", "basis_enc"
from "key_persons";

-- updateKeyPersonCipher
update "key_persons"
set "person_enc" = $1, "person_bidx" = $2, "basis_enc" = $3
where "id" = $4;
