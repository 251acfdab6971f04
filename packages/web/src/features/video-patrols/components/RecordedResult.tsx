import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import {
  VIDEO_PATROL_FINDING_KIND_LABELS,
  type VideoPatrolChecklistItem,
  type VideoPatrolFindingRef,
  type VideoPatrolResult,
} from '@fengqiao/domain';
import { Descriptions, Flex, Image, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { ResultTag } from './VideoPatrolTags';

const FINDING_PATHS: Record<VideoPatrolFindingRef['kind'], string> = {
  reminder: '/video-patrols/reminders',
  incident: '/incidents',
  hazard: '/hazards',
};

/** A recorded result, read-only: the checklist answers, the note, what the finding became, who and when. */
export function RecordedResult({
  result,
  checklist,
}: {
  result: VideoPatrolResult;
  checklist: readonly VideoPatrolChecklistItem[];
}) {
  const { t, label, dateTime } = useT();
  const answers = new Map(result.answers.map((answer) => [answer.itemId, answer.ok]));
  const finding = result.finding;
  return (
    <Flex vertical gap={8} data-testid="recorded-result">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'kind', label: t('videoPatrols.result'), children: <ResultTag result={result} /> },
          ...(result.note ? [{ key: 'note', label: t('videoPatrols.note'), children: result.note }] : []),
          ...(finding
            ? [
                {
                  key: 'finding',
                  label: t('videoPatrols.finding.becomes'),
                  children: (
                    <Link to={`${FINDING_PATHS[finding.kind]}/${finding.id}`} data-testid="recorded-finding">
                      {label(VIDEO_PATROL_FINDING_KIND_LABELS[finding.kind])}
                      {finding.label ? ` · ${finding.label}` : ''}
                    </Link>
                  ),
                },
              ]
            : []),
          {
            key: 'by',
            label: t('videoPatrols.recordedBy'),
            children: `${result.recordedByName} · ${dateTime(result.recordedAt)}`,
          },
        ]}
      />
      {checklist.length > 0 ? (
        <Flex vertical gap={2}>
          {checklist.map((item) => (
            <Typography.Text key={item.id} type={answers.get(item.id) === false ? 'danger' : undefined}>
              {answers.get(item.id) === false ? <CloseOutlined /> : <CheckOutlined />} {item.text}
            </Typography.Text>
          ))}
        </Flex>
      ) : null}
      {result.snapshots.length > 0 ? (
        <Image.PreviewGroup>
          <Flex wrap gap={8}>
            {result.snapshots.map((snapshot) => (
              <Image key={snapshot.id} src={snapshot.url} width={160} height={90} style={{ objectFit: 'cover' }} />
            ))}
          </Flex>
        </Image.PreviewGroup>
      ) : null}
    </Flex>
  );
}
