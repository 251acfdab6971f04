import {
  changePasswordSchema,
  loginRequestSchema,
  meSchema,
  mfaEnrolResponseSchema,
  mfaEnrolSchema,
  mfaVerifyResponseSchema,
  mfaVerifySchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config';
import { AppError } from '../errors';
import { SESSION_COOKIE } from '../http/session-hook';
import type { AuthService } from './auth.service';

export function authRoutes(app: FastifyInstance, auth: AuthService, config: Config): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];
  const noContent = { 204: z.null().describe('done') };

  r.post(
    '/api/v1/auth/login',
    {
      schema: { tags, summary: 'Log in 登录', body: loginRequestSchema, response: { 200: meSchema } },
      config: { auth: 'public', rateLimit: { max: config.loginRateLimit, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { token, me } = await auth.login(request.ctx, request.body);
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: config.session.cookieSecure,
        path: '/',
        maxAge: config.session.maxHours * 3600,
      });
      return me;
    },
  );

  r.get(
    '/api/v1/auth/me',
    { schema: { tags, summary: 'Who am I 当前用户', response: { 200: meSchema } }, config: { auth: 'restricted' } },
    async (request) => auth.me(sessionOf(request.session)),
  );

  r.post(
    '/api/v1/auth/logout',
    { schema: { tags, summary: 'Log out 退出', response: noContent }, config: { auth: 'restricted' } },
    async (request, reply) => {
      await auth.logout(request.ctx, false);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/v1/auth/logout-all',
    {
      schema: { tags, summary: 'Log out everywhere 退出所有设备', response: noContent },
      config: { auth: 'restricted' },
    },
    async (request, reply) => {
      await auth.logout(request.ctx, true);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/v1/auth/password',
    {
      schema: { tags, summary: 'Change my password 修改密码', body: changePasswordSchema, response: noContent },
      config: { auth: 'restricted', rateLimit: { max: config.loginRateLimit, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      await auth.changePassword(request.ctx, request.body.currentPassword, request.body.newPassword);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/v1/auth/mfa/enrol',
    {
      schema: {
        tags,
        summary: 'Start TOTP set-up 绑定动态验证码',
        body: mfaEnrolSchema,
        response: { 200: mfaEnrolResponseSchema },
      },
      config: { auth: 'restricted', rateLimit: { max: config.loginRateLimit, timeWindow: '1 minute' } },
    },
    async (request) => auth.startMfaEnrolment(request.ctx, request.body.password),
  );

  r.post(
    '/api/v1/auth/mfa/verify',
    {
      schema: {
        tags,
        summary: 'Finish TOTP set-up 验证动态验证码',
        body: mfaVerifySchema,
        response: { 200: mfaVerifyResponseSchema },
      },
      config: { auth: 'restricted' },
    },
    async (request) => auth.verifyMfaEnrolment(request.ctx, request.body.code),
  );
}

function sessionOf<T>(session: T | null): T {
  if (!session) throw new AppError('UNAUTHENTICATED');
  return session;
}
