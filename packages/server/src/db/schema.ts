/**
 * Table types. Times are ISO-8601 UTC strings and booleans are 0/1 integers on both engines,
 * so SQLite and PostgreSQL return identical rows and compare times as text.
 */
export interface JurisdictionsTable {
  id: string;
  parent_id: string | null;
  level: string;
  code: string | null;
  name: string;
  path: string;
  town_id: string | null;
  population: number | null;
  households: number | null;
  note: string | null;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

export interface OrganizationsTable {
  id: string;
  town_id: string;
  jurisdiction_id: string;
  kind: string;
  name: string;
  phone: string | null;
  note: string | null;
  created_at: string;
}

export interface PersonsTable {
  id: string;
  town_id: string;
  jurisdiction_id: string;
  name: string;
  name_pinyin: string;
  name_initials: string;
  sex: string | null;
  ethnicity: string | null;
  kind: string;
  title: string | null;
  organization_id: string | null;
  id_number_enc: string | null;
  id_number_bidx: string | null;
  id_number_masked: string | null;
  phone_enc: string | null;
  phone_bidx: string | null;
  phone_masked: string | null;
  address_enc: string | null;
  address_masked: string | null;
  created_at: string;
  updated_at: string;
}

export interface AssignmentsTable {
  id: string;
  town_id: string;
  person_id: string;
  jurisdiction_id: string;
  duty: string;
  since: string | null;
  created_at: string;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  person_id: string | null;
  password_hash: string;
  password_changed_at: string;
  must_change_password: number;
  status: string;
  failed_logins: number;
  locked_until: string | null;
  mfa_enabled: number;
  mfa_secret_enc: string | null;
  mfa_pending_secret_enc: string | null;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface UserRolesTable {
  id: string;
  user_id: string;
  role: string;
  jurisdiction_id: string;
  created_at: string;
}

export interface RecoveryCodesTable {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: string | null;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  user_id: string | null;
  username: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  outcome: string;
  ip: string | null;
  request_id: string | null;
  detail: string | null;
  prev_hash: string;
  hash: string;
}

export interface IdempotencyKeysTable {
  user_id: string;
  key: string;
  request_hash: string;
  status_code: number;
  response_body: string;
  created_at: string;
}

export interface Database {
  jurisdictions: JurisdictionsTable;
  organizations: OrganizationsTable;
  persons: PersonsTable;
  assignments: AssignmentsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  idempotency_keys: IdempotencyKeysTable;
}
