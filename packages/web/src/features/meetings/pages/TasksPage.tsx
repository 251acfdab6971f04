import { Suspense, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { lazyNamed } from '../../../app/router/lazy-page';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { TaskCards } from '../components/TaskCards';
import { TaskFilters } from '../components/TaskFilters';
import { useTasks } from '../hooks/use-tasks';
import { readTaskFilter, writeTaskFilter } from '../lib/task-filter';

// The wide table is for desktops only; an owner's phone showing cards never downloads it.
const TaskTable = lazyNamed(() => import('../components/TaskTable'), 'TaskTable');

/**
 * Every task the caller may read, soonest deadline first, with the filters in the URL (drill links from the
 * dashboard and the home page open `/tasks?overdue=true…`): cards on a phone, a table on a desktop.
 */
export function TasksPage() {
  const { t } = useT();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const filter = readTaskFilter(params);
  // Opened bare (from the menu), the list starts on the tasks still being worked, soonest deadline first, instead of
  // last year's confirmed ones; the box shows it, and unticking it afterwards lists everything.
  const openedBare = useRef(params.size === 0);
  useEffect(() => {
    if (!openedBare.current) return;
    openedBare.current = false;
    setParams(writeTaskFilter({ open: true }), { replace: true });
  }, [setParams]);
  // Those who assign tasks oversee the town's villages; an owner's own tasks rarely need a village filter.
  const wide = usePermission('task.assign');
  const tasks = useTasks(filter);
  const items = pagedItems(tasks);

  return (
    <>
      <PageHeader title={t('tasks.title')} />
      <TaskFilters
        filter={filter}
        onChange={(next) => setParams(writeTaskFilter(next), { replace: true })}
        wide={wide}
      />
      {tasks.isError ? <ErrorAlert error={tasks.error} /> : null}
      {isMobile ? (
        <div data-testid="task-cards">
          <TaskCards tasks={items} />
        </div>
      ) : (
        <div data-testid="task-table">
          <Suspense fallback={null}>
            <TaskTable tasks={items} loading={isListLoading(tasks)} />
          </Suspense>
        </div>
      )}
      <LoadMoreButton query={tasks} shown={items.length} />
    </>
  );
}
