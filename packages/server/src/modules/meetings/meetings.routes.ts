import {
  attendeeSuggestionsQuerySchema,
  attendeeSuggestionsSchema,
  createMeetingSchema,
  createTaskFeedbackSchema,
  createTaskSchema,
  meetingListItemSchema,
  meetingListQuerySchema,
  meetingMinutesAsciiName,
  meetingMinutesFileName,
  meetingSchema,
  pageSchema,
  taskConfirmSchema,
  taskDoneSchema,
  taskFeedbackPhotoSchema,
  taskListItemSchema,
  taskListQuerySchema,
  taskOwnerOptionsQuerySchema,
  taskOwnerOptionsSchema,
  taskReasonSchema,
  taskSchema,
  updateMeetingSchema,
  updateTaskSchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { contentDisposition } from '../../platform/http/content-disposition';
import { openFilePart } from '../../platform/http/multipart';
import { sendStoredUpload } from '../disputes/attachment-upload';
import { DisputesService } from '../disputes/disputes.service';
import { StatsService } from '../statistics/stats.service';
import { MeetingsService } from './meetings.service';
import { minutesDocx } from './minutes-docx';
import { minutesHtml } from './minutes-print';
import { TasksService } from './tasks.service';

const idParams = z.object({ id: z.string().min(1).max(64) });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The consultation's routes (警治会商 and 交办任务), with one service instance each per app. */
export function meetingsRoutes(app: FastifyInstance, deps: Deps): void {
  const tasks = new TasksService(deps, new DisputesService(deps));
  const meetings = new MeetingsService(deps, tasks, new StatsService(deps));
  const maxBytes = deps.config.disputes.attachmentMaxBytes;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];

  r.get(
    '/api/v1/meetings',
    {
      schema: {
        tags,
        summary: 'Consultations 警治会商列表',
        description: 'Newest first. from/to: inclusive Shanghai days of the start ("meetings this week").',
        querystring: meetingListQuerySchema,
        response: { 200: pageSchema(meetingListItemSchema) },
      },
    },
    async (request) => meetings.list(request.ctx, request.query),
  );
  r.post(
    '/api/v1/meetings',
    {
      schema: {
        tags,
        summary: 'Prepare a consultation 新建会商',
        description:
          'A draft. month defaults to the month before the start; the chair to the caller. An unknown chair: 400 ' +
          'MEETING_CHAIR_UNKNOWN; an attendee outside the town: 400 MEETING_ATTENDEE_INVALID; nothing is written.',
        body: createMeetingSchema,
        response: { 201: meetingSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await meetings.create(request.ctx, request.body)),
  );
  r.get(
    '/api/v1/meetings/attendee-suggestions',
    {
      schema: {
        tags,
        summary: 'Suggested attendees 建议参会人员',
        description: 'The station, 综治办, the town departments and the security directors on rotation that month.',
        querystring: attendeeSuggestionsQuerySchema,
        response: { 200: attendeeSuggestionsSchema },
      },
    },
    async (request) => ({ items: await meetings.suggestions(request.ctx, request.query) }),
  );
  r.get(
    '/api/v1/meetings/:id',
    {
      schema: {
        tags,
        summary: 'One consultation 会商详情',
        description: 'With its tasks, and the earlier meetings’ tasks still open or awaiting confirmation.',
        params: idParams,
        response: { 200: meetingSchema },
      },
    },
    async (request) => meetings.get(request.ctx, request.params.id),
  );
  r.patch(
    '/api/v1/meetings/:id',
    {
      schema: {
        tags,
        summary: 'Edit a consultation 修改会商',
        description: 'Date, month and title only while a draft; nothing once closed: 409 MEETING_STATE_INVALID.',
        params: idParams,
        body: updateMeetingSchema,
        response: { 200: meetingSchema },
      },
    },
    async (request) => meetings.update(request.ctx, request.params.id, request.body),
  );
  for (const step of ['hold', 'close', 'cancel'] as const) {
    r.post(
      `/api/v1/meetings/:id/${step}`,
      {
        schema: {
          tags,
          summary: {
            hold: 'Mark held, freezing the month’s figures 会商召开',
            close: 'Finalise the minutes 纪要定稿',
            cancel: 'Cancel a draft 取消会商',
          }[step],
          params: idParams,
          response: { 200: meetingSchema },
        },
      },
      async (request) => meetings[step](request.ctx, request.params.id),
    );
  }
  r.get(
    '/api/v1/meetings/:id/print',
    {
      schema: { tags, summary: 'Printable A4 minutes (HTML) 打印会商纪要', params: idParams },
    },
    async (request, reply) => {
      const meeting = await meetings.document(request.ctx, request.params.id, 'meeting.print');
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(minutesHtml(meeting));
    },
  );
  r.get(
    '/api/v1/meetings/:id/minutes.docx',
    {
      schema: { tags, summary: 'Minutes as DOCX 导出会商纪要', params: idParams },
    },
    async (request, reply) => {
      const meeting = await meetings.document(request.ctx, request.params.id, 'meeting.export');
      return reply
        .header('content-type', DOCX)
        .header('cache-control', 'no-store')
        .header(
          'content-disposition',
          contentDisposition(
            meetingMinutesFileName(meeting.townName, meeting.month),
            meetingMinutesAsciiName(meeting.month),
          ),
        )
        .send(await minutesDocx(meeting));
    },
  );

  const taskTags = ['tasks'];
  r.get(
    '/api/v1/tasks',
    {
      schema: {
        tags: taskTags,
        summary: 'Tasks 交办任务列表',
        description:
          'Soonest deadline first. mine: the caller’s own or their department’s; overdue, dueSoon: open ones.',
        querystring: taskListQuerySchema,
        response: { 200: pageSchema(taskListItemSchema) },
      },
    },
    async (request) => tasks.list(request.ctx, request.query),
  );
  r.post(
    '/api/v1/tasks',
    {
      schema: {
        tags: taskTags,
        summary: 'Assign a task 交办任务',
        description:
          'No owner: 400 TASK_OWNER_REQUIRED; no deadline: 400 TASK_DEADLINE_REQUIRED; a deadline before the ' +
          'meeting: 400 TASK_DEADLINE_BEFORE_MEETING (without a meeting, before today: TASK_DEADLINE_PAST); an owner ' +
          'or village outside the town: TASK_OWNER_UNKNOWN, TASK_VILLAGE_UNKNOWN; a link the caller may not read: ' +
          'TASK_LINK_UNKNOWN. Nothing is written in any of these cases.',
        body: createTaskSchema,
        response: { 201: taskSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await tasks.create(request.ctx, request.body)),
  );
  r.get(
    '/api/v1/tasks/owner-options',
    {
      schema: {
        tags: taskTags,
        summary: 'Who a task may be given to 可选责任人',
        description: 'Accounts with a role in the town (station, 综治办, villages, departments), then its departments.',
        querystring: taskOwnerOptionsQuerySchema,
        response: { 200: taskOwnerOptionsSchema },
      },
    },
    async (request) => ({ items: await tasks.ownerOptions(request.ctx, request.query) }),
  );
  r.get(
    '/api/v1/tasks/:id',
    { schema: { tags: taskTags, summary: 'One task 任务详情', params: idParams, response: { 200: taskSchema } } },
    async (request) => tasks.get(request.ctx, request.params.id),
  );
  r.patch(
    '/api/v1/tasks/:id',
    {
      schema: {
        tags: taskTags,
        summary: 'Change an open task 修改任务',
        params: idParams,
        body: updateTaskSchema,
        response: { 200: taskSchema },
      },
    },
    async (request) => tasks.update(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/tasks/:id/feedback',
    {
      schema: {
        tags: taskTags,
        summary: 'Feedback by the owner 任务反馈',
        description: 'Someone else’s task: 403 TASK_NOT_OWNER (404 when the caller may not read it), nothing written.',
        params: idParams,
        body: createTaskFeedbackSchema,
        response: { 200: taskSchema },
      },
    },
    async (request) => tasks.feedback(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/tasks/:id/done',
    {
      schema: {
        tags: taskTags,
        summary: 'Report done 报告办结',
        params: idParams,
        body: taskDoneSchema,
        response: { 200: taskSchema },
      },
    },
    async (request) => tasks.done(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/tasks/:id/confirm',
    {
      schema: {
        tags: taskTags,
        summary: 'Confirm done 确认办结',
        params: idParams,
        body: taskConfirmSchema,
        response: { 200: taskSchema },
      },
    },
    async (request) => tasks.confirm(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/tasks/:id/reopen',
    {
      schema: {
        tags: taskTags,
        summary: 'Send back to the owner 退回任务',
        params: idParams,
        body: taskReasonSchema,
        response: { 200: taskSchema },
      },
    },
    async (request) => tasks.reopen(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/tasks/:id/cancel',
    {
      schema: {
        tags: taskTags,
        summary: 'Cancel a task 撤销任务',
        params: idParams,
        body: taskReasonSchema,
        response: { 200: taskSchema },
      },
    },
    async (request) => tasks.cancel(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/task-feedback/:id/photos',
    {
      schema: {
        tags: taskTags,
        summary: 'Add a photo to a feedback entry 上传反馈照片',
        description:
          'multipart/form-data, field "file": jpg or png by content. Only the owner side while the task is open.',
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: taskFeedbackPhotoSchema },
      },
    },
    async (request, reply) => {
      const file = () =>
        openFilePart(request, { field: 'file', maxBytes, hint: 'attach the photo as the field "file"' });
      return reply.code(201).send(await tasks.uploadPhoto(request.ctx, request.params.id, file));
    },
  );
  r.get(
    '/api/v1/task-feedback-photos/:id/download',
    {
      schema: { tags: taskTags, summary: 'Download a feedback photo (audited) 下载反馈照片', params: idParams },
    },
    async (request, reply) => sendStoredUpload(reply, await tasks.downloadPhoto(request.ctx, request.params.id)),
  );
}
