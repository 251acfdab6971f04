import {
  type AnalysisSection,
  sectionSummary,
  VIDEO_REMINDER_STATE_LABELS,
  VIDEO_REMINDER_STATES,
  videoPatrolCounts,
} from '@fengqiao/domain';
import { listVideoPatrolActivity } from '../../video-patrols/video-patrols-stats.repository';
import { type AnalysisSource, statsFigures } from '../analysis-sources';

/**
 * 视频巡查: rounds done, findings and remote reminders of the period (with 环比, the statistics' `video_patrols.*`
 * measures), the reminders by the outcome of their latest attempt, and for a week the count per Shanghai day — the
 * domain's daily and weekly counts over one query per kind.
 */
export const videoPatrolsAnalysisSource: AnalysisSource = {
  module: 'video_patrols',
  async section(exec, input) {
    const activity = await listVideoPatrolActivity(exec, input.scope, { fromAt: input.from, beforeAt: input.to });
    const [week] = videoPatrolCounts(activity, 'week');
    const days = videoPatrolCounts(activity, 'day');
    const section: Omit<AnalysisSection, 'summaryZh'> = {
      module: 'video_patrols',
      titleZh: '视频巡查',
      titleEn: 'Video patrols',
      figures: await statsFigures(exec, input, [
        {
          measure: 'video_patrols.rounds',
          key: 'rounds',
          label: { zh: '完成巡查', en: 'Rounds done' },
          unitZh: '次',
          compare: true,
        },
        {
          measure: 'video_patrols.findings',
          key: 'findings',
          label: { zh: '发现问题', en: 'Findings' },
          unitZh: '处',
          compare: true,
        },
        {
          measure: 'video_patrols.reminders',
          key: 'reminders',
          label: { zh: '远程喊话提醒', en: 'Remote reminders' },
          unitZh: '次',
          compare: true,
        },
      ]),
      breakdowns: [
        {
          key: 'reminder_outcome',
          titleZh: '提醒结果',
          titleEn: 'Reminders by outcome',
          rows: VIDEO_REMINDER_STATES.map((state) => ({
            key: state,
            labelZh: VIDEO_REMINDER_STATE_LABELS[state].zh,
            labelEn: VIDEO_REMINDER_STATE_LABELS[state].en,
            count: week?.reminders[state] ?? 0,
          }))
            .filter((row) => row.count > 0)
            .sort((a, b) => b.count - a.count),
        },
        ...(input.period.kind === 'week'
          ? [
              {
                key: 'rounds_by_day',
                titleZh: '每日巡查',
                titleEn: 'Rounds per day',
                rows: days.map((day) => ({ key: day.key, labelZh: day.key, labelEn: day.key, count: day.rounds })),
              },
            ]
          : []),
      ],
    };
    return { ...section, summaryZh: sectionSummary(section) };
  },
};
