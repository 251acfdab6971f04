import { z } from 'zod';
import { ROLES } from './roles';

export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .regex(/^[a-z][a-z0-9_.-]*$/, 'lower-case letters, digits, _ . - ; starts with a letter');

export const passwordInputSchema = z.string().min(1).max(128);

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: passwordInputSchema,
  totp: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  recoveryCode: z.string().trim().min(8).max(32).optional(),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const roleGrantSchema = z.object({
  role: z.enum(ROLES),
  jurisdictionId: z.string().min(1).max(64),
});
export type RoleGrantInput = z.infer<typeof roleGrantSchema>;

export const roleGrantViewSchema = roleGrantSchema.extend({ jurisdictionName: z.string() });

export const meSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(roleGrantViewSchema),
  permissions: z.array(z.string()),
  mfaEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
  mustEnrolMfa: z.boolean(),
  demo: z.boolean(),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meSchema>;

export const changePasswordSchema = z.object({
  currentPassword: passwordInputSchema,
  newPassword: passwordInputSchema,
});

/** TOTP set-up asks for the password again, so a session left open cannot bind someone else's authenticator. */
export const mfaEnrolSchema = z.object({ password: passwordInputSchema });
export const mfaEnrolResponseSchema = z.object({
  secret: z.string(),
  otpauthUrl: z.string(),
  qrDataUrl: z.string(),
});
export const mfaVerifySchema = z.object({ code: z.string().regex(/^\d{6}$/) });
export const mfaVerifyResponseSchema = z.object({ recoveryCodes: z.array(z.string()) });

/** `pending`: a cadre's self-registered account, waiting for the station's approval (it cannot log in yet). */
export const USER_STATUSES = ['active', 'disabled', 'pending'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
/** What the account administration may set: a pending account becomes active only through its approval. */
export const SETTABLE_USER_STATUSES = ['active', 'disabled'] as const;

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  personId: z.string().nullable(),
  status: z.enum(USER_STATUSES),
  locked: z.boolean(),
  mfaEnabled: z.boolean(),
  roles: z.array(roleGrantViewSchema),
  lastLoginAt: z.string().nullable(),
  passwordChangedAt: z.string(),
  createdAt: z.string(),
  actions: z.array(z.string()),
});
export type User = z.infer<typeof userSchema>;

export const createUserSchema = z.object({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(40),
  password: passwordInputSchema,
  personId: z.string().max(64).optional(),
});
export const updateUserSchema = z
  .object({
    displayName: z.string().trim().min(1).max(40).optional(),
    status: z.enum(SETTABLE_USER_STATUSES).optional(),
  })
  .refine((v) => v.displayName !== undefined || v.status !== undefined, 'nothing to change');
export const resetPasswordSchema = z.object({ newPassword: passwordInputSchema });
export const setRolesSchema = z.object({ roles: z.array(roleGrantSchema).max(10) });
export const userListQuerySchema = z.object({
  q: z.string().trim().max(64).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
