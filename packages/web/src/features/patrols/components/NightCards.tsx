import { DownOutlined, EditOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import type { NightRow } from '../lib/night-rows';
import { FindingTags } from './FindingTags';
import { NightDetail } from './NightDetail';

const TAP = { minHeight: 48, fontSize: 16, borderRadius: 10 } as const;

/**
 * The patrol log on a phone: a card per team and night. The leader's 填写日志 sits on the card itself, so the log
 * of tonight is the first of three taps.
 */
export function NightCards({ nights, onWriteLog }: { nights: NightRow[]; onWriteLog: (night: NightRow) => void }) {
  const { t, date } = useT();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Flex vertical gap={10}>
      {nights.map((night) => (
        <Card
          key={night.shiftId}
          size="small"
          data-testid="patrol-night-card"
          styles={{ body: { padding: '12px 14px' } }}
        >
          <Flex vertical gap={8}>
            <Flex justify="space-between" align="baseline" gap={8} wrap>
              <Typography.Text strong style={{ fontSize: 17 }}>
                {night.teamName}
              </Typography.Text>
              <Typography.Text type="secondary">{t('patrols.nightOf', { day: date(night.day) })}</Typography.Text>
            </Flex>
            <Flex gap={8} wrap align="center">
              <Typography.Text>{t('patrols.checkInN', { n: night.checkInCount })}</Typography.Text>
              {night.logWritten ? (
                <Tag color="green">{t('patrols.logWritten')}</Tag>
              ) : (
                <Tag>{t('patrols.logMissing')}</Tag>
              )}
            </Flex>
            {night.findings ? <FindingTags findings={night.findings} /> : null}
            {night.mayLog ? (
              <Button
                type="primary"
                block
                icon={<EditOutlined />}
                onClick={() => onWriteLog(night)}
                data-testid="patrol-write-log"
                style={{ ...TAP, height: 56, fontSize: 18 }}
              >
                {t('patrols.writeLog')}
              </Button>
            ) : null}
            <Button
              block
              icon={open === night.shiftId ? <UpOutlined /> : <DownOutlined />}
              onClick={() => setOpen(open === night.shiftId ? null : night.shiftId)}
              data-testid="patrol-night-open"
              style={TAP}
            >
              {t('patrols.details')}
            </Button>
            {open === night.shiftId ? <NightDetail shiftId={night.shiftId} /> : null}
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
