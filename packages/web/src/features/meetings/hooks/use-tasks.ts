import type {
  CreateTask,
  CreateTaskFeedback,
  Page,
  Task,
  TaskConfirm,
  TaskDone,
  TaskFeedbackPhoto,
  TaskListItem,
  TaskReason,
  UpdateTask,
} from '@fengqiao/domain';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, apiGet, apiSend, apiUpload } from '../../../api/client';
import type { TaskFilter } from '../lib/task-filter';

const PAGE_SIZE = 30;

/** Tasks with the list's filters, soonest deadline first (GET /tasks). */
export function useTasks(filter: TaskFilter) {
  return useInfiniteQuery({
    queryKey: ['tasks', 'list', filter],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<TaskListItem>>('/tasks', { ...filter, cursor: pageParam, limit: PAGE_SIZE }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useTask(id: string) {
  return useQuery({
    queryKey: ['tasks', 'one', id],
    queryFn: ({ signal }) => apiGet<Task>(`/tasks/${encodeURIComponent(id)}`, undefined, { signal }),
  });
}

/** A task changed: the page shows the server's answer; lists and the meeting that lists it are refetched. */
function useStoreTask() {
  const queryClient = useQueryClient();
  return async (saved: Task) => {
    queryClient.setQueryData(['tasks', 'one', saved.id], saved);
    await queryClient.invalidateQueries({ queryKey: ['tasks', 'list'] });
    await queryClient.invalidateQueries({ queryKey: ['meetings'] });
  };
}

export function useCreateTask() {
  const store = useStoreTask();
  return useMutation({
    mutationFn: (body: CreateTask) => apiSend<Task>('POST', '/tasks', body, { idempotent: true }),
    onSuccess: store,
  });
}

export function useUpdateTask(id: string) {
  const store = useStoreTask();
  return useMutation({
    mutationFn: (patch: UpdateTask) => apiSend<Task>('PATCH', `/tasks/${encodeURIComponent(id)}`, patch),
    onSuccess: store,
  });
}

export type TaskStepBody =
  | { step: 'done'; body: TaskDone }
  | { step: 'confirm'; body: TaskConfirm }
  | { step: 'reopen' | 'cancel'; body: TaskReason };

export function useTaskStep(id: string) {
  const store = useStoreTask();
  return useMutation({
    mutationFn: ({ step, body }: TaskStepBody) =>
      apiSend<Task>('POST', `/tasks/${encodeURIComponent(id)}/${step}`, body, { idempotent: true }),
    onSuccess: store,
  });
}

/**
 * Adds a feedback entry and then, when one was taken, uploads its photo to that entry. The entry stands even if the
 * photo fails (a weak village signal): `photoError` says so, and the photo can be added to the entry afterwards.
 */
export function useAddFeedback(id: string) {
  const store = useStoreTask();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      body,
      photo,
    }: {
      body: CreateTaskFeedback;
      photo?: File | undefined;
    }): Promise<{ task: Task; photoError: unknown }> => {
      const before = new Set(queryClient.getQueryData<Task>(['tasks', 'one', id])?.feedback.map((entry) => entry.id));
      const task = await apiSend<Task>('POST', `/tasks/${encodeURIComponent(id)}/feedback`, body, { idempotent: true });
      const added = task.feedback.find((entry) => !before.has(entry.id));
      if (!photo || !added) return { task, photoError: null };
      try {
        await apiUpload<TaskFeedbackPhoto>(`/task-feedback/${encodeURIComponent(added.id)}/photos`, photo, photo.name);
        return { task: await apiGet<Task>(`/tasks/${encodeURIComponent(id)}`), photoError: null };
      } catch (error) {
        return { task, photoError: error };
      }
    },
    onSuccess: ({ task }) => store(task),
  });
}

export function useUploadFeedbackPhoto(taskId: string, feedbackId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      apiUpload<TaskFeedbackPhoto>(`/task-feedback/${encodeURIComponent(feedbackId)}/photos`, file, file.name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tasks', 'one', taskId] }),
  });
}

/** A plain link: the browser fetches the photo with the session cookie, and the server audits it. */
export const taskPhotoUrl = (id: string) => `${API_BASE}/task-feedback-photos/${encodeURIComponent(id)}/download`;
