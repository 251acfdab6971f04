import {
  createUserSchema,
  pageSchema,
  resetPasswordSchema,
  setRolesSchema,
  updateUserSchema,
  userListQuerySchema,
  userSchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { UsersService } from './users.service';

const idParams = z.object({ id: z.string().min(1).max(64) });

export function usersRoutes(app: FastifyInstance, deps: Deps): void {
  const users = new UsersService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];

  r.get(
    '/api/v1/users',
    {
      schema: {
        tags,
        summary: 'Accounts 账号列表',
        querystring: userListQuerySchema,
        response: { 200: pageSchema(userSchema) },
      },
    },
    async (request) => users.list(request.ctx, request.query),
  );
  r.get(
    '/api/v1/users/:id',
    { schema: { tags, summary: 'One account 账号详情', params: idParams, response: { 200: userSchema } } },
    async (request) => users.get(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/users',
    { schema: { tags, summary: 'Create an account 新建账号', body: createUserSchema, response: { 201: userSchema } } },
    async (request, reply) => reply.status(201).send(await users.create(request.ctx, request.body)),
  );
  r.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags,
        summary: 'Edit or disable 修改/停用账号',
        params: idParams,
        body: updateUserSchema,
        response: { 200: userSchema },
      },
    },
    async (request) => users.update(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/users/:id/password-reset',
    {
      schema: {
        tags,
        summary: 'Reset a password 重置密码',
        params: idParams,
        body: resetPasswordSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await users.resetPassword(request.ctx, request.params.id, request.body.newPassword);
      return reply.status(204).send(null);
    },
  );
  r.put(
    '/api/v1/users/:id/roles',
    {
      schema: {
        tags,
        summary: 'Grant roles and scopes 授予角色',
        params: idParams,
        body: setRolesSchema,
        response: { 200: userSchema },
      },
    },
    async (request) => users.setRoles(request.ctx, request.params.id, request.body.roles),
  );
  r.post(
    '/api/v1/users/:id/unlock',
    { schema: { tags, summary: 'Unlock 解锁', params: idParams, response: { 200: userSchema } } },
    async (request) => users.unlock(request.ctx, request.params.id),
  );
}
